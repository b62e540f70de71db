"""Grading a card and fetching the next one costs as many queries with 200 cards as with 5, through the API
and through the review page (bench/reviews.py measures the time at 100,000 cards)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import LearnerStats
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
    """Queries of two grade + next cycles through the API, after one cycle that is not counted."""
    counts = []
    card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    for cycle in range(3):
        body = {"card": card_id, "rating": 3, "duration_ms": 4000, "client_review_id": f"review-{cycle}"}
        grade, response = _counted(client.post, "/api/v1/reviews", body, content_type="application/json")
        assert response.status_code == 201
        after, response = _counted(client.get, "/api/v1/review-queue", {"limit": 1})
        card_id = response.json()["cards"][0]["id"]
        counts += [grade, after] if cycle else []
    return counts


def _page_counts(client: Client) -> list[int]:
    """Queries of two grade + next cycles through the review page, after one cycle that is not counted."""
    counts = []
    card_id = client.get("/review/").context["card"].pk
    for cycle in range(3):
        grade, response = _counted(client.post, f"/review/cards/{card_id}/grade/", {"rating": 3, "started": 1})
        assert response.status_code == 302
        after, response = _counted(client.get, response["Location"])
        card_id = response.context["card"].pk
        counts += [grade, after] if cycle else []
    return counts


def test_grade_and_next_through_the_api_cost_the_same_queries_at_5_and_200_cards():
    assert _api_counts(_learner_with(5)) == _api_counts(_learner_with(200))


def test_grade_and_next_through_the_review_page_cost_the_same_queries_at_5_and_200_cards():
    assert _page_counts(_learner_with(5)) == _page_counts(_learner_with(200))


def test_grade_through_the_api_with_its_xp_then_the_next_card_cost_at_most_25_and_14_queries(
    django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """With the review_graded receiver run (the counts above leave it out: the test's transaction never
    commits). Before the gamification ledger read and locked each row once, the grade took 35."""
    client = _learner_with(20)
    card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    for cycle in range(2):  # the first cycle creates the learner's daily rows
        body = {"card": card_id, "rating": 3, "duration_ms": 4000, "client_review_id": f"review-{cycle}"}
        # 7 for the session, the user and allauth's activity tracking; the card as the API checks it; 6 for the
        # grade (savepoint, the card locked with the learner's retention, the replay check, the card, the log,
        # release); 11 to pay it (see learning's test_paying_a_grade_costs_at_most_11_queries)
        with django_assert_max_num_queries(25 if cycle else 60), django_capture_on_commit_callbacks(execute=True):
            response = client.post("/api/v1/reviews", body, content_type="application/json")
        assert response.status_code == 201
        # 7 as above, the time zone, the decks, today's logs, the due counts, the first new cards (one query per
        # deck where LIMIT inside UNION is not supported: SQLite), the card, the retention
        new_cards = 1 if connection.features.supports_slicing_ordering_in_compound else 2
        with django_assert_max_num_queries(13 + new_cards):
            card_id = client.get("/api/v1/review-queue", {"limit": 1}).json()["cards"][0]["id"]
    assert ReviewLog.objects.count() == 2
    assert LearnerStats.objects.get(user=ReviewLog.objects.first().user).xp_total == 6
