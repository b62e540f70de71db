"""Weekly leagues: joining on the first XP of the week, the week-end promotion and demotion, leaderboards."""

from datetime import UTC, date, datetime, timedelta

import pytest

from learning import tasks
from learning.gamification import leagues, rules, selectors, services
from learning.models import League, LeagueMembership, LearnerStats, Profile
from learning.tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db

MONDAY = date(2025, 1, 6)
IN_WEEK = datetime(2025, 1, 8, 12, 0, tzinfo=UTC)  # a Wednesday
_messages = iter(range(1, 10**6))


def _turn(user, at=IN_WEEK):
    """One conversation turn: 3 XP, below every daily goal, so no bonus muddles the sums."""
    return services.conversation_turn_record(user=user, message_id=next(_messages), language="es", at=at)


def _tier(user):
    return LearnerStats.objects.get(user=user).league_tier


def _league_of(tier, xps, *, week=date(2020, 1, 6)):
    """A closed-out week long past: a league of `tier` whose members have exactly these XP, in join order."""
    league = League.objects.create(week_start=week, tier=tier, number=1)
    users = []
    for n, xp in enumerate(xps):
        member = LearnerFactory()
        LearnerStats.objects.update_or_create(user=member, defaults={"league_tier": tier, "xp_total": xp})
        LeagueMembership.objects.create(
            league=league,
            user=member,
            week_start=week,
            xp=xp,
            joined_at=datetime(2020, 1, 6, tzinfo=UTC) + timedelta(minutes=n),
        )
        users.append(member)
    return league, users


def test_week_end_task_promotes_the_top_7_and_demotes_the_bottom_5_of_a_full_league():
    xps = [10 * (n + 1) for n in range(30)]  # 10 … 300, joined in that order
    league, users = _league_of(3, xps)
    assert tasks.leagues_close_week() == 1
    by_xp = sorted(users, key=lambda member: -LeagueMembership.objects.get(user=member).xp)
    assert [_tier(member) for member in by_xp] == [4] * 7 + [3] * 18 + [2] * 5
    assert list(LeagueMembership.objects.filter(league=league).values_list("final_rank", flat=True)) == list(
        range(1, 31)
    )
    league.refresh_from_db()
    assert league.closed_at is not None
    assert tasks.leagues_close_week() == 0  # a closed week is not closed twice
    assert [_tier(member) for member in by_xp] == [4] * 7 + [3] * 18 + [2] * 5


def test_week_end_ties_go_to_who_joined_first():
    league, users = _league_of(2, [50] * 30)
    leagues.leagues_close_week(now=datetime(2025, 1, 1, tzinfo=UTC))
    assert [_tier(member) for member in users] == [3] * 7 + [2] * 18 + [1] * 5


def test_bronze_demotes_nobody_and_diamond_promotes_nobody():
    _, bronze = _league_of(1, list(range(30, 0, -1)))
    _, diamond = _league_of(10, list(range(30, 0, -1)), week=date(2020, 1, 13))
    leagues.leagues_close_week(now=datetime(2025, 1, 1, tzinfo=UTC))
    assert [_tier(member) for member in bronze] == [2] * 7 + [1] * 23
    assert [_tier(member) for member in diamond] == [10] * 25 + [9] * 5


def test_a_small_league_scales_its_zones():
    _, users = _league_of(2, [30, 20, 10])
    leagues.leagues_close_week(now=datetime(2025, 1, 1, tzinfo=UTC))
    assert [_tier(member) for member in users] == [3, 2, 1]


def test_the_current_week_is_not_closed():
    _league_of(2, [30, 20, 10], week=MONDAY)
    assert leagues.leagues_close_week(now=IN_WEEK) == 0
    assert leagues.leagues_close_week(now=datetime(2025, 1, 13, 0, 0, tzinfo=UTC)) == 1


def test_first_xp_of_the_week_joins_a_league_of_at_most_30():
    learners = [LearnerFactory() for _ in range(31)]
    for learner in learners:
        _turn(learner)
    assert list(League.objects.filter(week_start=MONDAY).order_by("number").values_list("tier", "number")) == [
        (1, 1),
        (1, 2),
    ]
    sizes = [league.memberships.count() for league in League.objects.order_by("number")]
    assert sizes == [30, 1]
    _turn(learners[0])
    assert LeagueMembership.objects.get(user=learners[0]).xp == 6


def test_promoted_learner_joins_the_higher_tier_next_week():
    league, (member, *_) = _league_of(3, [300, *range(29, 0, -1)])
    leagues.leagues_close_week(now=datetime(2025, 1, 1, tzinfo=UTC))
    _turn(member)
    assert LeagueMembership.objects.select_related("league").get(user=member, week_start=MONDAY).league.tier == 4


def test_xp_earned_before_rejoining_counts_and_sunday_night_belongs_to_the_old_week():
    user = LearnerFactory()
    _turn(user, at=datetime(2025, 1, 5, 23, 59, tzinfo=UTC))  # Sunday: the week of 2024-12-30
    _turn(user, at=datetime(2025, 1, 6, 0, 0, tzinfo=UTC))
    assert sorted(LeagueMembership.objects.filter(user=user).values_list("week_start", "xp")) == [
        (date(2024, 12, 30), 3),
        (MONDAY, 3),
    ]


def test_opted_out_learner_joins_no_league_and_is_on_no_leaderboard():
    user = LearnerFactory()
    Profile.objects.filter(user=user).update(league_opt_out=True)
    _turn(user)
    assert LeagueMembership.objects.filter(user=user).count() == 0
    assert selectors.league_table(user, now=IN_WEEK) is None
    assert selectors.leaderboard(period="week", now=IN_WEEK) == []
    assert selectors.leaderboard(period="all") == []


def test_league_table_shows_ranks_zones_and_me():
    me = LearnerFactory(username="me")
    others = [LearnerFactory(username=f"l{n}") for n in range(9)]
    for n, learner in enumerate(others):
        for _ in range(n + 1):
            _turn(learner)
    _turn(me)
    table = selectors.league_table(me, now=IN_WEEK)
    assert (table["tier"], table["tier_name"], table["week_start"]) == (1, "Bronze", MONDAY)
    # 10 learners: round(7 × 10 / 30) = 2 promoted; Bronze demotes nobody
    assert [(row["rank"], row["display_name"], row["xp"], row["is_me"], row["zone"]) for row in table["rows"]] == [
        (1, "L8", 52, False, "promote"),  # 27 XP of turns + the daily goal's 25 from 21 XP on
        (2, "L7", 49, False, "promote"),
        (3, "L6", 46, False, "stay"),
        (4, "L5", 18, False, "stay"),
        (5, "L4", 15, False, "stay"),
        (6, "L3", 12, False, "stay"),
        (7, "L2", 9, False, "stay"),
        (8, "L1", 6, False, "stay"),
        (9, "L0", 3, False, "stay"),
        (10, "Me", 3, True, "stay"),
    ]


def test_league_table_is_none_without_xp_this_week(learner):
    assert selectors.league_table(learner, now=IN_WEEK) is None


def test_league_zone_of_a_full_league():
    zones = [rules.league_zone(rank=rank, size=30, tier=5) for rank in range(1, 31)]
    assert zones == ["promote"] * 7 + ["stay"] * 18 + ["demote"] * 5


def test_leaderboards_by_week_and_all_time():
    ana, ben = LearnerFactory(username="ana"), LearnerFactory(username="ben")
    for _ in range(3):
        _turn(ben, at=IN_WEEK - timedelta(days=7))
    _turn(ben)
    for _ in range(2):
        _turn(ana)
    assert selectors.leaderboard(period="week", user=ana, now=IN_WEEK) == [
        {"rank": 1, "display_name": "Ana", "xp": 6, "is_me": True},
        {"rank": 2, "display_name": "Ben", "xp": 3, "is_me": False},
    ]
    assert selectors.leaderboard(period="all", limit=1) == [
        {"rank": 1, "display_name": "Ben", "xp": 12, "is_me": False}
    ]
    with pytest.raises(ValueError):
        selectors.leaderboard(period="month")
