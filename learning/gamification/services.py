"""What the learning app records when something real happens: one entry point per event. Each pays its XP
once (keyed by the event), extends the learning session, moves the daily goal, streak and league, and checks
the achievements the event can unlock. Reviews arrive through learning/receivers.py; conversations,
scenarios and content call these directly."""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F

from admin_tools.models import User
from learning.gamification import achievements, catalogue, ledger, rules, selectors
from learning.gamification.ledger import SessionPart
from learning.models import ActivityKind, LearnerStats, XpEvent
from spaced_repetition.models import Card, ReviewLog


def _activity_record(
    *, user: User, at: datetime, language: str, stats_update: dict | None = None, **award
) -> tuple[XpEvent, LearnerStats] | None:
    """Pay one activity event, then what it may have caused: the daily goal (and with it the streak) and a
    new language studied. Returns the event and the learner's locked totals as they were before it (None on
    a replay), for the caller's own achievement checks."""
    stats = ledger.learner_lock(user)
    new_language = bool(language) and language not in stats.languages
    languages = [*stats.languages, language] if new_language else stats.languages
    if new_language:
        stats_update = {**(stats_update or {}), "languages": languages}
    paid = ledger.award(user=user, at=at, language=language, stats=stats, stats_update=stats_update, **award)
    if paid is None:
        return None
    if ledger.goal_check(user=user, paid=paid, at=at, stats=stats):
        streak = selectors.streak_get(user, today=paid.event.date)
        achievements.check_streak(user=user, streak=streak, at=at, stats=stats)
    if new_language:
        achievements.check_languages(user=user, languages=languages, at=at, stats=stats)
    return paid.event, stats


def _event(**kwargs) -> XpEvent | None:
    recorded = _activity_record(**kwargs)
    return recorded[0] if recorded else None


@transaction.atomic
def review_record(*, review_log: ReviewLog) -> XpEvent | None:
    """A review was graded (spaced_repetition's review_graded): 2 XP, +1 when not Again. None on a replay.
    The review count moves in the same update as the XP; the review and word achievements are checked only
    when the count crosses a threshold and when the card graduated to review."""
    card = review_log.card
    recorded = _activity_record(
        user=review_log.user,
        kind=XpEvent.Kind.REVIEW,
        key=f"review:{review_log.pk}",
        base_xp=rules.review_xp(review_log.rating),
        at=review_log.reviewed_at,
        language=card.deck.language,
        subject=f"card:{card.pk}",
        session=SessionPart(
            kind=ActivityKind.REVIEW,
            correct=int(review_log.rating >= 2),
            duration=timedelta(milliseconds=review_log.duration_ms),
        ),
        stats_update={"reviews": F("reviews") + 1},
    )
    if recorded is None:
        return None
    event, stats = recorded
    reviews = stats.reviews + 1
    if any(stats.reviews < threshold <= reviews for threshold in catalogue.REVIEWS):
        achievements.check_reviews(user=review_log.user, reviews=reviews, at=review_log.reviewed_at, stats=stats)
    if review_log.state in (Card.State.NEW, Card.State.LEARNING) and card.state == Card.State.REVIEW:
        achievements.check_words(user=review_log.user, at=review_log.reviewed_at, stats=stats)
    return event


@transaction.atomic
def review_graded_record(*, review_log_id: int) -> XpEvent | None:
    """review_record for a grade named by its log id, as the background task runs it after the grade's commit.
    None when the grade was taken back before the task ran: the learner's totals are locked before the log is
    read again, so an undo's reversal (review_undo_record, under the same lock) either finds this award or the
    award finds no log."""
    log = ReviewLog.objects.select_related("user", "card__deck").filter(pk=review_log_id).first()
    if log is None:
        return None
    ledger.learner_lock(log.user)
    if not ReviewLog.objects.filter(pk=review_log_id).exists():
        return None
    return review_record(review_log=log)


@transaction.atomic
def review_undo_record(*, user: User, review_log_id: int, rating: int) -> XpEvent | None:
    """A grade was taken back (review_undone): its XP is reversed and it leaves its session and the review
    count. When the day's activity XP falls below the goal the day was met with, the goal is taken back with
    its bonus and the day no longer counts for the streak (ledger.goal_uncheck). Unlocked achievements stay."""
    return ledger.xp_reverse(
        user=user,
        key=f"review:{review_log_id}",
        correct=int(rating >= 2),
        stats_update={"reviews": F("reviews") - 1},
    )


@transaction.atomic
def conversation_turn_record(
    *, user: User, message_id: int, language: str, at: datetime, duration_seconds: int = 0
) -> XpEvent | None:
    """The learner sent a message in a conversation: 3 XP."""
    return _event(
        user=user,
        kind=XpEvent.Kind.CONVERSATION_TURN,
        key=f"turn:{message_id}",
        base_xp=rules.CONVERSATION_TURN_XP,
        at=at,
        language=language,
        subject=f"message:{message_id}",
        session=SessionPart(kind=ActivityKind.CONVERSATION, duration=timedelta(seconds=duration_seconds)),
    )


@transaction.atomic
def scenario_phase_record(
    *, user: User, attempt_id: int, phase: int, language: str, at: datetime, duration_seconds: int = 0
) -> XpEvent | None:
    """A phase of a scenario attempt was completed: 15 XP, once per attempt and phase."""
    return _event(
        user=user,
        kind=XpEvent.Kind.SCENARIO_PHASE,
        key=f"scenario-phase:{attempt_id}:{phase}",
        base_xp=rules.SCENARIO_PHASE_XP,
        at=at,
        language=language,
        subject=f"attempt:{attempt_id}",
        session=SessionPart(kind=ActivityKind.SCENARIO, duration=timedelta(seconds=duration_seconds)),
    )


@transaction.atomic
def scenario_completion_record(
    *,
    user: User,
    attempt_id: int,
    scenario_id: int,
    category: str,
    category_size: int,
    level: str,
    expected_minutes: int,
    duration_seconds: int,
    language: str,
    at: datetime,
) -> XpEvent | None:
    """A scenario attempt was completed: 50, 75 or 100 XP by the scenario's CEFR level (A, B, C), then the
    scenario achievements. `category` is the category slug (catalogue.SCENARIO_CATEGORIES) and `category_size`
    the number of scenarios the learner can play in it; `duration_seconds` is the attempt's whole time."""
    event = _event(
        user=user,
        kind=XpEvent.Kind.SCENARIO_COMPLETION,
        key=f"scenario-completion:{attempt_id}",
        base_xp=rules.SCENARIO_COMPLETION_XP[level],
        at=at,
        language=language,
        subject=f"scenario:{scenario_id}",
        category=category,
        session=SessionPart(kind=ActivityKind.SCENARIO, items=0),
    )
    if event is not None:
        achievements.check_scenarios(
            user=user,
            category=category,
            category_size=category_size,
            expected_minutes=expected_minutes,
            duration_seconds=duration_seconds,
            at=at,
        )
    return event


@transaction.atomic
def content_study_record(
    *, user: User, item_id: int, language: str, imported: bool, at: datetime, duration_seconds: int = 0
) -> XpEvent | None:
    """A content item was studied: 20 XP, once per item. `imported` for items the learner imported."""
    event = _event(
        user=user,
        kind=XpEvent.Kind.CONTENT_ITEM,
        key=f"content:{item_id}",
        base_xp=rules.CONTENT_ITEM_XP,
        at=at,
        language=language,
        subject=f"content:{item_id}",
        category="imported" if imported else "",
        session=SessionPart(kind=ActivityKind.CONTENT, duration=timedelta(seconds=duration_seconds)),
    )
    if event is not None and imported:
        achievements.check_imported_content(user=user, at=at)
    return event


@transaction.atomic
def scenario_ratings_record(*, user: User, rated: int, at: datetime) -> None:
    """The learner rated a scenario; `rated` is how many scenarios they have rated in all (no XP)."""
    achievements.check_ratings(user=user, rated=rated, at=at)


@transaction.atomic
def learning_path_record(*, user: User, at: datetime) -> None:
    """The learner built a learning path (no XP)."""
    achievements.achievement_unlock(user=user, code="path-built", at=at)
