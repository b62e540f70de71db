"""The conversation websocket for real: WebsocketCommunicator on the ASGI application, the configured channel
layer (Redis in CI), a real Celery worker streaming the reply from the fake Anthropic server."""

import asyncio

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from conversations import realtime
from conversations.models import Message
from conversations.tests.factories import ConversationFactory, MessageFactory
from learning.models import Profile
from learning.tests.factories import LearnerFactory
from tutor_project.asgi import application

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
REPLY = "Uno dos tres cuatro cinco seis"


async def _socket(client, user, conversation_id: int) -> WebsocketCommunicator:
    await database_sync_to_async(client.force_login)(user)
    headers = [(b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()), (b"origin", b"http://127.0.0.1")]
    return WebsocketCommunicator(application, f"/ws/conversations/{conversation_id}/", headers=headers)


async def _until(communicator, event_type: str, *, timeout: float = 15) -> list[dict]:
    """Every event up to and including the first of `event_type`."""
    events = []
    while True:
        event = await communicator.receive_json_from(timeout=timeout)
        events.append(event)
        if event["type"] == event_type:
            return events


@database_sync_to_async
def _conversation(**fields):
    conversation = ConversationFactory(**fields)
    # Only the reply calls the model here: corrections would take the fake server's scripted replies.
    Profile.objects.filter(user=conversation.owner).update(correction_strictness="none")
    return conversation


@pytest.fixture
def slow_reply(tutor_model, fake_anthropic):
    fake_anthropic.reply_with(REPLY)
    fake_anthropic.slow(0.08)  # each delta after the batching interval, so each goes out on its own
    return fake_anthropic


async def test_reply_streams_to_two_tabs_in_order_then_done(client, celery_worker, slow_reply):
    conversation = await _conversation()
    first = await _socket(client, conversation.owner, conversation.pk)
    second = await _socket(client, conversation.owner, conversation.pk)
    assert (await first.connect())[0] is True
    assert (await second.connect())[0] is True
    await first.send_json_to({"type": "message.send", "text": "Cuenta hasta seis.", "timing": {"typing_ms": 3000}})
    for tab in (first, second):
        events = [event for event in await _until(tab, "reply.done") if event["type"].startswith(("message", "reply"))]
        created, placeholder, *deltas, done = events
        assert (created["type"], created["message"]["role"], created["message"]["text"]) == (
            "message.created",
            "user",
            "Cuenta hasta seis.",
        )
        assert (placeholder["type"], placeholder["message"]["status"]) == ("message.created", "streaming")
        assert [delta["type"] for delta in deltas] == ["reply.delta"] * len(deltas)
        assert [delta["seq"] for delta in deltas] == list(range(1, len(deltas) + 1))
        assert len(deltas) >= 3
        assert "".join(delta["text"] for delta in deltas) == REPLY
        assert (done["message"]["text"], done["message"]["status"], done["message"]["seq"]) == (
            REPLY,
            "complete",
            len(deltas),
        )
    stored = await database_sync_to_async(lambda: list(conversation.messages.values_list("role", "text", "status")))()
    assert stored == [("user", "Cuenta hasta seis.", "complete"), ("assistant", REPLY, "complete")]
    await first.disconnect()
    await second.disconnect()


async def test_a_page_that_connects_mid_stream_gets_the_text_so_far_then_the_rest(client, celery_worker, slow_reply):
    conversation = await _conversation()
    sender = await _socket(client, conversation.owner, conversation.pk)
    await sender.connect()
    await sender.send_json_to({"type": "message.send", "text": "Cuenta."})
    await _until(sender, "reply.delta")
    await _until(sender, "reply.delta")  # two batches are out
    late = await _socket(client, conversation.owner, conversation.pk)
    assert (await late.connect())[0] is True
    snapshot = await late.receive_json_from(timeout=5)
    assert (snapshot["type"], snapshot["message"]["status"]) == ("reply.snapshot", "streaming")
    assert snapshot["message"]["seq"] >= 1  # the second batch may be sent and not stored yet
    assert REPLY.startswith(snapshot["message"]["text"])
    events = [snapshot, *await _until(late, "reply.done")]
    # As the page does: the latest snapshot, then the batches after it, in order and without a gap.
    last = max(i for i, event in enumerate(events) if event["type"] == "reply.snapshot")
    deltas = [event for event in events[last:] if event["type"] == "reply.delta"]
    seen = events[last]["message"]["seq"]
    assert [event["seq"] for event in deltas] == list(range(seen + 1, seen + 1 + len(deltas)))
    assert events[last]["message"]["text"] + "".join(event["text"] for event in deltas) == REPLY
    assert events[-1]["message"]["text"] == REPLY
    await sender.disconnect()
    await late.disconnect()


async def test_a_batch_sent_before_it_was_stored_reaches_a_new_page_as_a_fresh_snapshot(client):
    """The worker sends a batch, then stores it. A page whose snapshot missed batch 2 while its consumer joined
    after batch 2 went out hears batch 3 first: it gets the stored state (batches 1-2) as a snapshot, then 3."""
    conversation = await _conversation()
    reply = await database_sync_to_async(MessageFactory)(
        conversation=conversation, role=Message.Role.TUTOR, status=Message.Status.STREAMING, text="Uno", seq=1
    )
    page = await _socket(client, conversation.owner, conversation.pk)
    assert (await page.connect())[0] is True
    first = await page.receive_json_from(timeout=5)
    assert (first["type"], first["message"]["seq"], first["message"]["text"]) == ("reply.snapshot", 1, "Uno")
    await database_sync_to_async(Message.objects.filter(pk=reply.pk).update)(text="Uno dos", seq=2)
    send = sync_to_async(realtime.reply_delta)
    await send(reply.pk, conversation.pk, seq=3, text=" tres")
    await send(reply.pk, conversation.pk, seq=3, text=" tres")  # delivered twice: passed on once
    await send(reply.pk, conversation.pk, seq=4, text=" cuatro")
    events = [await page.receive_json_from(timeout=5) for _ in range(3)]
    assert [(event["type"], event.get("seq") or event["message"]["seq"]) for event in events] == [
        ("reply.snapshot", 2),
        ("reply.delta", 3),
        ("reply.delta", 4),
    ]
    assert events[0]["message"]["text"] == "Uno dos"
    assert await page.receive_nothing(timeout=0.3) is True
    await page.disconnect()


async def test_another_learner_cannot_join_the_conversation(client):
    conversation = await _conversation()
    stranger = await database_sync_to_async(LearnerFactory)()
    communicator = await _socket(client, stranger, conversation.pk)
    connected, _ = await communicator.connect()
    assert connected is False


async def test_anonymous_cannot_join():
    conversation = await _conversation()
    communicator = WebsocketCommunicator(
        application, f"/ws/conversations/{conversation.pk}/", headers=[(b"origin", b"http://127.0.0.1")]
    )
    assert (await communicator.connect())[0] is False


async def test_bad_messages_get_field_errors_and_store_nothing(client):
    conversation = await _conversation()
    communicator = await _socket(client, conversation.owner, conversation.pk)
    await communicator.connect()
    await communicator.send_json_to({"type": "message.send", "text": ""})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "fields": {"text": ["Write a message first."]},
    }
    await communicator.send_json_to({"type": "message.send", "text": "x" * 2001})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "fields": {"text": ["A message can be at most 2,000 characters (2,001 now)."]},
    }
    await communicator.send_json_to({"type": "dance"})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "fields": {"type": ["Expected message.send or reply.stop."]},
    }
    assert await database_sync_to_async(conversation.messages.count)() == 0
    await communicator.disconnect()


async def test_stop_over_the_socket_ends_the_reply_incomplete(client, celery_worker, slow_reply):
    conversation = await _conversation()
    communicator = await _socket(client, conversation.owner, conversation.pk)
    await communicator.connect()
    await communicator.send_json_to({"type": "message.send", "text": "Cuenta."})
    events = await _until(communicator, "reply.delta")
    placeholder = next(
        e["message"] for e in events if e["type"] == "message.created" and e["message"]["role"] != "user"
    )
    await communicator.send_json_to({"type": "reply.stop", "message_id": placeholder["id"]})
    done = (await _until(communicator, "reply.done"))[-1]
    assert (done["message"]["status"], done["message"]["error_code"]) == ("incomplete", "stopped")
    assert REPLY.startswith(done["message"]["text"]) and done["message"]["text"] != REPLY
    await communicator.disconnect()


async def test_leaving_the_page_stops_the_reply_after_the_grace(
    client, celery_worker, tutor_model, fake_anthropic, settings
):
    fake_anthropic.reply_with(" ".join(["palabra"] * 40))  # 40 deltas of 80 ms: streaming for about 3 s
    fake_anthropic.slow(0.08)
    settings.CONVERSATION_ABANDON_GRACE = 0.1
    conversation = await _conversation()
    communicator = await _socket(client, conversation.owner, conversation.pk)
    await communicator.connect()
    await communicator.send_json_to({"type": "message.send", "text": "Cuenta."})
    await _until(communicator, "reply.delta")
    await communicator.disconnect()
    for _ in range(100):
        reply = await database_sync_to_async(
            lambda: conversation.messages.filter(role=Message.Role.TUTOR).values("status", "error_code").get()
        )()
        if reply["status"] != Message.Status.STREAMING:
            break
        await asyncio.sleep(0.1)
    assert reply == {"status": "incomplete", "error_code": "stopped"}
