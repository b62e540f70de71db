"""Pulls: everything on the first, then only what changed, once; deletions as tombstones until pruned; changes
made by the pages and services appear like pushed ones."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learning import services as learning_services
from learning.tests.factories import LearnerFactory
from spaced_repetition import services as srs
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync import tasks
from sync.models import Change, Device, Horizon
from sync.tests.helpers import new_id, table

pytestmark = pytest.mark.django_db


def _ids(body, name, kind="updated"):
    rows = body["changes"][name][kind]
    return sorted(row if kind == "deleted" else row["id"] for row in rows)


def test_first_pull_gets_every_record_of_the_learner_only(sync_client, learner):
    deck = DeckFactory(owner=learner, name="Viaje")
    card = CardFactory(deck=deck, front="hola", back="hello")
    CardFactory(deck=DeckFactory(owner=LearnerFactory()))  # someone else's
    body = sync_client.pull()
    assert _ids(body, "decks") == [str(deck.uuid)]
    assert body["changes"]["cards"]["updated"] == [
        {
            "id": str(card.uuid),
            "deck_id": str(deck.uuid),
            "kind": "word",
            "front": "hola",
            "back": "hello",
            "context": "",
            "state": "new",
            "step": None,
            "stability": None,
            "difficulty": None,
            "due": int(card.due.timestamp() * 1000),
            "last_review": None,
            "suspended": False,
            "buried_until": None,
            "created_at": int(card.created_at.timestamp() * 1000),
            "updated_at": int(Change.objects.get(record=card.uuid).changed_at.timestamp() * 1000),
        }
    ]
    assert _ids(body, "profile_settings") == [str(learner.profile.uuid)]
    assert all(
        body["changes"][name]["created"] == [] and body["changes"][name]["deleted"] == [] for name in body["changes"]
    )
    assert body["timestamp"] == Change.objects.order_by("-seq").first().seq


def test_incremental_pull_gets_each_changed_record_once(sync_client, learner):
    deck = DeckFactory(owner=learner)
    first, second = CardFactory(deck=deck), CardFactory(deck=deck)
    sync_client.pull()
    assert _ids(sync_client.pull(), "cards") == []
    srs.card_update(card=first, back="one")
    srs.card_update(card=first, back="two")
    srs.cards_delete(cards=Card.objects.filter(pk=second.pk))
    body = sync_client.pull()
    assert [(r["id"], r["back"]) for r in body["changes"]["cards"]["updated"]] == [(str(first.uuid), "two")]
    assert _ids(body, "cards", "deleted") == [str(second.uuid)]
    assert _ids(body, "decks") == []


def test_a_record_created_and_deleted_after_the_cursor_is_sent_as_deleted(sync_client, learner):
    deck = DeckFactory(owner=learner)
    sync_client.pull()
    card = CardFactory(deck=deck)
    srs.cards_delete(cards=Card.objects.filter(pk=card.pk))
    body = sync_client.pull()
    assert _ids(body, "cards") == [] and _ids(body, "cards", "deleted") == [str(card.uuid)]


def test_writes_that_skip_save_reach_the_feed(sync_client, learner):
    deck, other = DeckFactory(owner=learner, name="A"), DeckFactory(owner=learner, name="B")
    cards = [CardFactory(deck=deck) for _ in range(3)]
    sync_client.pull()
    srs.cards_suspend(cards=Card.objects.filter(pk__in=[cards[0].pk, cards[1].pk]))
    body = sync_client.pull()
    assert [
        (r["id"], r["suspended"]) for r in sorted(body["changes"]["cards"]["updated"], key=lambda r: r["id"])
    ] == sorted([(str(cards[0].uuid), True), (str(cards[1].uuid), True)])
    srs.cards_move(cards=Card.objects.filter(pk=cards[2].pk), deck=other)
    assert [r["deck_id"] for r in sync_client.pull()["changes"]["cards"]["updated"]] == [str(other.uuid)]
    srs.deck_delete(deck=other)  # its card goes with it
    body = sync_client.pull()
    assert _ids(body, "decks", "deleted") == [str(other.uuid)]
    assert _ids(body, "cards", "deleted") == [str(cards[2].uuid)]


def test_a_grade_reaches_the_feed_with_its_card_under_one_number(sync_client, learner):
    card = CardFactory(deck=DeckFactory(owner=learner))
    sync_client.pull()
    log = srs.review_grade(card_id=card.pk, user=learner, rating=3, duration_ms=1200)
    card.refresh_from_db()
    feed = dict(Change.objects.filter(record__in=[card.uuid, log.uuid]).values_list("table", "seq"))
    assert feed["cards"] == feed["review_logs"] == Change.objects.order_by("-seq").first().seq
    body = sync_client.pull()
    assert [(r["id"], r["state"], r["due"]) for r in body["changes"]["cards"]["updated"]] == [
        (str(card.uuid), "learning", int(card.due.timestamp() * 1000))
    ]
    assert [(r["id"], r["card_id"], r["rating"]) for r in body["changes"]["review_logs"]["updated"]] == [
        (str(log.uuid), str(card.uuid), 3)
    ]


def test_profile_settings_sync_both_ways(sync_client, learner):
    sync_client.pull()
    learning_services.profile_update(profile=learner.profile, daily_goal_xp=30)
    (row,) = sync_client.pull()["changes"]["profile_settings"]["updated"]
    assert (row["id"], row["daily_goal_xp"]) == (str(learner.profile.uuid), 30)
    response = sync_client.push({"profile_settings": table(updated=[{**row, "time_zone": "Europe/Madrid"}])})
    assert response.status_code == 200
    learner.profile.refresh_from_db()
    assert (learner.profile.daily_goal_xp, learner.profile.time_zone) == (30, "Europe/Madrid")
    # a profile of its own making is not the learner's profile
    assert sync_client.push({"profile_settings": table(created=[{**row, "id": new_id()}])}).status_code == 404


def test_pruned_tombstones_send_an_old_device_a_full_resync(learner, make_client):
    deck = DeckFactory(owner=learner)
    kept, gone = CardFactory(deck=deck), CardFactory(deck=deck)
    old, current = make_client(learner, "old"), make_client(learner, "current")
    old.pull(), current.pull()
    srs.cards_delete(cards=Card.objects.filter(pk=gone.pk))
    current.pull()  # past the tombstone
    # the old device has not synced for longer than SYNC_DEVICE_STALE_DAYS: it holds nothing back
    Device.objects.filter(pk=old.device.pk).update(last_seen_at=timezone.now() - timedelta(days=91))
    assert tasks.tombstones_prune() == 1
    assert not Change.objects.filter(deleted=True).exists()
    assert Horizon.objects.get(user=learner).pruned_through == current.cursor
    body = old.pull()
    assert body["experimentalStrategy"] == "replacement"
    assert _ids(body, "cards") == [str(kept.uuid)]
    assert "experimentalStrategy" not in current.pull()


def test_prune_keeps_tombstones_an_active_device_has_not_pulled(learner, make_client):
    deck = DeckFactory(owner=learner)
    card = CardFactory(deck=deck)
    behind = make_client(learner, "behind")
    behind.pull()
    srs.cards_delete(cards=Card.objects.filter(pk=card.pk))
    assert tasks.tombstones_prune() == 0
    assert _ids(behind.pull(), "cards", "deleted") == [str(card.uuid)]
