"""A grade's XP is paid by a real Celery worker after the grade is committed, off the request: the API answers
with the next card before the learner's totals move, and the worker then pays exactly once."""

import time

import pytest
from django.test import Client

from learning.models import LearnerStats, XpEvent
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _eventually(read, expected, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while (value := read()) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return value


def test_the_worker_pays_a_graded_review_once(celery_worker):
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner, language="es")
    cards = [CardFactory(deck=deck, front=f"palabra {n}") for n in range(2)]
    client = Client()
    client.force_login(learner)
    body = {"card": cards[0].pk, "rating": 3, "client_review_id": "grade-1"}
    response = client.post("/api/v1/reviews", body, content_type="application/json")
    assert response.status_code == 201
    log = ReviewLog.objects.get()

    def paid():
        return list(XpEvent.objects.filter(user=learner).values_list("key", "kind", "xp"))

    assert _eventually(paid, [(f"review:{log.pk}", XpEvent.Kind.REVIEW, 3)]) == [
        (f"review:{log.pk}", XpEvent.Kind.REVIEW, 3)
    ]
    # the replayed submit records nothing more, so nothing more is queued or paid
    assert client.post("/api/v1/reviews", body, content_type="application/json").status_code == 201
    stats = LearnerStats.objects.get(user=learner)
    assert (stats.xp_total, stats.reviews) == (3, 1)
