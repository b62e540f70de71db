"""The runtime pieces, for real: a Celery worker on the configured broker, the configured channel
layer, the notifications websocket, and /healthz built on them."""

import os
import socket
import threading

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings

from admin_tools import tasks
from tests import listening
from tutor_project import layers
from tutor_project.asgi import application

THIS_PROCESS = f"{os.getpid()}@{socket.gethostname()}"


def _session_headers(client) -> list[tuple[bytes, bytes]]:
    return [(b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()), (b"origin", b"http://127.0.0.1")]


def test_celery_task_round_trip_through_broker_worker_and_channel_layer(celery_worker):
    channel = listening.listen()
    tasks.health_ping.delay(channel)
    message = listening.receive(channel, timeout=10)
    # the worker is a thread of this test process, so it answers with this process's id
    assert message == {"type": "health.pong", "worker": THIS_PROCESS}


def test_group_sends_from_threads_arrive_in_each_threads_order():
    """Worker threads send a reply's batches without waiting (wait=False); each thread's sends still arrive in
    the order it made them, on Redis (a PUBLISH from the thread) and in memory (the process's send queue)."""
    group = "test.ordered"
    channel = listening.listen(group)

    def batches(thread: int) -> None:
        for seq in range(1, 21):
            layers.group_send(group, {"type": "batch", "thread": thread, "seq": seq}, wait=seq % 5 == 0)

    threads = [threading.Thread(target=batches, args=(thread,)) for thread in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    received = [listening.receive(channel) for _ in range(60)]
    for thread in range(3):
        assert [m["seq"] for m in received if m["thread"] == thread] == list(range(1, 21))
    expected = "RedisPubSubChannelLayer" if settings.REDIS_URL else "ThreadSafeInMemoryChannelLayer"
    assert type(get_channel_layer()).__name__ == expected


@pytest.mark.skipif(not settings.REDIS_URL, reason="the Redis cache backend needs REDIS_URL")
def test_the_redis_cache_keeps_one_client_per_connection_pool():
    from tutor_project.cache import RedisCache

    cache = RedisCache(settings.REDIS_URL, {"KEY_PREFIX": "test-cache-clients"})
    cache.set("word", "hola")
    assert cache.get_many(["word", "missing"]) == {"word": "hola"}
    client = cache._cache.get_client(write=True)
    assert cache._cache.get_client() is client  # one server: reads and writes share its pool
    assert cache.delete("word") is True
    assert cache._cache.get_client(write=True) is client


def test_broker_is_redis_when_redis_url_is_set_else_in_memory():
    expected = settings.REDIS_URL or "memory://"
    assert expected == settings.CELERY_BROKER_URL


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_notifications_websocket_round_trip(client):
    from admin_tools import realtime
    from learning.tests.factories import LearnerFactory

    user = await database_sync_to_async(LearnerFactory)()
    await database_sync_to_async(client.force_login)(user)
    communicator = WebsocketCommunicator(
        application,
        "/ws/notifications/",
        headers=[
            (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()),
            (b"origin", b"http://127.0.0.1"),
        ],
    )
    connected, _ = await communicator.connect()
    assert connected is True
    await database_sync_to_async(realtime.notify_user)(user.pk, kind="test", text="Hallo")
    assert await communicator.receive_json_from(timeout=5) == {"kind": "test", "text": "Hallo", "level": "info"}
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_notifications_websocket_survives_idle_time_then_delivers(client):
    """redis-py 8's 5 s socket timeout killed idle channels-redis consumers; stay idle longer than that."""
    from admin_tools import realtime
    from learning.tests.factories import LearnerFactory

    user = await database_sync_to_async(LearnerFactory)()
    await database_sync_to_async(client.force_login)(user)
    communicator = WebsocketCommunicator(application, "/ws/notifications/", headers=_session_headers(client))
    connected, _ = await communicator.connect()
    assert connected is True
    assert await communicator.receive_nothing(timeout=6.5) is True
    await database_sync_to_async(realtime.notify_user)(user.pk, kind="test", text="still here")
    assert await communicator.receive_json_from(timeout=5) == {"kind": "test", "text": "still here", "level": "info"}
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_notifications_websocket_refuses_anonymous():
    communicator = WebsocketCommunicator(application, "/ws/notifications/", headers=[(b"origin", b"http://127.0.0.1")])
    connected, _ = await communicator.connect()
    assert connected is False


@pytest.mark.django_db(transaction=True)
def test_healthz_reports_every_part_up(client, celery_worker):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert body["failing"] == []
    assert set(body["checks"]) == {"database", "channel_layer", "broker", "worker", "vector_store"}
    assert body["checks"]["worker"]["answered_by"] == THIS_PROCESS
    assert body["checks"]["vector_store"]["path"] == str(settings.CHROMA_PATH)
    assert body["checks"]["broker"]["transport"] == ("redis" if settings.REDIS_URL else "memory")
