import os
import socket

from asgiref.sync import async_to_sync
from celery import shared_task
from channels.layers import get_channel_layer

from admin_tools import budgets


@shared_task
def health_ping(reply_channel: str) -> None:
    """Answer /healthz through the channel layer: proves a worker consumed the broker."""
    worker = f"{os.getpid()}@{socket.gethostname()}"
    async_to_sync(get_channel_layer().send)(reply_channel, {"type": "health.pong", "worker": worker})


@shared_task
def budgets_roll_periods() -> None:
    """Reset budgets whose period ended (Celery beat, every few minutes; calls also roll lazily)."""
    budgets.budgets_roll_periods()
