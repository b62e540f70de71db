"""The review API for mobile clients: the due queue, grades (idempotent, answered with the next card) and undo."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from spaced_repetition import scheduling, services
from spaced_repetition.models import Card, ReviewLog, ReviewUndo
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import card_body, in_state, invalid, iso, schedule

pytestmark = pytest.mark.django_db


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
    assert response.json() == invalid(
        {
            "deck": [f"You have no deck with id {foreign_card.deck_id}."],
            "limit": ["Ensure this value is greater than or equal to 1."],
        }
    )


# --- grades


def _queuecard_body(card: Card, now) -> dict:
    due = scheduling.preview_intervals(schedule(card), now, scheduling.DEFAULT_RETENTION)
    return {**card_body(card), "intervals": {str(rating): iso(moment) for rating, moment in due.items()}}


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
        "card": card_body(card),
        "rating": 3,
        "state": "new",
        "reviewed_at": iso(log.reviewed_at),
        "duration_ms": 5200,
        "client_review_id": "a1",
        # the graded card is learning again in 10 minutes; the other new card is next
        "queue": {
            "learning": 0,
            "review": 0,
            "new": 1,
            "next_due": None,
            "cards": [_queuecard_body(following, log.reviewed_at)],
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
    assert response.json() == invalid({"deck": [f"You have no deck with id {foreign_card.deck_id}."]})
    assert db_rows() == before


def test_reviews_submit_of_the_last_due_card_answers_when_the_next_one_is_due(learner_client, card, no_fuzz):
    in_state(card, "review", due=timezone.now() - timedelta(days=1))
    response = learner_client.post("/api/v1/reviews", {"card": card.pk, "rating": 3}, content_type="application/json")
    queue = response.json()["queue"]
    assert (queue["learning"], queue["review"], queue["new"], queue["cards"]) == (0, 0, 0, [])
    assert queue["next_due"] == iso(Card.objects.get(pk=card.pk).due)


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
    assert response.json() == invalid({"rating": [message]})
    assert db_rows() == before


def test_reviews_submit_refuses_a_suspended_card(learner_client, deck, db_rows):
    card = CardFactory(deck=deck, suspended=True)
    before = db_rows()
    response = learner_client.post("/api/v1/reviews", {"card": card.pk, "rating": 3}, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == invalid({}, "This card is suspended. Unsuspend it to review it.")
    assert db_rows() == before


def test_reviews_submit_refuses_another_learners_card(learner_client, foreign_card, db_rows):
    before = db_rows()
    response = learner_client.post(
        "/api/v1/reviews", {"card": foreign_card.pk, "rating": 3}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == invalid({"card": [f"You have no card with id {foreign_card.pk}."]})
    assert db_rows() == before


def _submit(client, card, rating=4, **extra) -> dict:
    body = {"card": card.pk, "rating": rating, **extra}
    response = client.post("/api/v1/reviews", body, content_type="application/json")
    assert response.status_code == 201
    return response.json()


def test_reviews_undo_restores_the_card(learner_client, learner, card):
    original = card_body(card)
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
    assert responses[1].json() == responses[0].json() == card_body(card)
    assert list(ReviewLog.objects.values_list("pk", flat=True)) == [first["id"]]


def test_reviews_undo_refuses_a_grade_that_is_not_the_latest(learner_client, deck, card, db_rows):
    first = _submit(learner_client, card)
    _submit(learner_client, CardFactory(deck=deck, front="el gato"))
    before = db_rows()
    response = learner_client.post(f"/api/v1/reviews/{first['id']}/undo")
    assert (response.status_code, response.json()) == (400, invalid({}, "Only your latest grade can be taken back."))
    assert db_rows() == before


def test_reviews_undo_of_another_learners_grade_or_an_unknown_id_answers_404(learner_client, foreign_card, db_rows):
    log = services.review_grade(card_id=foreign_card.pk, user=foreign_card.deck.owner, rating=3, duration_ms=0)
    before = db_rows()
    for review_id in (log.pk, log.pk + 1000):
        response = learner_client.post(f"/api/v1/reviews/{review_id}/undo")
        assert response.status_code == 404
        assert response.json() == {
            "error": {"code": "not_found", "message": "You have no grade with this id.", "fields": {}}
        }
    assert db_rows() == before
