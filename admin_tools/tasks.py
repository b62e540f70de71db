import os
import socket

from celery import shared_task

from admin_tools import budgets
from tutor_project import layers


@shared_task
def health_ping(reply_channel: str) -> None:
    """Answer /healthz through the channel layer: proves a worker consumed the broker."""
    worker = f"{os.getpid()}@{socket.gethostname()}"
    layers.send(reply_channel, {"type": "health.pong", "worker": worker})


@shared_task
def budgets_roll_periods() -> None:
    """Reset budgets whose period ended (Celery beat, every few minutes; calls also roll lazily)."""
    budgets.budgets_roll_periods()
