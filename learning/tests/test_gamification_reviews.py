"""Reviews move XP through spaced_repetition's signals: recorded once, undone by a reversal."""

from datetime import UTC, datetime, timedelta

import pytest

from learning.gamification import selectors, services
from learning.models import AchievementUnlock, DailyActivity, LearnerStats, LearningSession, Profile, XpEvent
from learning.tests.factories import LearnerFactory
from spaced_repetition import services as review_services
from spaced_repetition import signals
from spaced_repetition.models import Card, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_inline")]

T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def card(learner):
    return CardFactory(deck=DeckFactory(owner=learner, language="es"))


def _grade(capture, card, rating=3, *, at=T0, duration_ms=4000):
    with capture(execute=True):
        return review_services.review_grade(
            card_id=card.pk, user=card.deck.owner, rating=rating, duration_ms=duration_ms, now=at
        )


def _undo(capture, log, *, at=T0 + timedelta(hours=1)):
    with capture(execute=True):
        return review_services.review_undo(user=log.user, review_log_id=log.pk, now=at)


def _ledger(user):
    return list(XpEvent.objects.filter(user=user).order_by("pk").values_list("key", "kind", "xp"))


def _totals(user):
    stats = LearnerStats.objects.get(user=user)
    return stats.xp_total, stats.reviews


def test_grading_a_card_pays_3_xp_for_a_correct_answer(django_capture_on_commit_callbacks, learner, card):
    log = _grade(django_capture_on_commit_callbacks, card, rating=3)
    assert _ledger(learner) == [(f"review:{log.pk}", "review", 3)]
    assert _totals(learner) == (3, 1)
    assert list(DailyActivity.objects.filter(user=learner).values_list("date", "xp", "activity_xp")) == [
        (T0.date(), 3, 3)
    ]


def test_grading_again_pays_2_xp(django_capture_on_commit_callbacks, learner, card):
    log = _grade(django_capture_on_commit_callbacks, card, rating=1)
    assert _ledger(learner) == [(f"review:{log.pk}", "review", 2)]


def test_replayed_review_graded_signal_pays_once(django_capture_on_commit_callbacks, learner, card):
    log = _grade(django_capture_on_commit_callbacks, card, rating=4)
    signals.review_graded.send(sender=ReviewLog, review_log=log)
    signals.review_graded.send(
        sender=ReviewLog, review_log=ReviewLog.objects.select_related("card__deck").get(pk=log.pk)
    )
    assert _ledger(learner) == [(f"review:{log.pk}", "review", 3)]
    assert _totals(learner) == (3, 1)
    assert list(LearningSession.objects.filter(user=learner).values_list("items", "correct", "xp")) == [(1, 1, 3)]


def test_review_record_called_twice_returns_none_the_second_time(django_capture_on_commit_callbacks, card):
    with django_capture_on_commit_callbacks(execute=False):  # the signal is not sent: record by hand
        log = review_services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=1000, now=T0)
    first = services.review_record(review_log=log)
    assert (first.key, first.xp) == (f"review:{log.pk}", 3)
    assert services.review_record(review_log=log) is None
    assert XpEvent.objects.count() == 1


def test_a_replayed_client_review_id_pays_nothing_more(django_capture_on_commit_callbacks, learner, card):
    with django_capture_on_commit_callbacks(execute=True):
        log = review_services.review_grade(
            card_id=card.pk, user=learner, rating=3, duration_ms=1000, client_review_id="a1", now=T0
        )
    with django_capture_on_commit_callbacks(execute=True):
        again = review_services.review_grade(
            card_id=card.pk, user=learner, rating=3, duration_ms=1000, client_review_id="a1", now=T0
        )
    assert again.pk == log.pk
    assert _totals(learner) == (3, 1)


def test_undo_appends_a_reversal_and_takes_the_xp_back(django_capture_on_commit_callbacks, learner, card):
    first = _grade(django_capture_on_commit_callbacks, card, rating=3, at=T0)
    second = _grade(
        django_capture_on_commit_callbacks, CardFactory(deck=card.deck), rating=1, at=T0 + timedelta(minutes=1)
    )
    _undo(django_capture_on_commit_callbacks, second)
    assert _ledger(learner) == [
        (f"review:{first.pk}", "review", 3),
        (f"review:{second.pk}", "review", 2),
        (f"review:{second.pk}:undo", "reversal", -2),
    ]
    assert _totals(learner) == (3, 1)
    assert list(DailyActivity.objects.filter(user=learner).values_list("xp", "activity_xp")) == [(3, 3)]
    assert list(LearningSession.objects.filter(user=learner).values_list("items", "correct", "xp")) == [(1, 1, 3)]


def test_undo_replayed_takes_back_once_and_a_lone_review_leaves_no_session(
    django_capture_on_commit_callbacks, learner, card
):
    log = _grade(django_capture_on_commit_callbacks, card, rating=3)
    _undo(django_capture_on_commit_callbacks, log)
    signals.review_undone.send(
        sender=ReviewLog, user=learner, card=card, review_log_id=log.pk, rating=3, reviewed_at=T0
    )
    assert _ledger(learner) == [(f"review:{log.pk}", "review", 3), (f"review:{log.pk}:undo", "reversal", -3)]
    assert _totals(learner) == (0, 0)
    assert LearningSession.objects.filter(user=learner).count() == 0


def test_reviews_within_30_minutes_share_a_session(django_capture_on_commit_callbacks, learner, card):
    deck = card.deck
    _grade(django_capture_on_commit_callbacks, card, rating=3, at=T0, duration_ms=6000)
    _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), rating=1, at=T0 + timedelta(minutes=29))
    _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), rating=4, at=T0 + timedelta(minutes=70))
    sessions = LearningSession.objects.filter(user=learner).order_by("started_at")
    assert list(sessions.values_list("kind", "language", "started_at", "ended_at", "items", "correct", "xp")) == [
        ("review", "es", T0 - timedelta(seconds=6), T0 + timedelta(minutes=29), 2, 1, 5),
        ("review", "es", T0 + timedelta(minutes=70, seconds=-4), T0 + timedelta(minutes=70), 1, 1, 3),
    ]
    assert sessions[0].duration == timedelta(minutes=29, seconds=6)


def test_review_xp_goes_to_the_graders_ledger_only(django_capture_on_commit_callbacks, learner, card):
    other = LearnerFactory()
    _grade(django_capture_on_commit_callbacks, card)
    assert XpEvent.objects.filter(user=other).count() == 0
    assert XpEvent.objects.for_user(other).count() == 0


# --- undo and the daily goal


def _goal_learner(goal: int = 10):
    learner = LearnerFactory()
    Profile.objects.filter(user=learner).update(daily_goal_xp=goal)
    return learner, DeckFactory(owner=learner, language="es")


def _goal_state(user):
    day = DailyActivity.objects.get(user=user)
    status = selectors.status(user, now=T0 + timedelta(hours=2))
    return {
        "goal_met": day.goal_met_at is not None,
        "day": (day.xp, day.activity_xp),
        "xp_total": status["xp_total"],
        "streak_days": status["streak_days"],
    }


def test_undo_of_the_grade_that_met_the_goal_takes_back_the_bonus_and_the_streak_day(
    django_capture_on_commit_callbacks,
):
    learner, deck = _goal_learner(goal=10)
    logs = [
        _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), at=T0 + timedelta(minutes=n))
        for n in range(4)
    ]  # 3 XP each: the fourth reaches 12 of 10
    assert _goal_state(learner) == {"goal_met": True, "day": (37, 12), "xp_total": 37, "streak_days": 1}
    _undo(django_capture_on_commit_callbacks, logs[3])
    assert _goal_state(learner) == {"goal_met": False, "day": (9, 9), "xp_total": 9, "streak_days": 0}
    assert _ledger(learner)[4:] == [
        ("goal:2025-03-04", "daily_goal", 25),
        (f"review:{logs[3].pk}:undo", "reversal", -3),
        ("goal:2025-03-04:undo", "reversal", -25),
    ]
    # the signal replayed takes back nothing more
    signals.review_undone.send(
        sender=ReviewLog, user=learner, card=logs[3].card, review_log_id=logs[3].pk, rating=3, reviewed_at=T0
    )
    assert len(_ledger(learner)) == 7
    assert _goal_state(learner)["xp_total"] == 9


def test_goal_met_again_after_an_undo_pays_its_bonus_under_a_new_key(django_capture_on_commit_callbacks):
    learner, deck = _goal_learner(goal=10)
    for n in range(3):
        _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), at=T0 + timedelta(minutes=n))
    fourth = _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), at=T0 + timedelta(minutes=3))
    _undo(django_capture_on_commit_callbacks, fourth)
    again = _grade(django_capture_on_commit_callbacks, fourth.card, rating=3, at=T0 + timedelta(minutes=5))
    assert _goal_state(learner) == {"goal_met": True, "day": (37, 12), "xp_total": 37, "streak_days": 1}
    _undo(django_capture_on_commit_callbacks, again)
    _grade(django_capture_on_commit_callbacks, fourth.card, rating=3, at=T0 + timedelta(minutes=7))
    goal_keys = [key for key, kind, _ in _ledger(learner) if key.startswith("goal:")]
    assert goal_keys == [
        "goal:2025-03-04",
        "goal:2025-03-04:undo",
        "goal:2025-03-04:2",
        "goal:2025-03-04:2:undo",
        "goal:2025-03-04:3",
    ]
    assert _goal_state(learner) == {"goal_met": True, "day": (37, 12), "xp_total": 37, "streak_days": 1}


def test_undo_that_leaves_the_goal_reached_keeps_it_and_its_bonus(django_capture_on_commit_callbacks):
    learner, deck = _goal_learner(goal=10)
    logs = [
        _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), at=T0 + timedelta(minutes=n))
        for n in range(5)
    ]
    _undo(django_capture_on_commit_callbacks, logs[4])
    assert _goal_state(learner) == {"goal_met": True, "day": (37, 12), "xp_total": 37, "streak_days": 1}
    assert [key for key, _, _ in _ledger(learner) if key.startswith("goal:")] == ["goal:2025-03-04"]


def test_grading_then_undoing_everything_leaves_no_xp_no_goal_and_no_streak(django_capture_on_commit_callbacks):
    """The audit's probe: with undo taking the goal back, grading and undoing cannot farm it."""
    learner, deck = _goal_learner(goal=10)
    logs = [
        _grade(django_capture_on_commit_callbacks, CardFactory(deck=deck), at=T0 + timedelta(minutes=n))
        for n in range(4)
    ]
    for log in reversed(logs):
        _undo(django_capture_on_commit_callbacks, log)
    assert ReviewLog.objects.count() == 0
    assert _goal_state(learner) == {"goal_met": False, "day": (0, 0), "xp_total": 0, "streak_days": 0}
    assert LearnerStats.objects.get(user=learner).reviews == 0
    assert sum(xp for _, _, xp in _ledger(learner)) == 0


# --- what a grade costs: a fixed handful of queries, each row read and written once. Before the ledger locked
# the learner once, paying a grade took 20 (the profile read twice, the totals three times, the session and the
# day locked on their own, a savepoint per award), and a graduation past 500 words 9 more (every card in review
# counted, then each reached achievement looked up and inserted again, to fail on its unique key).


def test_paying_a_grade_costs_at_most_11_queries(django_assert_max_num_queries, learner, card):
    deck = card.deck
    _grade_signal_dropped(card, at=T0)
    services.review_record(review_log=ReviewLog.objects.get())  # the learner's first event creates their rows
    log = _grade_signal_dropped(CardFactory(deck=deck), at=T0 + timedelta(minutes=1))
    log = ReviewLog.objects.select_related("card__deck", "user").get(pk=log.pk)  # as the signal sends it
    # savepoint, lock of the totals with the profile, replay check, the day's rows, the session (read, write),
    # the event, the day, the totals, the league; release
    with django_assert_max_num_queries(11):
        event = services.review_record(review_log=log)
    assert (event.key, event.xp) == (f"review:{log.pk}", 3)
    assert _totals(learner) == (6, 2)


def test_a_graduation_past_500_learned_words_costs_two_queries_more(django_assert_max_num_queries, learner, card):
    deck = card.deck
    Card.objects.bulk_create(
        Card(deck=deck, front=f"aprendida {n}", back="learned", state=Card.State.REVIEW, stability=5, difficulty=5)
        for n in range(600)
    )
    AchievementUnlock.objects.bulk_create(
        AchievementUnlock(user=learner, achievement_id=code, unlocked_at=T0) for code in ("words-100", "words-500")
    )
    _grade_signal_dropped(CardFactory(deck=deck), at=T0)
    services.review_record(review_log=ReviewLog.objects.get())
    log = _grade_signal_dropped(card, rating=4, at=T0 + timedelta(minutes=1))  # Easy: a new card goes to review
    log = ReviewLog.objects.select_related("card__deck", "user").get(pk=log.pk)
    assert log.card.state == Card.State.REVIEW
    with django_assert_max_num_queries(13):  # the 11, the words counted up to 500, the unlocks they reach
        services.review_record(review_log=log)
    assert AchievementUnlock.objects.filter(user=learner).count() == 2


def _grade_signal_dropped(card, rating=3, *, at):
    """A stored grade whose review_graded receiver has not run: outside a captured commit, the test's
    transaction never commits, so the signal is not sent."""
    return review_services.review_grade(card_id=card.pk, user=card.deck.owner, rating=rating, duration_ms=1000, now=at)


def test_the_task_pays_nothing_for_a_grade_taken_back_before_it_ran(learner, card):
    """The grade's task re-reads the log under the learner's lock: a grade undone first (its log moved to the
    undo journal) pays nothing, so no reversal is owed. Here the on-commit callbacks never run (the test's
    transaction never commits), as when the worker has not picked the task up yet."""
    from learning import tasks

    log = review_services.review_grade(card_id=card.pk, user=learner, rating=3, duration_ms=4000, now=T0)
    review_services.review_undo(user=learner, review_log_id=log.pk, now=T0 + timedelta(minutes=1))
    assert tasks.review_graded_record(log.pk) is None
    assert _ledger(learner) == []
    assert not LearnerStats.objects.filter(user=learner, xp_total__gt=0).exists()


def test_the_task_pays_a_committed_grade_once(learner, card):
    from learning import tasks

    log = review_services.review_grade(card_id=card.pk, user=learner, rating=4, duration_ms=4000, now=T0)
    event_id = tasks.review_graded_record(log.pk)
    assert event_id == XpEvent.objects.get(key=f"review:{log.pk}").pk
    assert tasks.review_graded_record(log.pk) is None
    assert _ledger(learner) == [(f"review:{log.pk}", "review", 3)]
    assert _totals(learner) == (3, 1)
