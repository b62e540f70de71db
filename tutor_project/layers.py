"""Channel layers that Celery worker threads may feed: in memory (embedded mode, one process) and Redis.

The stock InMemoryChannelLayer keeps asyncio queues owned by the server's event loop. A task in a
worker thread sends through `async_to_sync`, i.e. on another loop, and the server loop only
notices on its next unrelated wake-up: streamed deltas then arrive in bursts about a second
apart. This subclass moves calls from foreign threads onto the loop that receives.
"""

import asyncio
import concurrent.futures
import logging
import os
import threading
from collections.abc import Awaitable, Callable

import redis
from channels.layers import InMemoryChannelLayer, get_channel_layer
from channels_redis import pubsub
from channels_redis.utils import _consistent_hash

log = logging.getLogger(__name__)


class ThreadSafeInMemoryChannelLayer(InMemoryChannelLayer):
    _owner_loop: asyncio.AbstractEventLoop | None = None
    cross_thread_timeout = 5.0  # a task must never hang on a server loop that has stopped

    async def _on_owner_loop(self, coro):
        owner = self._owner_loop
        if owner is None or owner is asyncio.get_running_loop() or owner.is_closed() or not owner.is_running():
            return await coro
        future = asyncio.run_coroutine_threadsafe(coro, owner)
        return await asyncio.wait_for(asyncio.wrap_future(future), self.cross_thread_timeout)

    async def receive(self, channel):
        self._owner_loop = asyncio.get_running_loop()
        return await super().receive(channel)

    async def send(self, channel, message):
        return await self._on_owner_loop(super().send(channel, message))

    async def group_send(self, group, message):
        return await self._on_owner_loop(super().group_send(group, message))

    async def group_add(self, group, channel):
        return await self._on_owner_loop(super().group_add(group, channel))

    async def group_discard(self, group, channel):
        return await self._on_owner_loop(super().group_discard(group, channel))


class RedisPubSubChannelLayer(pubsub.RedisPubSubChannelLayer):
    """channels-redis's pub/sub layer, and a group send for plain threads (Celery worker threads): a PUBLISH on
    a synchronous Redis client, straight from the sending thread. Handing each send to an event loop instead
    makes every send of the process wait for that loop's one thread, which a worker busy with dozens of
    streams starves; from the thread itself, a reply's batches leave in order, each when it is ready.

    The group's Redis channel, its shard and the message bytes come from the layer itself, so a consumer
    subscribed through channels-redis receives exactly what its own group_send would have published."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A layer of channels-redis not bound to any loop (it connects on first use only): the naming and the
        # shards, for the synchronous send.
        self._naming = pubsub.RedisPubSubLoopLayer(*self._args, **self._kwargs, channel_layer=self)
        self._clients: dict[int, redis.Redis] = {}
        self._clients_lock = threading.Lock()

    def group_send_from_thread(self, group: str, message: dict) -> None:
        channel = self._naming._get_group_channel_name(group)
        shard = _consistent_hash(channel, len(self._naming._shards))
        self._client(shard).publish(channel, self.serialize(message))

    def _client(self, shard: int) -> redis.Redis:
        with self._clients_lock:
            if shard not in self._clients:  # thread-safe: each command takes a connection from the pool
                host = dict(self._naming._shards[shard].host)
                address = host.pop("address", None)
                self._clients[shard] = redis.Redis.from_url(address, **host) if address else redis.Redis(**host)
            return self._clients[shard]


class _BackgroundLoop:
    """One event loop per process, in a daemon thread, for channel-layer calls from plain threads (Celery worker
    threads). `async_to_sync` would build a loop per call, and channels-redis keeps its connections per loop, so
    every streamed batch would open and close a Redis connection; here they stay open.

    Sends go through one queue, drained by one task on that loop, so they leave in the order they were posted
    from any thread: a caller may post a send and go on (`post`, a streamed batch) without a later event of the
    same reply (its end) overtaking it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue | None = None
        self._pid = 0

    def run(self, coro, timeout: float = 5.0):
        return asyncio.run_coroutine_threadsafe(coro, self._running()).result(timeout)

    def post(self, send: Callable[[], Awaitable]) -> concurrent.futures.Future:
        """Queue `send()` (a coroutine function) behind every send posted before it; the future is its outcome."""
        done: concurrent.futures.Future = concurrent.futures.Future()
        loop = self._running()
        loop.call_soon_threadsafe(self._queue.put_nowait, (send, done))
        return done

    async def _drain(self):
        while True:
            send, done = await self._queue.get()
            try:
                done.set_result(await send())
            except Exception as error:  # noqa: BLE001 - handed to the poster; `post` without a wait logs it
                done.set_exception(error)

    def _running(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._pid != os.getpid():  # a forked child starts its own
                self._loop, self._pid = asyncio.new_event_loop(), os.getpid()
                self._queue = asyncio.Queue()
                self._loop.create_task(self._drain())
                threading.Thread(target=self._loop.run_forever, name="channel-layer-sends", daemon=True).start()
            return self._loop


_background = _BackgroundLoop()


def run(coro, timeout: float = 5.0):
    """Run a coroutine on the process's channel-layer loop from synchronous code: the Redis pub/sub layer serves
    a channel only on the loop that made it, so listening from plain code (a check, a test) makes, joins and
    receives its channel here."""
    return _background.run(coro, timeout)


def _logged(future: concurrent.futures.Future) -> None:
    if future.exception() is not None:
        log.warning("a channel layer send failed: %r", future.exception())


def group_send(group: str, message: dict, *, wait: bool = True, timeout: float = 5.0) -> None:
    """Send to a group from synchronous code in any thread but an event loop's own (a worker thread, a sync
    consumer's or view's thread), after every send this thread made before. On Redis the thread publishes
    itself (one round trip; `wait` changes nothing). In memory the send is queued on the process's channel-layer
    loop; `wait=False` then returns at once (a failure is logged): for a streamed batch, whose reader must not
    stop for the channel layer."""
    layer = get_channel_layer()
    if isinstance(layer, RedisPubSubChannelLayer):
        layer.group_send_from_thread(group, message)  # in this thread's order; a PUBLISH does not linger
        return
    future = _background.post(lambda: layer.group_send(group, message))
    if wait:
        future.result(timeout)
    else:
        future.add_done_callback(_logged)


def send(channel: str, message: dict) -> None:
    """Send to one channel from synchronous code, in order with group_send."""
    _background.post(lambda: get_channel_layer().send(channel, message)).result(5.0)
