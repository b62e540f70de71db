from datetime import datetime

from celery import shared_task
from django.utils import timezone

from admin_tools.models import User
from learning.gamification import leagues
from learning.gamification import services as gamification


@shared_task
def leagues_close_week() -> int:
    """Promote and demote in the leagues of the week that ended (Celery beat, Mondays just after 00:00 UTC;
    a late or repeated run closes only what is still open)."""
    return leagues.leagues_close_week(now=timezone.now())


@shared_task
def conversation_turn_record(
    user_id: int, message_id: int, language: str, at: str, duration_seconds: int = 0
) -> int | None:
    """Pay a conversation turn's XP (session, daily goal, streak, league, achievements) in the background, so
    that sending a message starts the tutor's reply without waiting for them. `at` is ISO 8601. Returns the XP
    event's id, None on a replay."""
    event = gamification.conversation_turn_record(
        user=User.objects.get(pk=user_id),
        message_id=message_id,
        language=language,
        at=datetime.fromisoformat(at),
        duration_seconds=duration_seconds,
    )
    return event.pk if event is not None else None


@shared_task
def review_graded_record(review_log_id: int) -> int | None:
    """Pay a grade's XP, session, daily goal, streak, league and achievements in the background, so that
    grading answers without waiting for them (learning/receivers.py queues it when a grade is committed).
    Returns the XP event's id, None on a replay or when the grade was taken back first."""
    event = gamification.review_graded_record(review_log_id=review_log_id)
    return event.pk if event is not None else None
