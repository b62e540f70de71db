"""Achievements: the catalogue loader, the one unlock, and the checks the event services run. Each check
reads the totals it needs and unlocks every threshold reached; an unlock happens once per learner and pays
the achievement's XP once (ledger key achievement:<code>)."""

from datetime import datetime

from django.db import IntegrityError, transaction

from admin_tools.models import User
from learning.gamification import catalogue, ledger, rules
from learning.models import Achievement, AchievementUnlock, XpEvent
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


def achievement_unlock(*, user: User, code: str, at: datetime) -> AchievementUnlock | None:
    """Unlock once; None when already unlocked or when an admin removed the achievement."""
    achievement = Achievement.objects.filter(code=code).first()
    if achievement is None:
        return None
    try:
        with transaction.atomic():
            unlock = AchievementUnlock.objects.create(user=user, achievement=achievement, unlocked_at=at)
    except IntegrityError:
        return None
    if achievement.xp:
        ledger.xp_award(
            user=user, kind=XpEvent.Kind.ACHIEVEMENT, key=f"achievement:{code}", base_xp=achievement.xp, at=at
        )
    return unlock


def _unlock_reached(*, user: User, prefix: str, thresholds: list[int], value: int, at: datetime) -> None:
    for threshold in thresholds:
        if value >= threshold:
            achievement_unlock(user=user, code=f"{prefix}-{threshold}", at=at)


def check_streak(*, user: User, streak: rules.Streak, at: datetime) -> None:
    _unlock_reached(user=user, prefix="streak", thresholds=catalogue.STREAK_DAYS, value=streak.run, at=at)
    if streak.frozen:
        achievement_unlock(user=user, code="freeze-used", at=at)
    if streak.perfect_run >= catalogue.PERFECT_DAYS:
        achievement_unlock(user=user, code="perfect-week", at=at)


def check_reviews(*, user: User, reviews: int, at: datetime) -> None:
    _unlock_reached(user=user, prefix="reviews", thresholds=catalogue.REVIEWS, value=reviews, at=at)


def check_words(*, user: User, at: datetime) -> None:
    """Words learned: the learner's cards that graduated to review (and may be relearning since)."""
    learned = Card.objects.for_user(user).filter(state__in=[Card.State.REVIEW, Card.State.RELEARNING]).count()
    _unlock_reached(user=user, prefix="words", thresholds=catalogue.WORDS_LEARNED, value=learned, at=at)


def check_languages(*, user: User, languages: list[str], at: datetime) -> None:
    if len(languages) >= catalogue.LANGUAGES:
        achievement_unlock(user=user, code=f"languages-{catalogue.LANGUAGES}", at=at)


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
