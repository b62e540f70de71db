"""The review API for mobile clients: decks, cards and stats (the queue, grades and undo: test_api_reviews.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from spaced_repetition import services
from spaced_repetition.models import Card, Deck, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import NOT_FOUND, card_body, in_state, invalid, iso

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/decks"),
        ("post", "/api/v1/decks"),
        ("get", "/api/v1/decks/1"),
        ("patch", "/api/v1/decks/1"),
        ("delete", "/api/v1/decks/1"),
        ("get", "/api/v1/cards"),
        ("post", "/api/v1/cards"),
        ("get", "/api/v1/cards/1"),
        ("patch", "/api/v1/cards/1"),
        ("delete", "/api/v1/cards/1"),
        ("get", "/api/v1/review-queue"),
        ("post", "/api/v1/reviews"),
        ("post", "/api/v1/reviews/1/undo"),
        ("get", "/api/v1/review-stats"),
    ],
)
def test_review_api_needs_credentials(client, method, path):
    response = getattr(client, method)(path, {}, content_type="application/json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


# --- decks


def test_decks_list_and_create(learner_client, learner, deck):
    response = learner_client.post(
        "/api/v1/decks", {"name": "French", "language": "fr", "new_per_day": 5}, content_type="application/json"
    )
    assert response.status_code == 201
    french = Deck.objects.get(name="French")
    assert response.json() == {
        "id": french.pk,
        "name": "French",
        "language": "fr",
        "new_per_day": 5,
        "reviews_per_day": 200,
        "created_at": iso(french.created_at),
    }
    DeckFactory(name="Someone else's")
    listing = learner_client.get("/api/v1/decks").json()
    assert (listing["count"], [row["name"] for row in listing["results"]]) == (2, ["French", "Spanish"])


def _deck_body(deck: Deck) -> dict:
    deck = Deck.objects.get(pk=deck.pk)
    fields = ("id", "name", "language", "new_per_day", "reviews_per_day")
    return {**{name: getattr(deck, name) for name in fields}, "created_at": iso(deck.created_at)}


def test_deck_get_and_patch(learner_client, deck):
    assert learner_client.get(f"/api/v1/decks/{deck.pk}").json() == _deck_body(deck)
    response = learner_client.patch(
        f"/api/v1/decks/{deck.pk}", {"name": " Español ", "new_per_day": 5}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json() == {**_deck_body(deck), "name": "Español", "new_per_day": 5}
    assert Deck.objects.values_list("name", "language", "new_per_day").get() == ("Español", "es", 5)
    response = learner_client.patch(f"/api/v1/decks/{deck.pk}", {"language": "xx"}, content_type="application/json")
    assert (response.status_code, response.json()) == (
        400,
        invalid({"language": ["Value 'xx' is not a valid choice."]}),
    )


def test_deck_delete_removes_the_deck_its_cards_and_their_history(learner_client, learner, deck, card):
    services.review_grade(card_id=card.pk, user=learner, rating=3, duration_ms=0)
    other = DeckFactory(owner=learner, name="French")
    response = learner_client.delete(f"/api/v1/decks/{deck.pk}")
    assert (response.status_code, response.content) == (204, b"")
    assert list(Deck.objects.values_list("pk", flat=True)) == [other.pk]
    assert (Card.objects.count(), ReviewLog.objects.count()) == (0, 0)


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_another_learners_deck_answers_404(learner_client, foreign_card, db_rows, method):
    before = db_rows()
    response = getattr(learner_client, method)(
        f"/api/v1/decks/{foreign_card.deck_id}", {"name": "mine now"}, content_type="application/json"
    )
    assert (response.status_code, response.json()) == (
        404,
        {"error": {"code": "not_found", "message": "No Deck matches the given query.", "fields": {}}},
    )
    assert db_rows() == before


def test_decks_create_refuses_a_duplicate_name_or_unknown_language(learner_client, deck):
    response = learner_client.post(
        "/api/v1/decks", {"name": "Spanish", "language": "xx"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == invalid({"language": ["Value 'xx' is not a valid choice."]})
    response = learner_client.post(
        "/api/v1/decks", {"name": "Spanish", "language": "es"}, content_type="application/json"
    )
    assert response.json() == invalid({"name": ["You already have a deck called “Spanish”."]})
    assert Deck.objects.count() == 1


# --- cards


def test_cards_create_is_idempotent_by_deck_and_front(learner_client, deck):
    body = {"deck": deck.pk, "front": "hola", "back": "hello", "source": "conversation", "source_ref": "message:7"}
    first = learner_client.post("/api/v1/cards", body, content_type="application/json")
    assert first.status_code == 201
    card = Card.objects.get()
    assert first.json() == card_body(card)
    assert (card.source, card.source_ref, card.kind) == ("conversation", "message:7", "word")
    again = learner_client.post("/api/v1/cards", {**body, "back": "hi"}, content_type="application/json")
    assert (again.status_code, again.json()) == (201, first.json())
    assert Card.objects.count() == 1


def test_cards_create_in_another_learners_deck_is_refused(learner_client, foreign_card, db_rows):
    before = db_rows()
    body = {"deck": foreign_card.deck_id, "front": "hola", "back": "hello"}
    response = learner_client.post("/api/v1/cards", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == invalid({"deck": [f"You have no deck with id {foreign_card.deck_id}."]})
    assert db_rows() == before


def test_cards_list_filters_and_pages(learner_client, learner, deck, card, foreign_card):
    french = DeckFactory(owner=learner, name="French", language="fr")
    chien = CardFactory(deck=french, front="le chien", back="the dog", kind="phrase")
    gato = CardFactory(deck=deck, front="el gato", back="the cat", suspended=True)

    def ids(**params):
        return [row["id"] for row in learner_client.get("/api/v1/cards", params).json()["results"]]

    assert ids() == [gato.pk, chien.pk, card.pk]
    assert ids(q="dog") == [chien.pk, card.pk]
    assert ids(deck=french.pk, kind="phrase") == [chien.pk]
    assert ids(state="suspended") == [gato.pk]
    page = learner_client.get("/api/v1/cards", {"page_size": 2, "page": 2}).json()
    assert (page["count"], [row["id"] for row in page["results"]]) == (3, [card.pk])
    response = learner_client.get("/api/v1/cards", {"deck": foreign_card.deck_id, "state": "lost"})
    assert response.status_code == 400
    assert response.json() == invalid(
        {"deck": [f"You have no deck with id {foreign_card.deck_id}."], "state": ['"lost" is not a valid choice.']}
    )


def test_card_detail_patch_and_delete(learner_client, learner, deck, card):
    assert learner_client.get(f"/api/v1/cards/{card.pk}").json() == card_body(card)
    french = DeckFactory(owner=learner, name="French", language="fr")
    response = learner_client.patch(
        f"/api/v1/cards/{card.pk}",
        {"back": "the dog (m.)", "deck": french.pk, "suspended": True},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json() == card_body(card)
    assert Card.objects.values_list("back", "deck", "suspended").get() == ("the dog (m.)", french.pk, True)
    response = learner_client.patch(f"/api/v1/cards/{card.pk}", {"front": ""}, content_type="application/json")
    assert response.json() == invalid({"front": ["This field may not be blank."]})
    assert learner_client.delete(f"/api/v1/cards/{card.pk}").status_code == 204
    assert Card.objects.count() == 0


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_another_learners_card_answers_404(learner_client, foreign_card, db_rows, method):
    before = db_rows()
    response = getattr(learner_client, method)(
        f"/api/v1/cards/{foreign_card.pk}", {"back": "mine now"}, content_type="application/json"
    )
    assert (response.status_code, response.json()) == (404, NOT_FOUND)
    assert db_rows() == before


# --- stats


def test_review_stats(learner_client, learner, deck, card, foreign_card):
    in_state(CardFactory(deck=deck), "review", due=timezone.now() - timedelta(hours=1))
    services.review_grade(card_id=card.pk, user=learner, rating=4, duration_ms=3000)  # due again in days
    services.review_grade(card_id=foreign_card.pk, user=foreign_card.deck.owner, rating=3, duration_ms=3000)
    assert learner_client.get("/api/v1/review-stats").json() == {
        "cards_by_state": {"new": 0, "learning": 0, "review": 2, "relearning": 0},
        "suspended": 0,
        "due_today": 1,
        "today": {
            "reviews": 1,
            "cards": 1,
            "duration_ms": 3000,
            "by_rating": {"Again": 0, "Hard": 0, "Good": 0, "Easy": 1},
        },
    }
