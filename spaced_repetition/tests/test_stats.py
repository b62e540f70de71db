"""The progress page's review figures: reviews per local day, the due forecast and mature retention, counted
exactly from known logs and cards, never from another learner's."""

from datetime import UTC, date, datetime, timedelta

import pytest

from spaced_repetition import stats
from spaced_repetition.models import ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db

# 10 March 2025, 15:00 in New York (UTC-4 since DST began on 9 March)
NOW = datetime(2025, 3, 10, 19, 0, tzinfo=UTC)
NEW_YORK = "America/New_York"


def review_log(card, *, at: datetime, rating: int = 3, interval_days: float | None = None) -> ReviewLog:
    """A stored grade of `card` at `at`, given at an interval of `interval_days` (None: the card was new)."""
    if interval_days is None:
        before = {"state": "new", "step": None, "stability": None, "difficulty": None, "due": at.isoformat()}
        before["last_review"] = None
    else:
        last = at - timedelta(days=interval_days + 2)
        due = last + timedelta(days=interval_days)
        before = {"state": "review", "step": None, "stability": 30.0, "difficulty": 5.0}
        before |= {"due": due.isoformat(), "last_review": last.isoformat()}
    return ReviewLog.objects.create(
        card=card,
        user=card.deck.owner,
        rating=rating,
        state=before["state"],
        reviewed_at=at,
        duration_ms=4000,
        state_before=before,
    )


def test_review_log_interval_days_is_the_snapshots_due_minus_its_last_review():
    card = CardFactory()
    seen = review_log(card, at=NOW, interval_days=20.5)
    new = review_log(card, at=NOW)

    intervals = dict(ReviewLog.objects.values_list("pk", "interval_days"))

    assert intervals[seen.pk] == pytest.approx(20.5, abs=1e-9)
    assert intervals[new.pk] is None


def test_reviews_by_day_counts_grades_per_local_date_with_again_apart():
    card = CardFactory()
    # 03:30 UTC on 10 March is 23:30 on 9 March in New York
    review_log(card, at=datetime(2025, 3, 10, 3, 30, tzinfo=UTC), rating=1)
    review_log(card, at=datetime(2025, 3, 10, 4, 30, tzinfo=UTC), rating=3)  # 00:30 on 10 March
    review_log(card, at=datetime(2025, 3, 10, 18, 59, tzinfo=UTC), rating=4)
    review_log(card, at=datetime(2025, 3, 8, 12, 0, tzinfo=UTC), rating=1)
    review_log(card, at=datetime(2025, 3, 8, 13, 0, tzinfo=UTC), rating=1)
    review_log(card, at=datetime(2025, 3, 7, 12, 0, tzinfo=UTC), rating=3)  # before the 3-day window
    review_log(CardFactory(), at=datetime(2025, 3, 10, 12, 0, tzinfo=UTC), rating=3)  # another learner's

    days = stats.reviews_by_day(user=card.deck.owner, now=NOW, time_zone=NEW_YORK, days=3)

    assert [(d.day, d.reviews, d.again, d.passed, d.mature, d.mature_again) for d in days] == [
        (date(2025, 3, 8), 2, 2, 0, 0, 0),
        (date(2025, 3, 9), 1, 1, 0, 0, 0),
        (date(2025, 3, 10), 2, 0, 2, 0, 0),
    ]


def test_due_forecast_puts_overdue_cards_today_and_leaves_out_new_and_suspended():
    deck = DeckFactory()
    in_state(CardFactory(deck=deck), "review", due=datetime(2025, 2, 1, 12, 0, tzinfo=UTC))  # overdue
    in_state(CardFactory(deck=deck), "learning", due=datetime(2025, 3, 10, 19, 10, tzinfo=UTC))
    in_state(CardFactory(deck=deck), "relearning", due=datetime(2025, 3, 11, 3, 59, tzinfo=UTC))  # 23:59 local
    in_state(CardFactory(deck=deck), "review", due=datetime(2025, 3, 11, 4, 0, tzinfo=UTC))  # 00:00 on 11th
    in_state(CardFactory(deck=deck), "review", due=datetime(2025, 3, 12, 20, 0, tzinfo=UTC))
    in_state(CardFactory(deck=deck), "review", due=datetime(2025, 3, 13, 4, 0, tzinfo=UTC))  # past 3 days
    suspended = in_state(CardFactory(deck=deck), "review", due=datetime(2025, 3, 10, 12, 0, tzinfo=UTC))
    suspended.suspended = True
    suspended.save()
    CardFactory(deck=deck)  # new: not scheduled yet
    in_state(CardFactory(), "review", due=datetime(2025, 3, 10, 12, 0, tzinfo=UTC))  # another learner's

    forecast = stats.due_forecast(user=deck.owner, now=NOW, time_zone=NEW_YORK, days=3)

    assert forecast == [(date(2025, 3, 10), 3), (date(2025, 3, 11), 1), (date(2025, 3, 12), 1)]


def test_mature_retention_counts_grades_at_21_days_or_more_in_the_window():
    card = CardFactory()
    review_log(card, at=NOW - timedelta(days=1), rating=3, interval_days=21)
    review_log(card, at=NOW - timedelta(days=2), rating=2, interval_days=90)
    review_log(card, at=NOW - timedelta(days=2, hours=1), rating=1, interval_days=40)
    review_log(card, at=NOW - timedelta(days=4), rating=1, interval_days=20.9)  # young
    review_log(card, at=NOW - timedelta(days=5), rating=3)  # new card
    review_log(card, at=NOW - timedelta(days=31), rating=3, interval_days=60)  # before the window
    review_log(CardFactory(), at=NOW - timedelta(days=1), rating=1, interval_days=60)  # another learner's

    days = stats.reviews_by_day(user=card.deck.owner, now=NOW, time_zone=NEW_YORK, days=30)
    retention = stats.mature_retention(days)

    assert [(d.day, d.reviews, d.mature, d.mature_again) for d in days if d.reviews] == [
        (date(2025, 3, 5), 1, 0, 0),
        (date(2025, 3, 6), 1, 0, 0),
        (date(2025, 3, 8), 2, 2, 1),
        (date(2025, 3, 9), 1, 1, 0),
    ]
    assert (retention.reviews, retention.passed, retention.days) == (3, 2, 30)
    assert retention.rate == pytest.approx(2 / 3)


def test_mature_retention_of_a_new_learner_has_no_rate():
    days = stats.reviews_by_day(user=DeckFactory().owner, now=NOW, time_zone=NEW_YORK)
    retention = stats.mature_retention(days)

    assert (retention.reviews, retention.passed, retention.days, retention.rate) == (0, 0, 30, None)


def test_card_counts_counts_every_state_and_the_suspended_cards():
    deck = DeckFactory()
    CardFactory(deck=deck)
    CardFactory(deck=deck)
    in_state(CardFactory(deck=deck), "learning", due=NOW)
    in_state(CardFactory(deck=deck), "review", due=NOW)
    suspended = in_state(CardFactory(deck=deck), "review", due=NOW)
    suspended.suspended = True
    suspended.save()
    CardFactory(deck=DeckFactory(owner=deck.owner))  # a second deck of the same learner
    CardFactory()  # another learner's

    counts = stats.card_counts(user=deck.owner)

    assert counts.by_state == {"new": 3, "learning": 1, "review": 2, "relearning": 0}
    assert (counts.suspended, counts.total) == (1, 6)


def test_a_log_saved_with_only_its_cards_id_is_given_the_deck_the_card_is_in():
    card = CardFactory()
    log = ReviewLog.objects.create(
        card_id=card.pk, user=card.deck.owner, rating=3, state="new", reviewed_at=NOW, duration_ms=1, state_before={}
    )
    assert ReviewLog.objects.values_list("deck_id", flat=True).get(pk=log.pk) == card.deck_id
