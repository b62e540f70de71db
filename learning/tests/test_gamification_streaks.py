"""Daily goal, streak, freezes and multipliers, in the learner's own time zone (DST included)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from learning.gamification import rules, selectors, services
from learning.models import AchievementUnlock, DailyActivity, Profile, XpEvent
from learning.tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db

NOON = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)  # day 0 of the tests without time zone games


def _learner(time_zone="UTC", goal=20):
    user = LearnerFactory()
    Profile.objects.filter(user=user).update(time_zone=time_zone, daily_goal_xp=goal)
    return user


_items = iter(range(1, 10**6))


def _study(user, at):
    """One content item: 20 XP, enough for the default goal of 20."""
    return services.content_study_record(user=user, item_id=next(_items), language="es", imported=False, at=at)


def _goal_days(user):
    return list(
        DailyActivity.objects.filter(user=user, goal_met_at__isnull=False)
        .order_by("date")
        .values_list("date", flat=True)
    )


def _days(user, *offsets):
    for offset in offsets:
        _study(user, NOON + timedelta(days=offset))


def _unlocked(user):
    return sorted(AchievementUnlock.objects.filter(user=user).values_list("achievement_id", flat=True))


# --- pure rules


def test_streak_walk_extends_covers_one_missed_day_and_breaks_on_two():
    days = [date(2025, 1, d) for d in range(1, 8)]  # 7 days: one freeze earned
    assert rules.streak_walk(days, today=date(2025, 1, 7)) == rules.Streak(
        days=7, freezes=1, frozen=[], last=date(2025, 1, 7), run=7, perfect_run=7
    )
    covered = rules.streak_walk([*days, date(2025, 1, 9)], today=date(2025, 1, 9))
    assert (covered.days, covered.freezes, covered.frozen, covered.perfect_run) == (8, 0, [date(2025, 1, 8)], 1)
    broken = rules.streak_walk([*days, date(2025, 1, 10)], today=date(2025, 1, 10))
    assert (broken.days, broken.freezes, broken.frozen) == (1, 1, [])


def test_streak_walk_without_a_freeze_breaks_on_one_missed_day():
    days = [date(2025, 1, 1), date(2025, 1, 2), date(2025, 1, 4)]
    assert rules.streak_walk(days, today=date(2025, 1, 4)).days == 1


def test_streak_walk_holds_at_most_3_freezes():
    days = [date(2025, 1, 1) + timedelta(days=n) for n in range(28)]
    assert rules.streak_walk(days, today=days[-1]).freezes == 3


def test_streak_is_alive_until_a_missed_day_cannot_be_covered():
    days = [date(2025, 1, d) for d in range(1, 4)]  # 3 days, no freeze
    assert [rules.streak_walk(days, today=date(2025, 1, d)).days for d in (3, 4, 5)] == [3, 3, 0]
    week = [date(2025, 1, d) for d in range(1, 8)]  # 7 days, one freeze
    assert [rules.streak_walk(week, today=date(2025, 1, d)).days for d in (8, 9, 10)] == [7, 7, 0]


@pytest.mark.parametrize(
    ("days", "multiplier"),
    [(0, "1.00"), (6, "1.00"), (7, "1.10"), (29, "1.10"), (30, "1.25"), (99, "1.25"), (100, "1.50")],
)
def test_multiplier_for_streak(days, multiplier):
    assert rules.multiplier_for(days) == Decimal(multiplier)


def test_apply_multiplier_rounds_half_up():
    assert [rules.apply_multiplier(xp, Decimal("1.10")) for xp in (2, 3, 15, 20)] == [2, 3, 17, 22]
    assert [rules.apply_multiplier(xp, Decimal("1.25")) for xp in (2, 3)] == [3, 4]
    assert rules.apply_multiplier(3, Decimal("1.50")) == 5


# --- daily goal


def test_daily_goal_bonus_is_paid_once_per_local_day():
    user = _learner(goal=20)
    _study(user, NOON)
    _study(user, NOON + timedelta(hours=1))
    assert list(XpEvent.objects.filter(user=user).order_by("pk").values_list("kind", "xp")) == [
        ("content_item", 20),
        ("daily_goal", 25),
        ("content_item", 20),
    ]
    assert list(DailyActivity.objects.filter(user=user).values_list("xp", "activity_xp", "goal_xp")) == [(65, 40, 20)]
    status = selectors.status(user, now=NOON + timedelta(hours=2))
    assert (status["today_xp"], status["daily_goal"], status["goal_met_today"], status["xp_total"]) == (
        40,
        20,
        True,
        65,
    )


def test_daily_goal_not_met_below_the_goal():
    user = _learner(goal=50)
    _study(user, NOON)
    assert _goal_days(user) == []
    status = selectors.status(user, now=NOON)
    assert (status["today_xp"], status["goal_met_today"], status["streak_days"]) == (20, False, 0)


# --- time zones and DST


def test_streak_days_follow_new_york_across_the_march_dst_change():
    user = _learner("America/New_York")
    for at in ["2024-03-09T04:30Z", "2024-03-10T04:30Z", "2024-03-11T03:30Z", "2024-03-11T04:30Z"]:
        _study(user, datetime.fromisoformat(at))
    # EST (UTC−5) until 2024-03-10 07:00 UTC, EDT (UTC−4) after: 03:30Z on the 11th is 23:30 on the 10th,
    # 04:30Z on the 11th is 00:30 on the 11th.
    assert _goal_days(user) == [date(2024, 3, 8), date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 11)]
    assert selectors.status(user, now=datetime.fromisoformat("2024-03-12T03:59Z"))["streak_days"] == 4
    assert _unlocked(user) == ["streak-3"]


def test_streak_days_follow_new_york_across_the_november_dst_change():
    user = _learner("America/New_York")
    for at in ["2024-11-03T03:30Z", "2024-11-04T04:30Z", "2024-11-05T04:59Z"]:
        _study(user, datetime.fromisoformat(at))
    # EDT until 2024-11-03 06:00 UTC, EST after: 04:30Z on the 4th is 23:30 on the 3rd.
    assert _goal_days(user) == [date(2024, 11, 2), date(2024, 11, 3), date(2024, 11, 4)]
    assert selectors.status(user, now=datetime.fromisoformat("2024-11-06T04:59Z"))["streak_days"] == 3
    assert selectors.status(user, now=datetime.fromisoformat("2024-11-07T05:00Z"))["streak_days"] == 0


def test_the_same_instants_are_different_days_in_auckland_and_los_angeles():
    auckland, los_angeles = _learner("Pacific/Auckland"), _learner("America/Los_Angeles")
    for user in (auckland, los_angeles):
        _study(user, datetime(2025, 1, 15, 20, 0, tzinfo=UTC))
        _study(user, datetime(2025, 1, 16, 20, 0, tzinfo=UTC))
    assert _goal_days(auckland) == [date(2025, 1, 16), date(2025, 1, 17)]  # NZDT, UTC+13
    assert _goal_days(los_angeles) == [date(2025, 1, 15), date(2025, 1, 16)]  # PST, UTC−8
    later = datetime(2025, 1, 18, 10, 30, tzinfo=UTC)  # Auckland: the 18th, 23:30. Los Angeles: the 18th, 02:30
    assert selectors.status(auckland, now=later)["streak_days"] == 2
    assert selectors.status(los_angeles, now=later)["streak_days"] == 0


# --- freezes and multipliers with stored days


def test_a_freeze_is_spent_on_a_single_missed_day():
    user = _learner()
    _days(user, *range(7))
    assert (selectors.status(user, now=NOON + timedelta(days=6))["freezes"]) == 1
    assert selectors.status(user, now=NOON + timedelta(days=8))["streak_days"] == 7  # day 7 missed, still alive
    _study(user, NOON + timedelta(days=8))
    status = selectors.status(user, now=NOON + timedelta(days=8))
    assert (status["streak_days"], status["freezes"]) == (8, 0)
    assert "freeze-used" in _unlocked(user)


def test_two_missed_days_break_the_streak():
    user = _learner()
    _days(user, *range(7))
    assert selectors.status(user, now=NOON + timedelta(days=9))["streak_days"] == 0
    _study(user, NOON + timedelta(days=9))
    status = selectors.status(user, now=NOON + timedelta(days=9))
    assert (status["streak_days"], status["freezes"], status["multiplier"]) == (1, 1, 1.0)
    assert "freeze-used" not in _unlocked(user)


def test_a_7_day_streak_multiplies_activity_xp_but_not_bonuses():
    user = _learner()
    _days(user, *range(7))
    assert selectors.status(user, now=NOON + timedelta(days=7))["multiplier"] == 1.1
    event = _study(user, NOON + timedelta(days=7))
    assert (event.base_xp, event.multiplier, event.xp) == (20, Decimal("1.10"), 22)
    goal = XpEvent.objects.get(user=user, key=f"goal:{(NOON + timedelta(days=7)).date()}")
    assert (goal.multiplier, goal.xp) == (Decimal("1.00"), 25)


def test_streak_and_perfect_week_achievements_unlock_once():
    user = _learner()
    _days(user, *range(10))
    assert _unlocked(user) == ["perfect-week", "streak-3", "streak-7"]
    assert AchievementUnlock.objects.filter(user=user, achievement_id="streak-3").count() == 1
    assert XpEvent.objects.filter(user=user, kind="achievement").count() == 3
