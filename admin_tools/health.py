"""System health: each check returns a dict with `ok`, and details when it is not."""

import asyncio
import os
import time
from collections.abc import Callable

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection

from admin_tools import tasks
from tutor_project import vectors
from tutor_project.celery import app as celery_app

WORKER_TIMEOUT = 5.0
LAYER_TIMEOUT = 2.0


def _database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


async def _echo(timeout: float) -> dict:
    """A message sent to a new channel and received back, on one event loop: the Redis pub/sub layer subscribes
    a channel on the loop that made it."""
    layer = get_channel_layer()
    channel = await layer.new_channel("healthz.")
    await layer.send(channel, {"type": "health.echo"})
    return await asyncio.wait_for(layer.receive(channel), timeout)


def _channel_layer() -> dict:
    message = async_to_sync(_echo)(LAYER_TIMEOUT)
    assert message["type"] == "health.echo", message
    return {"backend": type(get_channel_layer()).__name__}


def _broker() -> dict:
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        return {"transport": conn.transport.driver_type}


async def _ping(timeout: float) -> dict:
    layer = get_channel_layer()
    channel = await layer.new_channel("healthz.")
    await sync_to_async(tasks.health_ping.delay)(channel)
    return await asyncio.wait_for(layer.receive(channel), timeout)


def _worker() -> dict:
    """A real round trip: enqueue a ping task and wait for the worker's answer on the channel layer."""
    return {"answered_by": async_to_sync(_ping)(WORKER_TIMEOUT)["worker"]}


def _vector_store() -> dict:
    """Where the store is, and the number of entries of each collection (a count reads no vectors)."""
    if settings.CHROMA_URL:
        where = {"url": settings.CHROMA_URL}
    else:
        path = settings.CHROMA_PATH
        path.mkdir(parents=True, exist_ok=True)
        if not os.access(path, os.W_OK):
            raise PermissionError(f"{path} is not writable")
        where = {"path": str(path)}
    client = vectors.client()
    return {**where, "collections": {collection.name: collection.count() for collection in client.list_collections()}}


CHECKS: dict[str, Callable[[], dict]] = {
    "database": _database,
    "channel_layer": _channel_layer,
    "broker": _broker,
    "worker": _worker,
    "vector_store": _vector_store,
}


def run_checks() -> dict[str, dict]:
    results = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            result = {"ok": True, **check()}
        except Exception as exc:  # a health check reports every failure instead of raising it
            result = {"ok": False, "error": f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__}
        result["ms"] = round((time.perf_counter() - started) * 1000, 1)
        results[name] = result
    if "path" not in results["vector_store"] and not settings.CHROMA_URL:
        results["vector_store"]["path"] = str(settings.CHROMA_PATH)
    return results
