"""Grades of one learner paid at the same moment, each in its own thread, connection and transaction: the ledger
locks the learner's totals once per award (PostgreSQL: the row; SQLite: IMMEDIATE transactions), so every total
comes out exact and the daily goal pays its bonus once."""

import threading

import pytest
from django.db import connection

from learning.models import DailyActivity, LearnerStats, LearningSession, Profile, XpEvent
from learning.tests.factories import LearnerFactory
from spaced_repetition import services as review_services
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("tasks_inline")]

GRADES = 8


def test_concurrent_grades_of_one_learner_pay_every_total_exactly_once():
    learner = LearnerFactory()
    Profile.objects.filter(user=learner).update(daily_goal_xp=20)
    deck = DeckFactory(owner=learner)
    cards = [CardFactory(deck=deck) for _ in range(GRADES)]
    start = threading.Barrier(GRADES, timeout=60)
    errors = []

    def grade(card) -> None:
        try:
            start.wait()
            # committed, so the review_graded receiver runs in this thread right after
            review_services.review_grade(card_id=card.pk, user=learner, rating=3, duration_ms=2000)
        except Exception as error:  # reported by the assertions, not swallowed
            errors.append(error)
            start.abort()
        finally:
            connection.close()

    connection.close()
    threads = [threading.Thread(target=grade, args=(card,)) for card in cards]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    stats = LearnerStats.objects.get(user=learner)
    assert (stats.reviews, stats.xp_total) == (GRADES, GRADES * 3 + 25)
    assert list(DailyActivity.objects.filter(user=learner).values_list("xp", "activity_xp")) == [
        (GRADES * 3 + 25, GRADES * 3)
    ]
    assert XpEvent.objects.filter(user=learner, kind="daily_goal").count() == 1
    assert XpEvent.objects.filter(user=learner, kind="review").count() == GRADES
    assert list(LearningSession.objects.filter(user=learner).values_list("items", "correct", "xp")) == [
        (GRADES, GRADES, GRADES * 3)
    ]
