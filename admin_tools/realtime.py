"""The one place that knows the per-user notification group and its event shape."""

from tutor_project import layers


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def notify_user(user_id: int, *, kind: str, text: str, level: str = "info") -> None:
    layers.group_send(user_group(user_id), {"type": "notify", "kind": kind, "text": text, "level": level})
