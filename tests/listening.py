"""Listening on the channel layer from a synchronous test, as a page would: a channel made, joined to a group
and read on the process's channel-layer loop (tutor_project.layers.run), which the Redis pub/sub layer needs
(it serves a channel only on the loop that made it) and the in-memory layer accepts."""

import asyncio

from channels.layers import get_channel_layer

from tutor_project import layers


async def _channel(group: str | None) -> str:
    layer = get_channel_layer()
    channel = await layer.new_channel("test.")
    if group is not None:
        await layer.group_add(group, channel)
    return channel


def listen(group: str | None = None) -> str:
    """A new channel, in `group` when given."""
    return layers.run(_channel(group))


def receive(channel: str, timeout: float = 5.0) -> dict:
    return layers.run(asyncio.wait_for(get_channel_layer().receive(channel), timeout), timeout + 1)
