"""The review API for mobile clients: decks, cards, the due queue, grades (idempotent), undo and stats."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from spaced_repetition import scheduling, services
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewUndo
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state, schedule

pytestmark = pytest.mark.django_db


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Spanish")


@pytest.fixture
def card(deck):
    return CardFactory(deck=deck, front="el perro", back="the dog")


@pytest.fixture
def foreign_card():
    return CardFactory(front="secreto")


def _iso(moment) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def _card_body(card: Card) -> dict:
    card = Card.objects.get(pk=card.pk)
    return {
        "id": card.pk,
        "deck": card.deck_id,
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "context": card.context,
        "source": card.source,
        "source_ref": card.source_ref,
        "audio": None,
        "state": card.state,
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": _iso(card.due),
        "last_review": _iso(card.last_review),
        "suspended": card.suspended,
        "buried_until": _iso(card.buried_until),
        "created_at": _iso(card.created_at),
        "updated_at": _iso(card.updated_at),
    }


def _invalid(fields: dict, message: str = "Some fields are not valid.") -> dict:
    return {"error": {"code": "invalid", "message": message, "fields": fields}}


NOT_FOUND = {"error": {"code": "not_found", "message": "No Card matches the given query.", "fields": {}}}


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
        "created_at": _iso(french.created_at),
    }
    DeckFactory(name="Someone else's")
    listing = learner_client.get("/api/v1/decks").json()
    assert (listing["count"], [row["name"] for row in listing["results"]]) == (2, ["French", "Spanish"])


def _deck_body(deck: Deck) -> dict:
    deck = Deck.objects.get(pk=deck.pk)
    fields = ("id", "name", "language", "new_per_day", "reviews_per_day")
    return {**{name: getattr(deck, name) for name in fields}, "created_at": _iso(deck.created_at)}


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
        _invalid({"language": ["Value 'xx' is not a valid choice."]}),
    )


def test_deck_delete_removes_the_deck_its_cards_and_their_history(learner_client, learner, deck, card):
    services.review_grade(card=card, user=learner, rating=3, duration_ms=0)
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
    assert response.json() == _invalid({"language": ["Value 'xx' is not a valid choice."]})
    response = learner_client.post(
        "/api/v1/decks", {"name": "Spanish", "language": "es"}, content_type="application/json"
    )
    assert response.json() == _invalid({"name": ["You already have a deck called “Spanish”."]})
    assert Deck.objects.count() == 1


# --- cards


def test_cards_create_is_idempotent_by_deck_and_front(learner_client, deck):
    body = {"deck": deck.pk, "front": "hola", "back": "hello", "source": "conversation", "source_ref": "message:7"}
    first = learner_client.post("/api/v1/cards", body, content_type="application/json")
    assert first.status_code == 201
    card = Card.objects.get()
    assert first.json() == _card_body(card)
    assert (card.source, card.source_ref, card.kind) == ("conversation", "message:7", "word")
    again = learner_client.post("/api/v1/cards", {**body, "back": "hi"}, content_type="application/json")
    assert (again.status_code, again.json()) == (201, first.json())
    assert Card.objects.count() == 1


def test_cards_create_in_another_learners_deck_is_refused(learner_client, foreign_card, db_rows):
    before = db_rows()
    body = {"deck": foreign_card.deck_id, "front": "hola", "back": "hello"}
    response = learner_client.post("/api/v1/cards", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == _invalid({"deck": [f"You have no deck with id {foreign_card.deck_id}."]})
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
    assert response.json() == _invalid(
        {"deck": [f"You have no deck with id {foreign_card.deck_id}."], "state": ['"lost" is not a valid choice.']}
    )


def test_card_detail_patch_and_delete(learner_client, learner, deck, card):
    assert learner_client.get(f"/api/v1/cards/{card.pk}").json() == _card_body(card)
    french = DeckFactory(owner=learner, name="French", language="fr")
    response = learner_client.patch(
        f"/api/v1/cards/{card.pk}",
        {"back": "the dog (m.)", "deck": french.pk, "suspended": True},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json() == _card_body(card)
    assert Card.objects.values_list("back", "deck", "suspended").get() == ("the dog (m.)", french.pk, True)
    response = learner_client.patch(f"/api/v1/cards/{card.pk}", {"front": ""}, content_type="application/json")
    assert response.json() == _invalid({"front": ["This field may not be blank."]})
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


# --- the queue


def test_review_queue_lists_due_cards_in_order_with_their_intervals(learner_client, deck, card, foreign_card):
    review = in_state(CardFactory(deck=deck, front="repaso"), "review", due=timezone.now() - timedelta(days=1))
    response = learner_client.get("/api/v1/review-queue", {"limit": 5})
    assert response.status_code == 200
    body = response.json()
    assert (body["learning"], body["review"], body["new"], body["next_due"]) == (0, 1, 1, None)
    assert [row["id"] for row in body["cards"]] == [review.pk, card.pk]
    intervals = body["cards"][1]["intervals"]
    assert sorted(intervals) == ["1", "2", "3", "4"]
    due = {int(rating): datetime.fromisoformat(moment) for rating, moment in intervals.items()}
    assert due[3] - due[1] == timedelta(minutes=9)  # 10-minute step against the 1-minute one
    one_deck = learner_client.get("/api/v1/review-queue", {"deck": deck.pk, "limit": 1}).json()
    assert [row["id"] for row in one_deck["cards"]] == [review.pk]
    response = learner_client.get("/api/v1/review-queue", {"deck": foreign_card.deck_id, "limit": 0})
    assert response.json() == _invalid(
        {
            "deck": [f"You have no deck with id {foreign_card.deck_id}."],
            "limit": ["Ensure this value is greater than or equal to 1."],
        }
    )


# --- grades


def _queue_card_body(card: Card, now) -> dict:
    due = scheduling.preview_intervals(schedule(card), now, scheduling.DEFAULT_RETENTION)
    return {**_card_body(card), "intervals": {str(rating): _iso(moment) for rating, moment in due.items()}}


def test_reviews_submit_grades_the_card_and_answers_with_the_next_one(learner_client, learner, deck, card, no_fuzz):
    following = CardFactory(deck=deck, front="el gato")
    before = schedule(card)
    response = learner_client.post(
        "/api/v1/reviews",
        {"card": card.pk, "rating": 3, "duration_ms": 5200, "client_review_id": "a1"},
        content_type="application/json",
    )
    assert response.status_code == 201
    log = ReviewLog.objects.get()
    assert response.json() == {
        "id": log.pk,
        "card": _card_body(card),
        "rating": 3,
        "state": "new",
        "reviewed_at": _iso(log.reviewed_at),
        "duration_ms": 5200,
        "client_review_id": "a1",
        # the graded card is learning again in 10 minutes; the other new card is next
        "queue": {
            "learning": 0,
            "review": 0,
            "new": 1,
            "next_due": None,
            "cards": [_queue_card_body(following, log.reviewed_at)],
        },
    }
    assert schedule(card) == scheduling.review(before, 3, log.reviewed_at, fuzz=False)[0]


def test_reviews_submit_takes_the_next_card_from_the_deck_asked_for(learner_client, learner, deck, card):
    other_deck = DeckFactory(owner=learner, name="Aaa first by name")
    CardFactory(deck=other_deck, front="primero")
    in_deck = CardFactory(deck=deck, front="el gato")
    body = {"card": card.pk, "rating": 3, "deck": deck.pk}
    queue = learner_client.post("/api/v1/reviews", body, content_type="application/json").json()["queue"]
    assert ([row["id"] for row in queue["cards"]], queue["new"]) == ([in_deck.pk], 1)


def test_reviews_submit_refuses_another_learners_deck_for_the_next_card(learner_client, card, foreign_card, db_rows):
    before = db_rows()
    body = {"card": card.pk, "rating": 3, "deck": foreign_card.deck_id}
    response = learner_client.post("/api/v1/reviews", body, content_type="application/json")
    assert response.json() == _invalid({"deck": [f"You have no deck with id {foreign_card.deck_id}."]})
    assert db_rows() == before


def test_reviews_submit_of_the_last_due_card_answers_when_the_next_one_is_due(learner_client, card, no_fuzz):
    in_state(card, "review", due=timezone.now() - timedelta(days=1))
    response = learner_client.post("/api/v1/reviews", {"card": card.pk, "rating": 3}, content_type="application/json")
    queue = response.json()["queue"]
    assert (queue["learning"], queue["review"], queue["new"], queue["cards"]) == (0, 0, 0, [])
    assert queue["next_due"] == _iso(Card.objects.get(pk=card.pk).due)


def test_reviews_submit_replayed_client_review_id_records_once(learner_client, card, db_rows):
    body = {"card": card.pk, "rating": 4, "duration_ms": 800, "client_review_id": "0f1e-retry"}
    first = learner_client.post("/api/v1/reviews", body, content_type="application/json")
    before = db_rows()
    replay = learner_client.post("/api/v1/reviews", {**body, "rating": 1}, content_type="application/json")
    assert (replay.status_code, replay.json()) == (201, first.json())
    assert db_rows() == before
    assert ReviewLog.objects.count() == 1


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        (0, "Ensure this value is greater than or equal to 1."),
        (5, "Ensure this value is less than or equal to 4."),
        ("x", "A valid integer is required."),
        (None, "This field may not be null."),
    ],
)
def test_reviews_submit_refuses_a_bad_grade(learner_client, card, db_rows, rating, message):
    before = db_rows()
    response = learner_client.post(
        "/api/v1/reviews", {"card": card.pk, "rating": rating}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == _invalid({"rating": [message]})
    assert db_rows() == before


def test_reviews_submit_refuses_a_suspended_card(learner_client, deck, db_rows):
    card = CardFactory(deck=deck, suspended=True)
    before = db_rows()
    response = learner_client.post("/api/v1/reviews", {"card": card.pk, "rating": 3}, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == _invalid({}, "This card is suspended. Unsuspend it to review it.")
    assert db_rows() == before


def test_reviews_submit_refuses_another_learners_card(learner_client, foreign_card, db_rows):
    before = db_rows()
    response = learner_client.post(
        "/api/v1/reviews", {"card": foreign_card.pk, "rating": 3}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == _invalid({"card": [f"You have no card with id {foreign_card.pk}."]})
    assert db_rows() == before


def _submit(client, card, rating=4, **extra) -> dict:
    body = {"card": card.pk, "rating": rating, **extra}
    response = client.post("/api/v1/reviews", body, content_type="application/json")
    assert response.status_code == 201
    return response.json()


def test_reviews_undo_restores_the_card(learner_client, learner, card):
    original = _card_body(card)
    review = _submit(learner_client, card)
    response = learner_client.post(f"/api/v1/reviews/{review['id']}/undo")
    assert response.status_code == 200
    restored = response.json()
    assert {k: v for k, v in restored.items() if k != "updated_at"} == {
        k: v for k, v in original.items() if k != "updated_at"
    }
    assert ReviewLog.objects.count() == 0
    assert list(ReviewUndo.objects.values_list("review_log_id", "card", "rating")) == [(review["id"], card.pk, 4)]


def test_reviews_undo_retried_returns_the_card_and_takes_back_nothing_more(learner_client, deck, card):
    first = _submit(learner_client, CardFactory(deck=deck, front="el gato"), client_review_id="r1")
    second = _submit(learner_client, card, client_review_id="r2")
    responses = [learner_client.post(f"/api/v1/reviews/{second['id']}/undo") for _ in range(2)]
    assert [r.status_code for r in responses] == [200, 200]
    assert responses[1].json() == responses[0].json() == _card_body(card)
    assert list(ReviewLog.objects.values_list("pk", flat=True)) == [first["id"]]


def test_reviews_undo_refuses_a_grade_that_is_not_the_latest(learner_client, deck, card, db_rows):
    first = _submit(learner_client, card)
    _submit(learner_client, CardFactory(deck=deck, front="el gato"))
    before = db_rows()
    response = learner_client.post(f"/api/v1/reviews/{first['id']}/undo")
    assert (response.status_code, response.json()) == (400, _invalid({}, "Only your latest grade can be taken back."))
    assert db_rows() == before


def test_reviews_undo_of_another_learners_grade_or_an_unknown_id_answers_404(learner_client, foreign_card, db_rows):
    log = services.review_grade(card=foreign_card, user=foreign_card.deck.owner, rating=3, duration_ms=0)
    before = db_rows()
    for review_id in (log.pk, log.pk + 1000):
        response = learner_client.post(f"/api/v1/reviews/{review_id}/undo")
        assert response.status_code == 404
        assert response.json() == {
            "error": {"code": "not_found", "message": "You have no grade with this id.", "fields": {}}
        }
    assert db_rows() == before


# --- stats


def test_review_stats(learner_client, learner, deck, card, foreign_card):
    in_state(CardFactory(deck=deck), "review", due=timezone.now() - timedelta(hours=1))
    services.review_grade(card=card, user=learner, rating=4, duration_ms=3000)  # due again in days
    services.review_grade(card=foreign_card, user=foreign_card.deck.owner, rating=3, duration_ms=3000)
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
