"""The XP ledger and everything one award moves: the learning session, the day's totals, the daily goal, the
learner's totals and their weekly league. Called by the event services (gamification/services.py) and by
achievement unlocks; never by an endpoint.

Every award first locks the learner's LearnerStats row (learner_lock), so one learner's events are counted one
at a time: the checks that follow (already paid? goal reached?) read rows that no concurrent award can change,
and need no lock of their own. A grade costs a fixed handful of queries: the lock (with the profile), the
replay check, the day rows (goal-met days for the streak multiplier, and today's), the session, the event, and
one update each of the day, the totals and the league."""

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import F, Q

from admin_tools.models import User
from learning import services as profile_services
from learning.gamification import leagues, rules
from learning.models import ActivityKind, DailyActivity, LearnerStats, LearningSession, Profile, XpEvent


@dataclass(frozen=True)
class SessionPart:
    """What one event adds to its learning session."""

    kind: ActivityKind
    items: int = 1
    correct: int = 0
    duration: timedelta = timedelta(0)


@dataclass(frozen=True)
class Award:
    """A stored award and where it left its local day: the goal check needs no query of its own."""

    event: XpEvent
    activity_xp: int  # the day's activity XP, this award included
    goal_met: bool  # whether the day's goal was already met before this award


def local_date(profile: Profile, at: datetime) -> date:
    return at.astimezone(zoneinfo.ZoneInfo(profile.time_zone)).date()


def _locked_stats(user: User) -> LearnerStats | None:
    return (
        LearnerStats.objects.select_for_update(of=("self",)).select_related("user__profile").filter(user=user).first()
    )


def learner_lock(user: User) -> LearnerStats:
    """The learner's running totals, locked until the transaction ends, with `stats.user.profile` loaded. The
    rows are created on the learner's first event."""
    stats = _locked_stats(user)
    if stats is None or not hasattr(stats.user, "profile"):
        profile_services.profile_get(user=user)
        LearnerStats.objects.get_or_create(user=user)
        stats = _locked_stats(user)
    return stats


def _day_rows(user: User, day: date, *, streak: bool) -> tuple[list[date], tuple | None]:
    """The local dates on which the goal was met up to `day` (when `streak`), and `day`'s row as
    (pk, activity_xp, goal_met_at) or None: one query."""
    today = Q(date=day)
    rows = DailyActivity.objects.filter(user=user).filter(
        (Q(goal_met_at__isnull=False, date__lte=day) | today) if streak else today
    )
    goal_days, current = [], None
    for pk, row_date, activity_xp, goal_met_at in rows.order_by("date").values_list(
        "pk", "date", "activity_xp", "goal_met_at"
    ):
        if goal_met_at is not None:
            goal_days.append(row_date)
        if row_date == day:
            current = (pk, activity_xp, goal_met_at)
    return goal_days, current


@transaction.atomic(savepoint=False)
def award(
    *,
    user: User,
    kind: XpEvent.Kind,
    key: str,
    base_xp: int,
    at: datetime,
    session: SessionPart | None = None,
    language: str = "",
    subject: str = "",
    category: str = "",
    stats: LearnerStats | None = None,
    stats_update: dict | None = None,
) -> Award | None:
    """Pay an event once: the first call for a key stores the award and moves every total; any later call
    for the same key (a replayed signal, a retried task) returns None and changes nothing.
    Activity events (those with a session part) get the streak multiplier and count toward the daily goal;
    bonuses (daily goal, achievements) do not. `stats` is the learner's locked row when the caller holds it;
    `stats_update` adds fields to the one update of the learner's totals (e.g. reviews=F("reviews") + 1)."""
    stats = stats or learner_lock(user)
    if XpEvent.objects.filter(user=user, key=key).exists():
        return None
    profile = stats.user.profile
    day = local_date(profile, at)
    goal_days, current = _day_rows(user, day, streak=session is not None)
    multiplier = Decimal("1.00")
    if session is not None:
        multiplier = rules.multiplier_for(rules.streak_walk(goal_days, today=day).days)
    xp = rules.apply_multiplier(base_xp, multiplier)
    event = XpEvent.objects.create(
        user=user,
        key=key,
        kind=kind,
        base_xp=base_xp,
        multiplier=multiplier,
        xp=xp,
        occurred_at=at,
        date=day,
        language=language,
        subject=subject,
        category=category,
        session=_session_extend(user=user, part=session, at=at, xp=xp, language=language),
    )
    activity_xp = xp if session is not None else 0
    if current is None:
        DailyActivity.objects.create(user=user, date=day, goal_xp=profile.daily_goal_xp, xp=xp, activity_xp=activity_xp)
        before, goal_met = 0, False
    else:
        pk, before, goal_met_at = current
        DailyActivity.objects.filter(pk=pk).update(xp=F("xp") + xp, activity_xp=F("activity_xp") + activity_xp)
        goal_met = goal_met_at is not None
    _totals_update(stats=stats, profile=profile, xp=xp, at=at, fields=stats_update)
    return Award(event=event, activity_xp=before + activity_xp, goal_met=goal_met)


@transaction.atomic(savepoint=False)
def xp_reverse(
    *, user: User, key: str, correct: int = 0, stats: LearnerStats | None = None, stats_update: dict | None = None
) -> XpEvent | None:
    """Take back the award paid for `key` by appending a reversal (the ledger is never edited): the XP leaves
    the day, week and totals it was counted in, and the session loses the event. Once only; None when there
    was nothing to take back. When an activity is taken back and its day's activity XP falls below the goal
    the day was met with, the goal is taken back too (goal_uncheck): its bonus is reversed and the day stops
    counting for the streak."""
    stats = stats or learner_lock(user)
    original = XpEvent.objects.filter(user=user, key=key).select_related("session").first()
    if original is None or XpEvent.objects.filter(user=user, key=f"{key}:undo").exists():
        return None
    reversal = XpEvent.objects.create(
        user=user,
        key=f"{key}:undo",
        kind=XpEvent.Kind.REVERSAL,
        base_xp=-original.base_xp,
        multiplier=original.multiplier,
        xp=-original.xp,
        occurred_at=original.occurred_at,
        date=original.date,
        language=original.language,
        subject=original.key,
        session=original.session,
    )
    activity = original.session_id is not None
    if activity:
        _session_shrink(original, correct=correct)
    DailyActivity.objects.filter(user=user, date=original.date).update(
        xp=F("xp") - original.xp, activity_xp=F("activity_xp") - (original.xp if activity else 0)
    )
    _totals_update(
        stats=stats, profile=stats.user.profile, xp=-original.xp, at=original.occurred_at, fields=stats_update
    )
    if activity:
        goal_uncheck(user=user, day=original.date, stats=stats)
    return reversal


def _goal_bonus(*, user: User, day: date, at: datetime, stats: LearnerStats) -> None:
    paid_before = XpEvent.objects.filter(user=user, kind=XpEvent.Kind.DAILY_GOAL, date=day).count()
    key = f"goal:{day.isoformat()}" + (f":{paid_before + 1}" if paid_before else "")
    award(user=user, kind=XpEvent.Kind.DAILY_GOAL, key=key, base_xp=rules.DAILY_GOAL_XP, at=at, stats=stats)


def goal_uncheck(*, user: User, day: date, stats: LearnerStats | None = None) -> bool:
    """Take back a met goal that the day's activity XP no longer reaches (an activity was taken back): the
    day's latest goal bonus is reversed and the day stops counting for the streak. Achievements unlocked
    meanwhile stay. True when the goal was taken back by this call."""
    stats = stats or learner_lock(user)
    daily = DailyActivity.objects.filter(user=user, date=day, goal_met_at__isnull=False).first()
    if daily is None or daily.activity_xp >= daily.goal_xp:
        return False
    DailyActivity.objects.filter(pk=daily.pk).update(goal_met_at=None)
    bonus = XpEvent.objects.filter(user=user, kind=XpEvent.Kind.DAILY_GOAL, date=day).order_by("-pk").first()
    if bonus is not None:
        xp_reverse(user=user, key=bonus.key, stats=stats)
    return True


def goal_check(*, user: User, paid: Award, at: datetime, stats: LearnerStats) -> bool:
    """After an activity award: mark its day's goal met when the award made the day's activity XP reach the
    learner's goal, and pay the bonus. Decided from what the award read, so an award that leaves the goal as
    it was costs no query. True when the goal was met by this call. A goal met again after goal_uncheck took
    it back pays a bonus under a key of its own (goal:<day>:2, …): the ledger nets one bonus per day the goal
    stands."""
    goal = stats.user.profile.daily_goal_xp
    if paid.goal_met or paid.activity_xp < goal:
        return False
    DailyActivity.objects.filter(user=user, date=paid.event.date).update(goal_met_at=at, goal_xp=goal)
    _goal_bonus(user=user, day=paid.event.date, at=at, stats=stats)
    return True


def _totals_update(*, stats: LearnerStats, profile: Profile, xp: int, at: datetime, fields: dict | None) -> None:
    LearnerStats.objects.filter(pk=stats.pk).update(xp_total=F("xp_total") + xp, **(fields or {}))
    leagues.league_credit(user=stats.user, profile=profile, xp=xp, at=at)


def _session_extend(
    *, user: User, part: SessionPart | None, at: datetime, xp: int, language: str
) -> LearningSession | None:
    """The session this event belongs to: the learner's latest of the same kind that ended less than the idle
    gap before the event began, extended to cover it; else a new one."""
    if part is None:
        return None
    start = at - part.duration
    session = (
        LearningSession.objects.filter(
            user=user,
            kind=part.kind,
            ended_at__gte=start - rules.SESSION_IDLE_GAP,
            started_at__lte=at + rules.SESSION_IDLE_GAP,
        )
        .order_by("-ended_at")
        .first()
    )
    if session is None:
        return LearningSession.objects.create(
            user=user,
            kind=part.kind,
            language=language,
            started_at=start,
            ended_at=at,
            items=part.items,
            correct=part.correct,
            xp=xp,
        )
    session.started_at, session.ended_at = min(session.started_at, start), max(session.ended_at, at)
    session.items += part.items
    session.correct += part.correct
    session.xp += xp
    session.language = session.language or language
    session.save(update_fields=["started_at", "ended_at", "items", "correct", "xp", "language"])
    return session


def _session_shrink(original: XpEvent, *, correct: int) -> None:
    """The session of a taken-back event no longer counts it; a session left with no events goes."""
    session = original.session
    LearningSession.objects.filter(pk=session.pk).update(
        items=F("items") - 1, correct=F("correct") - correct, xp=F("xp") - original.xp
    )
    LearningSession.objects.filter(pk=session.pk, items=0).delete()
