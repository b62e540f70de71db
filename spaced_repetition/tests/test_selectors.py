"""The due queue (order, daily limits, the learner's day, query count), review summaries and stats."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spaced_repetition import selectors, services
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def _queue(deck_or_user, limit=50, now=NOW, time_zone="UTC", **kwargs):
    user = getattr(deck_or_user, "owner", deck_or_user)
    return selectors.due_queue(user=user, now=now, time_zone=time_zone, limit=limit, **kwargs)


def _fronts(queue) -> list[str]:
    return [card.front for card in queue.cards]


def _new(deck, front, created):
    return CardFactory(deck=deck, front=front, due=created)


def _log(card, state, at):
    """A grade given at `at` to a card that was in `state` (for the daily limits)."""
    services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=0, now=at)
    card.logs.update(state=state)


def test_due_queue_shows_learning_then_reviews_then_new_cards():
    deck = DeckFactory()
    _new(deck, "new 2", NOW - 2 * MINUTE)
    _new(deck, "new 1", NOW - 3 * MINUTE)
    in_state(CardFactory(deck=deck, front="review late"), "review", due=NOW - MINUTE)
    in_state(CardFactory(deck=deck, front="review early"), "review", due=NOW - timedelta(days=2))
    in_state(CardFactory(deck=deck, front="relearning"), "relearning", due=NOW - 5 * MINUTE)
    in_state(CardFactory(deck=deck, front="learning"), "learning", due=NOW - 10 * MINUTE)
    in_state(CardFactory(deck=deck, front="review tomorrow"), "review", due=NOW + timedelta(days=1))
    in_state(CardFactory(deck=deck, front="learning in an hour"), "learning", due=NOW + timedelta(hours=1))
    queue = _queue(deck)
    assert _fronts(queue) == ["learning", "relearning", "review early", "review late", "new 1", "new 2"]
    assert (queue.learning, queue.review, queue.new, queue.total) == (2, 2, 2, 6)
    assert _fronts(_queue(deck, limit=3)) == ["learning", "relearning", "review early"]
    assert queue.next_card.front == "learning"


def test_due_queue_leaves_out_suspended_and_buried_cards_until_the_burial_ends():
    deck = DeckFactory()
    CardFactory(deck=deck, front="suspended", suspended=True)
    in_state(CardFactory(deck=deck, front="buried", buried_until=NOW + MINUTE), "review", due=NOW - MINUTE)
    CardFactory(deck=deck, front="unburied", buried_until=NOW, due=NOW - MINUTE)
    assert _fronts(_queue(deck)) == ["unburied"]
    assert _fronts(_queue(deck, now=NOW + MINUTE)) == ["buried", "unburied"]


def test_due_queue_introduces_new_cards_within_the_daily_limit_counting_todays_logs():
    deck = DeckFactory(new_per_day=3)
    for n in range(5):
        _new(deck, f"new {n}", NOW - timedelta(hours=5, minutes=n))
    seen_today = _new(deck, "seen today", NOW - timedelta(days=2))
    seen_yesterday = _new(deck, "seen yesterday", NOW - timedelta(days=2))
    _log(seen_today, "new", NOW - timedelta(hours=2))
    _log(seen_yesterday, "new", datetime(2024, 6, 2, 23, 59, tzinfo=UTC))
    queue = _queue(deck)
    assert _fronts(queue)[-2:] == ["new 4", "new 3"]
    assert queue.new == 2


def test_due_queue_counts_today_in_the_learners_time_zone():
    deck = DeckFactory(new_per_day=1)
    _new(deck, "waiting", NOW - timedelta(days=1))
    card = _new(deck, "seen", NOW - timedelta(days=1))
    _log(card, "new", datetime(2024, 6, 2, 23, 0, tzinfo=UTC))  # 2 June in UTC, already 3 June in Tokyo
    Card.objects.filter(pk=card.pk).update(suspended=True)
    assert _fronts(_queue(deck, time_zone="UTC")) == ["waiting"]
    assert _fronts(_queue(deck, time_zone="Asia/Tokyo")) == []


def test_todays_grades_count_against_the_deck_they_were_given_in_when_the_card_moves():
    graded_in = DeckFactory(new_per_day=1)
    moved_to = DeckFactory(owner=graded_in.owner, new_per_day=1)
    _new(graded_in, "waiting in the first deck", NOW - timedelta(days=1))
    _new(moved_to, "waiting in the second deck", NOW - timedelta(days=1))
    card = _new(graded_in, "seen", NOW - timedelta(days=1))
    _log(card, "new", NOW - timedelta(hours=1))
    Card.objects.filter(pk=card.pk).update(deck=moved_to, suspended=True)
    assert list(card.logs.values_list("deck_id", flat=True)) == [graded_in.pk]
    assert _fronts(_queue(graded_in.owner)) == ["waiting in the second deck"]


def test_due_queue_keeps_due_reviews_within_the_daily_review_limit():
    deck = DeckFactory(reviews_per_day=3)
    for n in range(5):
        in_state(CardFactory(deck=deck, front=f"review {n}"), "review", due=NOW - timedelta(hours=n + 1))
    done = in_state(CardFactory(deck=deck, front="done"), "review", due=NOW - timedelta(days=9))
    _log(done, "review", NOW - timedelta(hours=1))
    learning = in_state(CardFactory(deck=deck, front="lapsed"), "review", due=NOW - timedelta(days=9))
    _log(learning, "learning", NOW - timedelta(hours=1))  # learning steps do not count against the limit
    queue = _queue(deck)
    assert (queue.review, queue.new) == (2, 0)
    assert [front for front in _fronts(queue) if front.startswith("review")] == ["review 4", "review 3"]


def test_due_queue_applies_each_decks_limits_and_keeps_due_order_across_decks():
    french = DeckFactory(reviews_per_day=1, name="French", language="fr")
    spanish = DeckFactory(owner=french.owner, reviews_per_day=3, name="Spanish")
    for n in range(4):  # the French reviews are the most overdue
        in_state(CardFactory(deck=french, front=f"fr {n}"), "review", due=NOW - timedelta(days=10 - n))
        in_state(CardFactory(deck=spanish, front=f"es {n}"), "review", due=NOW - timedelta(days=5 - n))
    queue = _queue(french.owner)
    assert _fronts(queue) == ["fr 0", "es 0", "es 1", "es 2"]
    assert queue.review == 4
    only_spanish = _queue(spanish.owner, deck=spanish)
    assert (_fronts(only_spanish), only_spanish.review) == (["es 0", "es 1", "es 2"], 3)


def test_due_queue_shows_learning_cards_due_within_20_minutes_when_nothing_else_is_left():
    deck = DeckFactory()
    in_state(CardFactory(deck=deck, front="soon"), "learning", due=NOW + 15 * MINUTE)
    in_state(CardFactory(deck=deck, front="later"), "learning", due=NOW + 25 * MINUTE)
    queue = _queue(deck)
    assert (_fronts(queue), queue.learning, queue.next_due) == (["soon"], 1, None)
    in_state(Card.objects.get(front="soon"), "learning", due=NOW + 21 * MINUTE)
    queue = _queue(deck)
    assert (_fronts(queue), queue.total, queue.next_due) == ([], 0, NOW + 21 * MINUTE)


def test_due_queue_shows_only_the_learners_own_cards():
    mine = DeckFactory()
    CardFactory(deck=mine, front="mine", due=NOW - MINUTE)
    theirs = DeckFactory()
    CardFactory(deck=theirs, front="theirs", due=NOW - MINUTE)
    in_state(CardFactory(deck=theirs, front="their review"), "review", due=NOW - MINUTE)
    assert _fronts(_queue(mine.owner)) == ["mine"]
    assert _queue(DeckFactory().owner).cards == []


def test_due_queue_query_count_does_not_grow_with_the_collection():
    def queries(size: int) -> int:
        deck = DeckFactory(new_per_day=5, reviews_per_day=5)
        other = DeckFactory(owner=deck.owner, new_per_day=5, reviews_per_day=5)
        for n in range(size):
            for target in (deck, other):
                in_state(CardFactory(deck=target), "review", due=NOW - timedelta(hours=n + 1))
                in_state(CardFactory(deck=target), "review", due=NOW + timedelta(days=n + 1))
                in_state(CardFactory(deck=target), "learning", due=NOW - timedelta(minutes=n + 1))
                CardFactory(deck=target, due=NOW - timedelta(days=1, minutes=n))
                _log(CardFactory(deck=target), "review", NOW - timedelta(days=2, minutes=n))
        with CaptureQueriesContext(connection) as context:
            queue = _queue(deck.owner, limit=200)
        assert (queue.learning, queue.review, queue.new) == (4 * size, 2 * min(size, 5), 2 * min(size, 5))
        assert len(queue.cards) == queue.total
        return len(context.captured_queries)

    # the decks with today's grades and their counts, then the cards shown (learning, reviews and new cards of
    # both decks)
    assert queries(3) == queries(30) == 2


# --- summaries and stats


def test_review_summary_counts_grades_cards_and_time_since_a_moment():
    card, other = CardFactory(), CardFactory()
    user = card.deck.owner
    other.deck = card.deck
    other.save()
    for rating, minutes in ((1, 0), (3, 1), (3, 12)):
        services.review_grade(
            card_id=card.pk, user=user, rating=rating, duration_ms=30_000, now=NOW + timedelta(minutes=minutes)
        )
    services.review_grade(card_id=other.pk, user=user, rating=4, duration_ms=70_000, now=NOW + timedelta(minutes=2))
    services.review_grade(card_id=other.pk, user=user, rating=2, duration_ms=1, now=NOW - timedelta(days=1))
    summary = selectors.review_summary(user=user, since=NOW)
    assert (summary.reviews, summary.cards, summary.duration_ms) == (4, 2, 150_000)
    assert summary.by_rating == {"Again": 1, "Hard": 0, "Good": 2, "Easy": 1}
    assert selectors.review_summary(user=DeckFactory().owner, since=NOW).reviews == 0


def test_review_stats_counts_cards_by_state_due_today_and_todays_reviews():
    deck = DeckFactory()
    CardFactory.create_batch(2, deck=deck)
    CardFactory(deck=deck, suspended=True)
    in_state(CardFactory(deck=deck), "review", due=NOW + timedelta(hours=10))  # before midnight UTC
    in_state(CardFactory(deck=deck), "review", due=NOW + timedelta(hours=15))  # tomorrow
    in_state(CardFactory(deck=deck, suspended=True), "review", due=NOW)
    in_state(CardFactory(deck=deck), "relearning", due=NOW)
    _log(CardFactory(deck=deck), "new", NOW - timedelta(hours=1))
    stats = selectors.review_stats(user=deck.owner, now=NOW, time_zone="UTC")
    assert stats.cards_by_state == {"new": 3, "learning": 1, "review": 3, "relearning": 1}
    assert (stats.suspended, stats.due_today, stats.today.reviews) == (2, 3, 1)
    # in New York the day ends at 04:00 UTC tomorrow: the card due at 00:30 UTC is due today there
    assert selectors.review_stats(user=deck.owner, now=NOW, time_zone="America/New_York").due_today == 4


def test_day_bounds_are_local_midnights_in_utc():
    assert selectors.day_bounds(datetime(2024, 10, 27, 12, 0, tzinfo=UTC), "Europe/Berlin") == (
        datetime(2024, 10, 26, 22, 0, tzinfo=UTC),  # CEST midnight
        datetime(2024, 10, 27, 23, 0, tzinfo=UTC),  # CET midnight: a 25-hour day
    )


def test_learner_time_zone_reads_the_profile_and_falls_back_to_utc(learner):
    learner.profile.time_zone = "Asia/Tokyo"
    learner.profile.save()
    assert selectors.learner_time_zone(learner) == "Asia/Tokyo"
    assert selectors.learner_time_zone(DeckFactory().owner) == "UTC"
