"""A scenario's live side panel over the conversation websocket: WebsocketCommunicator on the ASGI application
and the configured channel layer (Redis in CI). Moving on to the next phase pushes its opening line and the
panel's new state to every open page of the play, and only its owner may listen."""

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from conversations.models import PhaseLanguage, Play, Scenario
from conversations.services import scenarios
from learning.models import Language
from learning.tests.factories import LearnerFactory
from tutor_project.asgi import application

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
BOOKING = "booking-a-table-and-dining-out"


async def _socket(user, conversation_id: int) -> WebsocketCommunicator:
    client = Client()
    await database_sync_to_async(client.force_login)(user)
    headers = [(b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()), (b"origin", b"http://127.0.0.1")]
    return WebsocketCommunicator(application, f"/ws/conversations/{conversation_id}/", headers=headers)


async def _until(communicator, event_type: str, *, timeout: float = 15) -> list[dict]:
    events = []
    while True:
        event = await communicator.receive_json_from(timeout=timeout)
        events.append(event)
        if event["type"] == event_type:
            return events


@database_sync_to_async
def _play() -> Play:
    learner = LearnerFactory()
    scenario = Scenario.objects.get(slug=BOOKING)
    return scenarios.scenario_start(
        owner=learner, scenario=scenario, language=Language.objects.get(code="es"), level="A2"
    )


async def test_moving_on_pushes_the_next_phase_and_the_panel_to_every_open_page(gateway):
    play = await _play()
    owner = await database_sync_to_async(lambda: play.owner)()
    pages = [await _socket(owner, play.conversation_id) for _ in range(2)]
    for page in pages:
        connected, _ = await page.connect()
        assert connected
    opening = await database_sync_to_async(
        lambda: PhaseLanguage.objects.get(phase__scenario=play.scenario, phase__order=1, language="es").opening
    )()
    try:
        await database_sync_to_async(scenarios.phase_advance)(play=play, phase=0)
        for page in pages:
            events = await _until(page, "scenario.progress")
            created = [event for event in events if event["type"] == "message.created"]
            assert [(event["message"]["role"], event["message"]["text"]) for event in created] == [
                ("assistant", opening)
            ]
            progress = events[-1]
            assert progress["play"] == {
                "id": play.pk,
                "scenario": play.scenario_id,
                "phase_index": 1,
                "state": "active",
                "objectives_met": {},
                "words_used": {},
                "xp_awarded": 15,
            }
            assert 'data-phase="1"' in progress["html"]
            assert "Phase 2 of 4" in progress["html"]
    finally:
        for page in pages:
            await page.disconnect()


async def test_another_learner_cannot_listen_to_a_play(gateway):
    play = await _play()
    stranger = await database_sync_to_async(LearnerFactory)()
    page = await _socket(stranger, play.conversation_id)
    connected, _ = await page.connect()
    assert not connected
