"""The XP ledger and everything one award moves: the learning session, the day's totals, the learner's
totals and their weekly league. Called by the event services (gamification/services.py) and by achievement
unlocks; never by an endpoint."""

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import F

from admin_tools.models import User
from learning import services as profile_services
from learning.gamification import leagues, rules, selectors
from learning.models import ActivityKind, DailyActivity, LearnerStats, LearningSession, Profile, XpEvent


@dataclass(frozen=True)
class SessionPart:
    """What one event adds to its learning session."""

    kind: ActivityKind
    items: int = 1
    correct: int = 0
    duration: timedelta = timedelta(0)


def local_date(profile: Profile, at: datetime) -> date:
    return at.astimezone(zoneinfo.ZoneInfo(profile.time_zone)).date()


def xp_award(
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
) -> XpEvent | None:
    """Pay an event once: the first call for a key stores the award and moves every total; any later call
    for the same key (a replayed signal, a retried task) returns None and changes nothing.
    Activity events (those with a session part) get the streak multiplier and count toward the daily goal;
    bonuses (daily goal, achievements) do not."""
    if XpEvent.objects.filter(user=user, key=key).exists():
        return None
    profile = profile_services.profile_get(user=user)
    day = local_date(profile, at)
    multiplier = Decimal("1.00")
    if session is not None:
        multiplier = rules.multiplier_for(selectors.streak_get(user, today=day).days)
    xp = rules.apply_multiplier(base_xp, multiplier)
    try:
        with transaction.atomic():  # a concurrent replay loses here, on the unique key, and changes nothing
            learning_session = _session_extend(user=user, part=session, at=at, xp=xp, language=language)
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
                session=learning_session,
            )
    except IntegrityError:
        return None
    _credit(user=user, profile=profile, day=day, at=at, xp=xp, activity=session is not None)
    return event


def xp_reverse(*, user: User, key: str, correct: int = 0) -> XpEvent | None:
    """Take back the award paid for `key` by appending a reversal (the ledger is never edited): the XP leaves
    the day, week and totals it was counted in, and the session loses the event. Once only; None when there
    was nothing to take back. A daily goal already met stays met."""
    original = XpEvent.objects.filter(user=user, key=key).select_related("session").first()
    if original is None:
        return None
    try:
        with transaction.atomic():
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
    except IntegrityError:
        return None
    activity = original.session is not None
    if activity:
        _session_shrink(original, correct=correct)
    profile = profile_services.profile_get(user=user)
    _credit(user=user, profile=profile, day=original.date, at=original.occurred_at, xp=-original.xp, activity=activity)
    return reversal


def goal_check(*, user: User, day: date, at: datetime) -> bool:
    """Mark the day's goal met once the day's activity XP reaches the learner's goal, and pay the bonus
    (once per local date). True when the goal was met by this call."""
    profile = profile_services.profile_get(user=user)
    daily = DailyActivity.objects.select_for_update().filter(user=user, date=day).first()
    if daily is None or daily.goal_met_at is not None or daily.activity_xp < profile.daily_goal_xp:
        return False
    daily.goal_met_at, daily.goal_xp = at, profile.daily_goal_xp
    daily.save(update_fields=["goal_met_at", "goal_xp"])
    xp_award(user=user, kind=XpEvent.Kind.DAILY_GOAL, key=f"goal:{day.isoformat()}", base_xp=rules.DAILY_GOAL_XP, at=at)
    return True


def stats_get(*, user: User) -> LearnerStats:
    stats, _ = LearnerStats.objects.get_or_create(user=user)
    return stats


def _credit(*, user: User, profile: Profile, day: date, at: datetime, xp: int, activity: bool) -> None:
    daily, _ = DailyActivity.objects.get_or_create(user=user, date=day, defaults={"goal_xp": profile.daily_goal_xp})
    DailyActivity.objects.filter(pk=daily.pk).update(
        xp=F("xp") + xp, activity_xp=F("activity_xp") + (xp if activity else 0)
    )
    stats_get(user=user)
    LearnerStats.objects.filter(user=user).update(xp_total=F("xp_total") + xp)
    leagues.league_credit(user=user, profile=profile, xp=xp, at=at)


def _session_extend(
    *, user: User, part: SessionPart | None, at: datetime, xp: int, language: str
) -> LearningSession | None:
    """The session this event belongs to: the learner's latest of the same kind that ended less than the idle
    gap before the event began, extended to cover it; else a new one."""
    if part is None:
        return None
    start = at - part.duration
    session = (
        LearningSession.objects.select_for_update()
        .filter(
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
    session.save()
    return session


def _session_shrink(original: XpEvent, *, correct: int) -> None:
    """The session of a taken-back event no longer counts it; a session left with no events goes."""
    session = original.session
    LearningSession.objects.filter(pk=session.pk).update(
        items=F("items") - 1, correct=F("correct") - correct, xp=F("xp") - original.xp
    )
    LearningSession.objects.filter(pk=session.pk, items=0).delete()
