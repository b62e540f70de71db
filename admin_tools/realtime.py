"""The one place that knows the per-user notification group and its event shape."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def notify_user(user_id: int, *, kind: str, text: str, level: str = "info") -> None:
    async_to_sync(get_channel_layer().group_send)(
        user_group(user_id), {"type": "notify", "kind": kind, "text": text, "level": level}
    )
