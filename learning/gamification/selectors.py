"""Reads of gamification for the progress page, the API and the services: status, the activity heatmap,
the achievements grid, the league table and the leaderboards. Names and shapes are the progress page's
interface: keep them."""

import zoneinfo
from datetime import date, datetime, timedelta

from django.db.models import OuterRef, Q, Subquery, Sum
from django.utils import timezone

from admin_tools.models import User
from learning.gamification import levels, rules
from learning.gamification.leagues import league_ranking
from learning.models import (
    Achievement,
    AchievementUnlock,
    DailyActivity,
    LeagueMembership,
    LearnerStats,
    Profile,
    XpEvent,
)

PERIODS = ("week", "all")


def profile_of(user: User) -> Profile:
    """The learner's profile, made with the defaults on first use. A page that shows several of the reads
    below reads it once and passes it to each as `profile`."""
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def local_today(profile: Profile, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(zoneinfo.ZoneInfo(profile.time_zone)).date()


def streak_get(user: User, *, today: date) -> rules.Streak:
    """The streak on the learner's local date `today`, from the stored goal-met days."""
    days = (
        DailyActivity.objects.filter(user=user, goal_met_at__isnull=False, date__lte=today)
        .order_by("date")
        .values_list("date", flat=True)
    )
    return rules.streak_walk(list(days), today=today)


def status(user: User, *, now: datetime | None = None, profile: Profile | None = None) -> dict:
    """XP, level, streak and today's goal. `today_xp` is the XP that counts toward the daily goal (activities,
    without the goal and achievement bonuses)."""
    profile = profile or profile_of(user)
    today = local_today(profile, now)
    day = DailyActivity.objects.filter(user=user, date=today).first()
    streak = streak_get(user, today=today)
    return _status(
        user, profile, streak, today_xp=day.activity_xp if day else 0, goal_met=bool(day and day.goal_met_at)
    )


def _status(user: User, profile: Profile, streak: rules.Streak, *, today_xp: int, goal_met: bool) -> dict:
    xp_total = LearnerStats.objects.filter(user=user).values_list("xp_total", flat=True).first() or 0
    progress = levels.level_progress(xp_total)
    return {
        "xp_total": xp_total,
        "level": progress.level,
        "title": progress.title,
        "xp_into_level": progress.xp_into_level,
        "xp_for_next_level": progress.xp_for_next_level,
        "streak_days": streak.days,
        "freezes": streak.freezes,
        "today_xp": today_xp,
        "daily_goal": profile.daily_goal_xp,
        "goal_met_today": goal_met,
        "multiplier": float(rules.multiplier_for(streak.days)),
    }


def status_with_activity(
    user: User, *, profile: Profile, days: int = 365, now: datetime | None = None
) -> tuple[dict, list[tuple[date, int]]]:
    """status() and activity_by_day() together, for the progress page: the learner's days read in one query,
    those of the last `days` days and, for the streak, every earlier day the goal was met."""
    today = local_today(profile, now)
    first = today - timedelta(days=days)  # the window starts the day after
    rows = list(
        DailyActivity.objects.filter(user=user, date__lte=today)
        .filter(Q(date__gt=first) | Q(goal_met_at__isnull=False))
        .order_by("date")
        .values_list("date", "xp", "activity_xp", "goal_met_at")
    )
    last = rows[-1] if rows and rows[-1][0] == today else None
    streak = rules.streak_walk([day for day, _, _, goal_met_at in rows if goal_met_at is not None], today=today)
    activity = [(day, xp) for day, xp, _, _ in rows if day > first and xp > 0]
    today_xp, goal_met = (last[2], last[3] is not None) if last else (0, False)
    return _status(user, profile, streak, today_xp=today_xp, goal_met=goal_met), activity


def activity_by_day(
    user: User, *, days: int = 365, now: datetime | None = None, profile: Profile | None = None
) -> list[tuple[date, int]]:
    """XP per local date over the last `days` days (today included), oldest first; days without XP left out."""
    today = local_today(profile or profile_of(user), now)
    rows = DailyActivity.objects.filter(user=user, date__gt=today - timedelta(days=days), date__lte=today, xp__gt=0)
    return list(rows.order_by("date").values_list("date", "xp"))


def achievements_grid(user: User) -> list[dict]:
    """Every achievement in order, with when the learner unlocked it (None: still locked), in one query."""
    unlocked = AchievementUnlock.objects.filter(user=user, achievement=OuterRef("pk")).order_by().values("unlocked_at")
    return list(
        Achievement.objects.annotate(unlocked_at=Subquery(unlocked[:1])).values(
            "code", "name", "description", "icon", "rarity", "xp", "unlocked_at"
        )
    )


def league_table(user: User, *, now: datetime | None = None, profile: Profile | None = None) -> dict | None:
    """The learner's league this week with everyone's rank and zone; None when opted out or in no league."""
    if (profile or profile_of(user)).league_opt_out:
        return None
    monday = rules.week_start(now or timezone.now())
    membership = LeagueMembership.objects.filter(user=user, week_start=monday).select_related("league").first()
    if membership is None:
        return None
    league = membership.league
    members = league_ranking(league)
    return {
        "tier": league.tier,
        "tier_name": league.tier_name,
        "week_start": monday,
        "rows": [
            {
                "rank": rank,
                "display_name": member.user.profile.name,
                "xp": member.xp,
                "is_me": member.user_id == user.pk,
                "zone": rules.league_zone(rank=rank, size=len(members), tier=league.tier),
            }
            for rank, member in enumerate(members, start=1)
        ],
    }


def leaderboard(
    *, period: str = "week", limit: int = 50, user: User | None = None, now: datetime | None = None
) -> list[dict]:
    """The learners with the most XP this ISO week ("week") or ever ("all"), opted-out learners left out.
    Rows: rank, display_name, xp, is_me."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}")
    if period == "week":
        start, end = rules.week_bounds(rules.week_start(now or timezone.now()))
        totals = (
            XpEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
            .exclude(user__profile__league_opt_out=True)
            .values("user")
            .annotate(total=Sum("xp"))
            .filter(total__gt=0)
            .order_by("-total", "user")
            .values_list("user", "total")[:limit]
        )
    else:
        totals = (
            LearnerStats.objects.filter(xp_total__gt=0)
            .exclude(user__profile__league_opt_out=True)
            .order_by("-xp_total", "user")
            .values_list("user", "xp_total")[:limit]
        )
    totals = list(totals)
    profiles = Profile.objects.filter(user__in=[user_id for user_id, _ in totals]).select_related("user")
    names = {profile.user_id: profile.name for profile in profiles}
    return [
        {
            "rank": rank,
            "display_name": names.get(user_id, ""),
            "xp": xp,
            "is_me": user is not None and user_id == user.pk,
        }
        for rank, (user_id, xp) in enumerate(totals, start=1)
    ]
