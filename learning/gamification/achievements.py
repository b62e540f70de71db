"""Achievements: the catalogue loader, the one unlock, and the checks the event services run. Each check
unlocks every threshold its total has reached; an unlock happens once per learner and pays the achievement's
XP once (ledger key achievement:<code>). The services run a check only when the event changed its total, and
a check reads the learner's unlocks only when a threshold is reached, so most events cost no query here."""

from datetime import datetime

from django.db import IntegrityError, transaction

from admin_tools.models import User
from learning.gamification import catalogue, ledger, rules
from learning.models import Achievement, AchievementUnlock, LearnerStats, XpEvent
from spaced_repetition.models import Card


def achievements_ensure() -> None:
    """Add the catalogue's achievements that are missing (runs after migrate; admin edits are kept)."""
    for order, (code, name, description, icon, rarity, xp) in enumerate(catalogue.ACHIEVEMENTS):
        Achievement.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "description": description,
                "icon": icon,
                "rarity": rarity,
                "xp": xp,
                "sort_order": order,
            },
        )


def achievement_unlock(
    *, user: User, code: str, at: datetime, stats: LearnerStats | None = None
) -> AchievementUnlock | None:
    """Unlock once; None when already unlocked or when an admin removed the achievement. `stats`: the
    learner's locked totals (ledger.learner_lock) when the caller holds them."""
    achievement = Achievement.objects.filter(code=code).first()
    if achievement is None:
        return None
    try:
        with transaction.atomic():
            unlock = AchievementUnlock.objects.create(user=user, achievement=achievement, unlocked_at=at)
    except IntegrityError:
        return None
    if achievement.xp:
        ledger.award(
            user=user,
            kind=XpEvent.Kind.ACHIEVEMENT,
            key=f"achievement:{code}",
            base_xp=achievement.xp,
            at=at,
            stats=stats,
        )
    return unlock


def _unlock_all(*, user: User, codes: list[str], at: datetime, stats: LearnerStats | None = None) -> None:
    """Unlock the codes the learner has not unlocked yet: one query when all are, none when `codes` is empty."""
    if not codes:
        return
    unlocked = set(
        AchievementUnlock.objects.filter(user=user, achievement_id__in=codes).values_list("achievement_id", flat=True)
    )
    for code in codes:
        if code not in unlocked:
            achievement_unlock(user=user, code=code, at=at, stats=stats)


def _unlock_reached(
    *, user: User, prefix: str, thresholds: list[int], value: int, at: datetime, stats: LearnerStats | None = None
) -> None:
    codes = [f"{prefix}-{threshold}" for threshold in thresholds if value >= threshold]
    _unlock_all(user=user, codes=codes, at=at, stats=stats)


def check_streak(*, user: User, streak: rules.Streak, at: datetime, stats: LearnerStats | None = None) -> None:
    codes = [f"streak-{days}" for days in catalogue.STREAK_DAYS if streak.run >= days]
    if streak.frozen:
        codes.append("freeze-used")
    if streak.perfect_run >= catalogue.PERFECT_DAYS:
        codes.append("perfect-week")
    _unlock_all(user=user, codes=codes, at=at, stats=stats)


def check_reviews(*, user: User, reviews: int, at: datetime, stats: LearnerStats | None = None) -> None:
    _unlock_reached(user=user, prefix="reviews", thresholds=catalogue.REVIEWS, value=reviews, at=at, stats=stats)


def check_words(*, user: User, at: datetime, stats: LearnerStats | None = None) -> None:
    """Words learned: the learner's cards that graduated to review (and may be relearning since), counted up
    to the highest threshold only, so the count costs the same with 500 cards as with 100,000."""
    learned = (
        Card.objects.for_user(user)
        .filter(state__in=[Card.State.REVIEW, Card.State.RELEARNING])
        .values("pk")[: max(catalogue.WORDS_LEARNED)]
        .count()
    )
    _unlock_reached(user=user, prefix="words", thresholds=catalogue.WORDS_LEARNED, value=learned, at=at, stats=stats)


def check_languages(*, user: User, languages: list[str], at: datetime, stats: LearnerStats | None = None) -> None:
    if len(languages) >= catalogue.LANGUAGES:
        achievement_unlock(user=user, code=f"languages-{catalogue.LANGUAGES}", at=at, stats=stats)


def check_scenarios(
    *, user: User, category: str, category_size: int, expected_minutes: int, duration_seconds: int, at: datetime
) -> None:
    """After a completion: completion counts, the whole category, and finishing in half the expected time."""
    completions = XpEvent.objects.filter(user=user, kind=XpEvent.Kind.SCENARIO_COMPLETION)
    _unlock_reached(
        user=user, prefix="scenarios", thresholds=catalogue.SCENARIO_COUNTS, value=completions.count(), at=at
    )
    done_in_category = completions.filter(category=category).values("subject").distinct().count()
    if category and category_size and done_in_category >= category_size:
        achievement_unlock(user=user, code=f"category-{category}", at=at)
    if 0 < duration_seconds * 2 <= expected_minutes * 60:
        achievement_unlock(user=user, code="quick-finish", at=at)


def check_ratings(*, user: User, rated: int, at: datetime) -> None:
    _unlock_reached(user=user, prefix="ratings", thresholds=catalogue.RATINGS, value=rated, at=at)


def check_imported_content(*, user: User, at: datetime) -> None:
    studied = (
        XpEvent.objects.filter(user=user, kind=XpEvent.Kind.CONTENT_ITEM, category="imported")
        .values("subject")
        .distinct()
        .count()
    )
    if studied >= catalogue.IMPORTED_CONTENT:
        achievement_unlock(user=user, code=f"content-{catalogue.IMPORTED_CONTENT}", at=at)
