"""Grading a card and fetching the next one costs as many queries with 200 cards as with 5, through the API
and through the review page (bench/reviews.py measures the time at 100,000 cards)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.tests.factories import LearnerFactory
from spaced_repetition.models import ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db


def _learner_with(size: int) -> Client:
    """A signed-in learner whose `size` cards, in two decks, are a quarter each learning and due, in review
    and due, in review and due later, and new; the first four are learning and due, so that every card
    graded below comes from the same part of the queue at either size."""
    learner = LearnerFactory()
    decks = [DeckFactory(owner=learner), DeckFactory(owner=learner)]
    now = timezone.now()
    for n in range(size):
        card = CardFactory(deck=decks[n % 2])
        if n % 4 == 0 or n < 4:
            in_state(card, "learning", due=now - timedelta(minutes=n + 1))
        elif n % 4 == 1:
            in_state(card, "review", due=now - timedelta(hours=n + 1))
        elif n % 4 == 2:
            in_state(card, "review", due=now + timedelta(days=n + 1))
    client = Client()
    client.force_login(learner)
    return client


def _counted(request, *args, **kwargs) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = request(*args, **kwargs)
    return len(queries), response


def _api_counts(client: Client) -> list[int]:
    """Queries of two grades through the API, each answered with the next card, after one that is not counted."""
    counts = []
    card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    for cycle in range(3):
        body = {"card": card_id, "rating": 3, "duration_ms": 4000, "client_review_id": f"review-{cycle}"}
        queries, response = _counted(client.post, "/api/v1/reviews", body, content_type="application/json")
        assert response.status_code == 201
        card_id = response.json()["queue"]["cards"][0]["id"]
        counts += [queries] if cycle else []
    return counts


def _page_counts(client: Client) -> list[int]:
    """Queries of two grades through the review page as review.js posts them (the next card in the same
    answer), after one that is not counted."""
    counts = []
    card_id = client.get("/review/").context["card"].pk
    for cycle in range(3):
        url = f"/review/cards/{card_id}/grade/"
        queries, response = _counted(client.post, url, {"rating": 3, "started": 1}, headers={"HX-Request": "true"})
        assert response.status_code == 200
        card_id = response.context["card"].pk
        counts += [queries] if cycle else []
    return counts


def test_grade_and_next_through_the_api_cost_the_same_queries_at_5_and_200_cards():
    assert _api_counts(_learner_with(5)) == _api_counts(_learner_with(200))


def test_grade_and_next_through_the_review_page_cost_the_same_queries_at_5_and_200_cards():
    assert _page_counts(_learner_with(5)) == _page_counts(_learner_with(200))


def test_grade_with_the_next_card_through_the_api_costs_10_queries_on_postgresql(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    """The grade's XP is paid by a task (learning's test_paying_a_grade_costs_at_most_11_queries counts it), so
    the request itself pays only for the grade and the next card."""
    client = _learner_with(20)
    card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    # the first grade of the day starts the session's activity record
    client.post("/api/v1/reviews", {"card": card_id, "rating": 3}, content_type="application/json")
    card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    body = {"card": card_id, "rating": 3, "duration_ms": 4000, "client_review_id": "review-1"}
    # 2 for the session and the user with their profile (the time zone); 5 for the grade (savepoint, the card
    # locked with the learner's retention and the replay check, which also checks it is the learner's, the card,
    # the log, release); then the decks with today's grades and their due counts, and the next card (learning);
    # the sync app's change feed records the card and the log together (one statement on PostgreSQL: the
    # counter's increment and the upsert; two on SQLite)
    feed = 1 if connection.vendor == "postgresql" else 2
    with django_assert_num_queries(9 + feed), django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/v1/reviews", body, content_type="application/json")
    assert response.status_code == 201
    assert response.json()["queue"]["cards"][0]["id"] != card_id
    assert ReviewLog.objects.count() == 2
