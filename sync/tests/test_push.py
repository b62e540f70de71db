"""Pushes: idempotent, transactional, only the caller's rows, 400 for anything malformed."""

from uuid import UUID

import pytest

from conversations.tests.factories import ConversationFactory, MessageFactory
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card, Deck, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync.models import SyncRun
from sync.tests.helpers import card_record, new_id, stored, table

pytestmark = pytest.mark.django_db


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Viaje")


def test_push_creates_and_updates_the_callers_records(sync_client, deck):
    sync_client.pull()
    card_id = new_id()
    response = sync_client.push(
        {
            "decks": table(updated=[{"id": str(deck.uuid), "name": "Viaje a Roma", "_changed": "name"}]),
            "cards": table(created=[{"id": card_id, "deck_id": str(deck.uuid), "front": "ciao", "back": "hi"}]),
        }
    )
    assert response.status_code == 200, response.content
    assert response.json() == {"applied": 2, "conflicts": 0}
    assert Deck.objects.get(pk=deck.pk).name == "Viaje a Roma"
    assert list(Card.objects.filter(uuid=card_id).values_list("deck_id", "front", "back", "state")) == [
        (deck.pk, "ciao", "hi", "new")
    ]
    assert list(SyncRun.objects.values_list("kind", "pulled", "pushed", "outcome")) == [
        ("push", 0, 2, "ok"),
        ("pull", 2, 0, "ok"),
    ]


def test_push_retried_after_a_lost_response_changes_nothing(sync_client, deck, db_rows):
    sync_client.pull()
    card = CardFactory(deck=deck, front="hola", back="hello")
    sync_client.pull()
    log_id, new_card = new_id(), new_id()
    changes = {
        "cards": table(
            created=[{"id": new_card, "deck_id": str(deck.uuid), "front": "adiós", "back": "bye"}],
            updated=[card_record(card, back="hi there")],
        ),
        "review_logs": table(
            created=[
                {
                    "id": log_id,
                    "card_id": str(card.uuid),
                    "rating": 3,
                    "state": "new",
                    "reviewed_at": 1700000000000,
                    "duration_ms": 3000,
                }
            ]
        ),
        "decks": table(deleted=[new_id()]),  # a record the server never had: ignored
    }
    assert sync_client.push(changes).status_code == 200  # the response never reached the device
    before = stored(db_rows)
    retry = sync_client.push(changes)  # same body, same last_pulled_at
    assert retry.status_code == 200
    assert retry.json() == {"applied": 0, "conflicts": 0}
    assert stored(db_rows) == before
    # the device names the card; the server notes the deck it was graded in
    assert list(ReviewLog.objects.filter(uuid=log_id).values_list("card_id", "deck_id")) == [(card.pk, deck.pk)]


def test_push_with_another_learners_record_is_refused_and_writes_nothing(sync_client, deck, db_rows):
    other_card = CardFactory(deck=DeckFactory(owner=LearnerFactory()))
    other_conversation = ConversationFactory()
    sync_client.pull()
    attempts = [
        {"cards": table(updated=[card_record(other_card, back="mine now")])},
        {"cards": table(deleted=[str(other_card.uuid)])},
        {"cards": table(created=[{"id": new_id(), "deck_id": str(other_card.deck.uuid), "front": "x", "back": "y"}])},
        {"messages": table(created=[{"id": new_id(), "conversation_id": str(other_conversation.uuid), "text": "hi"}])},
        {
            "decks": table(created=[{"id": new_id(), "name": "Fine", "language": "es"}]),  # fine, but not alone
            "review_logs": table(
                created=[
                    {
                        "id": new_id(),
                        "card_id": str(other_card.uuid),
                        "rating": 3,
                        "state": "new",
                        "reviewed_at": 1700000000000,
                        "duration_ms": 1,
                    }
                ]
            ),
        },
    ]
    before = stored(db_rows)
    for changes in attempts:
        response = sync_client.push(changes)
        assert response.status_code == 404, changes
        assert response.json() == {"error": {"code": "not_found", "message": "No such record.", "fields": {}}}
    assert stored(db_rows) == before
    assert Card.objects.get(pk=other_card.pk).back == other_card.back
    assert list(SyncRun.objects.filter(kind="push").values_list("outcome", flat=True)) == ["refused"] * 5


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ("not an object", {"changes": ["Send {changes: {table: {created, updated, deleted}}}."]}),
        ({"flashcards": table()}, {"changes": ["Unknown table: flashcards."]}),
        (
            {"decks": {"created": [], "renamed": []}},
            {"changes": {"decks": ["Each table is {created: [...], updated: [...], deleted: [...]}."]}},
        ),
        (
            {"decks": table(created=[{"id": 7, "name": "x", "language": "es"}])},
            {"changes": {"decks": {"0": {"id": ["Ids are strings (uuids)."]}}}},
        ),
        (
            {"decks": table(created=[{"id": "0d0e0c00-0000-4000-8000-000000000001", "name": 5, "language": "xx"}])},
            {
                "changes": {
                    "decks": {"0": {"name": ["Expected a string."], "language": ["Value 'xx' is not a valid choice."]}}
                }
            },
        ),
        (
            {"decks": table(deleted=["not-a-uuid"])},
            {"changes": {"decks": {"deleted": ["“not-a-uuid” is not a uuid."]}}},
        ),
        (
            {
                "cards": table(
                    created=[
                        {
                            "id": "0c0a0d00-0000-4000-8000-000000000001",
                            "deck_id": "0d0e0c00-0000-4000-8000-000000000009",
                            "front": "a",
                            "back": "b",
                        }
                    ]
                )
            },
            {"changes": {"cards": {"deck_id": ["Unknown: 0d0e0c00-0000-4000-8000-000000000009."]}}},
        ),
    ],
)
def test_push_malformed_is_400_and_writes_nothing(sync_client, deck, db_rows, changes, fields):
    sync_client.pull()
    before = stored(db_rows)
    valid_part = {"decks": table(created=[{"id": new_id(), "name": "Written?", "language": "fr"}])}
    body = changes if isinstance(changes, str) else {**valid_part, **changes}
    response = sync_client.http.post(
        f"/api/v1/sync/push?last_pulled_at={sync_client.cursor}",
        body if isinstance(body, str) else {"changes": body},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert response.json()["error"]["fields"] == fields
    assert stored(db_rows) == before


def test_push_breaking_a_unique_rule_is_400_and_writes_nothing(sync_client, deck, db_rows):
    CardFactory(deck=deck, front="hola")
    sync_client.pull()
    before = stored(db_rows)
    response = sync_client.push(
        {
            "decks": table(created=[{"id": new_id(), "name": "Another", "language": "es"}]),
            "cards": table(created=[{"id": new_id(), "deck_id": str(deck.uuid), "front": "hola", "back": "again"}]),
        }
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert stored(db_rows) == before


def test_push_of_review_logs_and_messages_only_appends(sync_client, learner, deck):
    card = CardFactory(deck=deck)
    conversation = ConversationFactory(owner=learner)
    tutor_reply = MessageFactory(conversation=conversation, role="assistant", text="¡Hola!")
    sync_client.pull()
    message_id = new_id()
    reply = {"id": str(tutor_reply.uuid), "conversation_id": str(conversation.uuid), "text": "edited"}
    for changes in [
        {
            "messages": table(
                created=[
                    {
                        "id": message_id,
                        "conversation_id": str(conversation.uuid),
                        "text": "Hola, ¿qué tal?",
                        "role": "assistant",
                    }
                ],
                updated=[reply],
            )
        },
        {"messages": table(deleted=[str(tutor_reply.uuid)])},
    ]:
        response = sync_client.push(changes)
        assert response.status_code == 200, response.content
    assert list(conversation.messages.order_by("pk").values_list("role", "text")) == [
        ("assistant", "¡Hola!"),
        ("user", "Hola, ¿qué tal?"),  # a device writes the learner's side only
    ]
    assert card.logs.count() == 0


def test_revoked_device_token_stops_working(sync_client, client, learner):
    assert sync_client.http.get("/api/v1/sync/pull").status_code == 200
    client.force_login(learner)
    assert client.delete(f"/api/v1/sync/devices/{sync_client.device.pk}").status_code == 204
    response = sync_client.http.get("/api/v1/sync/pull")
    assert response.status_code == 401
    assert response.json() == {
        "error": {"code": "authentication_failed", "message": "Unknown or revoked device token.", "fields": {}}
    }


def test_another_learners_device_cannot_be_revoked(sync_client, client):
    client.force_login(LearnerFactory())
    assert client.delete(f"/api/v1/sync/devices/{sync_client.device.pk}").status_code == 404
    assert sync_client.http.get("/api/v1/sync/pull").status_code == 200


def test_a_grade_of_a_card_deleted_on_the_server_is_dropped(sync_client, deck):
    from spaced_repetition import services as srs

    card = CardFactory(deck=deck)
    sync_client.pull()
    srs.cards_delete(cards=Card.objects.filter(pk=card.pk))  # on the web, while the phone is offline
    log_id, kept_id = new_id(), new_id()
    other = CardFactory(deck=deck)
    response = sync_client.push(
        {
            "review_logs": table(
                created=[
                    {
                        "id": log_id,
                        "card_id": str(card.uuid),
                        "rating": 3,
                        "state": "new",
                        "reviewed_at": 1700000000000,
                        "duration_ms": 1000,
                    },
                    {
                        "id": kept_id,
                        "card_id": str(other.uuid),
                        "rating": 4,
                        "state": "new",
                        "reviewed_at": 1700000000000,
                        "duration_ms": 1000,
                    },
                ]
            )
        }  # fmt: skip
    )
    assert response.status_code == 200, response.content
    assert list(ReviewLog.objects.values_list("uuid", "card_id", "rating")) == [(UUID(kept_id), other.pk, 4)]
