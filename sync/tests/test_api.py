"""Devices, status and the background work of a push."""

import time

import pytest

from learning.gamification.models import LearnerStats, XpEvent
from learning.tests.factories import LearnerFactory
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync import tasks
from sync.models import Device, SyncRun
from sync.tests.conftest import SyncClient
from sync.tests.helpers import new_id, table

pytestmark = pytest.mark.django_db


def _review(card, log_id: str) -> dict:
    return {"id": log_id, "card_id": str(card.uuid), "rating": 3, "state": "new", "reviewed_at": 1796000000000,
            "duration_ms": 5000}  # fmt: skip


def test_register_lists_and_authenticates_a_device(learner_client, learner):
    response = learner_client.post(
        "/api/v1/sync/devices",
        {"name": " Pixel 9 ", "platform": "android", "app_version": "2.0"},
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    device = Device.objects.get()
    assert body["device"]["id"] == device.pk and body["device"]["name"] == "Pixel 9"
    assert len(body["token"]) > 30 and body["token"] not in device.token_hash  # only a hash is stored
    listed = learner_client.get("/api/v1/sync/devices").json()["results"]
    assert [(d["name"], d["platform"], d["app_version"], d["open_conflicts"]) for d in listed] == [
        ("Pixel 9", "android", "2.0", 0)
    ]
    pull = learner_client.get("/api/v1/sync/pull", headers={"Authorization": f"Device {body['token']}"})
    assert pull.status_code == 200
    device.refresh_from_db()
    assert device.cursor == pull.json()["timestamp"] and device.last_seen_at is not None


def test_pull_and_push_need_a_device_token(learner_client):
    # a signed-in session is not a device: no cursor, no history to keep
    assert learner_client.get("/api/v1/sync/pull").status_code == 401
    assert learner_client.post("/api/v1/sync/push", {}, content_type="application/json").status_code == 401


def test_offline_sync_flag_off_refuses_sync(sync_client):
    from admin_tools.models import FeatureFlag

    FeatureFlag.objects.filter(name="offline_sync").update(everyone=False)
    response = sync_client.http.get("/api/v1/sync/pull")
    assert response.status_code == 403
    assert response.json()["error"]["message"] == "Offline sync is not enabled for your account."


def test_status_reports_the_last_sync_pending_work_and_health(sync_client, learner):
    card = CardFactory(deck=DeckFactory(owner=learner))
    sync_client.pull()
    assert sync_client.push({"review_logs": table(created=[_review(card, new_id())])}).status_code == 200
    body = sync_client.http.get("/api/v1/sync/status").json()
    assert body["last_sync"]["kind"] == "push" and body["last_sync"]["pushed"] == 1
    assert body["last_sync"]["device"] == "Phone" and body["last_sync"]["outcome"] == "ok"
    assert body["pending_background_work"] == 1  # the task runs after the commit
    assert body["open_conflicts"] == 0
    assert body["cards_to_embed"] == 1  # the factory's card: made without a service, so not embedded
    assert body["healthy"] is True
    assert body["checks"] == {"change_feed": True, "background_work": True, "vector_store": True}


def test_push_followup_records_xp_for_offline_reviews_once(sync_client, learner):
    card = CardFactory(deck=DeckFactory(owner=learner))
    sync_client.pull()
    log_id = new_id()
    sync_client.push({"review_logs": table(created=[_review(card, log_id)])})
    run = SyncRun.objects.get(kind="push")
    assert run.followup_pending is True
    assert tasks.push_followup(run.pk, [log_id]) == 1
    assert tasks.push_followup(run.pk, [log_id]) == 0  # delivered twice: nothing more
    assert list(XpEvent.objects.filter(user=learner).values_list("kind", "xp")) == [("review", 3)]
    assert LearnerStats.objects.get(user=learner).reviews == 1
    assert SyncRun.objects.get(pk=run.pk).followup_pending is False


@pytest.mark.django_db(transaction=True)
def test_push_followup_runs_on_the_worker(celery_worker):
    learner = LearnerFactory()
    card = CardFactory(deck=DeckFactory(owner=learner))
    device = SyncClient(learner)
    device.pull()
    device.push({"review_logs": table(created=[_review(card, new_id())])})
    deadline = time.monotonic() + 10
    while SyncRun.objects.filter(followup_pending=True).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert device.http.get("/api/v1/sync/status").json()["pending_background_work"] == 0
    assert XpEvent.objects.filter(user=learner, kind="review").count() == 1
