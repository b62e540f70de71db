"""Conflicts: a record changed on the server after the client's pull and changed by the push. Each policy, delete
against update, strict mode."""

import pytest

from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync.models import Conflict
from sync.tests.helpers import card_record, stored, table

pytestmark = pytest.mark.django_db


@pytest.fixture
def race(learner, make_client):
    """Two devices pulled the same card; then device A pushed a new back."""
    card = CardFactory(deck=DeckFactory(owner=learner), front="hola", back="hello")
    a, b = make_client(learner, "A"), make_client(learner, "B")
    a.pull(), b.pull()
    assert a.push({"cards": table(updated=[card_record(card, back="hi (A)")])}).json() == {
        "applied": 1,
        "conflicts": 0,
    }
    return card, a, b


def _policy(settings, policy):
    settings.SYNC_CONFLICT_POLICIES = {"cards": policy}


@pytest.mark.parametrize(
    ("policy", "b_stamp", "front", "back"),
    [
        ("server_wins", 0, "hola", "hi (A)"),
        ("client_wins", 0, "hola", "hi (B)"),  # only B's changed column
        ("latest_timestamp", 1, "hola", "hi (A)"),  # B's edit is older than A's
        ("latest_timestamp", 4102444800000, "¡hola!", "hi (B)"),  # B's is newer: its whole record
        ("manual_review", 0, "hola", "hi (A)"),
    ],
)
def test_racing_pushes_on_one_record_resolve_by_policy(settings, race, policy, b_stamp, front, back):
    card, a, b = race
    _policy(settings, policy)
    record = card_record(card, back="hi (B)", updated_at=b_stamp)
    record["front"] = "¡hola!"  # sent in full, but not in _changed
    response = b.push({"cards": table(updated=[record])})  # B's cursor predates A's push
    assert response.status_code == 200
    assert response.json()["conflicts"] == 1
    card.refresh_from_db()
    assert (card.front, card.back) == (front, back)
    # whichever version won, both devices get it on their next pull
    for device in (a, b):
        pulled = device.pull()["changes"]["cards"]["updated"]
        assert [(r["front"], r["back"]) for r in pulled] == [(front, back)]


def test_manual_review_keeps_the_client_version_for_the_learner(settings, race, learner):
    card, a, b = race
    _policy(settings, "manual_review")
    b.push({"cards": table(updated=[card_record(card, back="hi (B)")])})
    conflict = Conflict.objects.get()
    assert (conflict.user, conflict.device, conflict.table, str(conflict.record)) == (
        learner,
        b.device,
        "cards",
        str(card.uuid),
    )
    assert conflict.client_data["back"] == "hi (B)"
    assert conflict.server_data["back"] == "hi (A)"
    assert conflict.client_deleted is False and conflict.resolved_at is None


def test_strict_mode_rejects_the_push_so_the_client_pulls_first(race, db_rows):
    card, a, b = race
    before = stored(db_rows)
    response = b.push({"cards": table(updated=[card_record(card, back="hi (B)")])}, strict=True)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "pull_first"
    header = b.http.post(
        f"/api/v1/sync/push?last_pulled_at={b.cursor}",
        {"changes": {"cards": table(updated=[card_record(card, back="hi (B)")])}},
        format="json",
        headers={"X-Sync-Strict": "true"},
    )
    assert header.status_code == 409
    assert stored(db_rows) == before
    # after pulling, the same edit goes through
    b.pull()
    assert b.push({"cards": table(updated=[card_record(card, back="hi (B)")])}, strict=True).status_code == 200
    assert Card.objects.get(pk=card.pk).back == "hi (B)"


def test_an_update_of_a_record_deleted_on_the_server_leaves_it_deleted(race):
    card, a, b = race
    assert a.push({"cards": table(deleted=[str(card.uuid)])}).status_code == 200
    response = b.push({"cards": table(updated=[card_record(card, back="hi (B)")])})
    assert response.status_code == 200
    assert not Card.objects.filter(pk=card.pk).exists()
    assert b.pull()["changes"]["cards"] == {"created": [], "updated": [], "deleted": [str(card.uuid)]}


@pytest.mark.parametrize(
    ("policy", "kept"),
    [("server_wins", True), ("client_wins", False), ("latest_timestamp", False), ("manual_review", True)],
)
def test_a_delete_of_a_record_updated_on_the_server_resolves_by_policy(settings, race, policy, kept):
    card, a, b = race
    _policy(settings, policy)
    assert b.push({"cards": table(deleted=[str(card.uuid)])}).json()["conflicts"] == 1
    assert Card.objects.filter(pk=card.pk).exists() is kept
    pulled = b.pull()["changes"]["cards"]
    if kept:  # the device deleted it locally: it comes back
        assert [r["back"] for r in pulled["updated"]] == ["hi (A)"]
    else:
        assert pulled["deleted"] == [str(card.uuid)]
    assert Conflict.objects.filter(client_deleted=True).count() == (policy == "manual_review")
