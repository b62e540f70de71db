"""What a push leaves for the background: grades made offline count for XP, the streak and the learner's
stats once they reach the server. The learning app's service is idempotent (one XP event per review log),
so a task delivered twice records nothing more."""

from learning.gamification import services as gamification
from spaced_repetition.models import ReviewLog
from sync.models import SyncRun


def push_followup(*, run_id: int, review_log_ids: list[str]) -> int:
    recorded = 0
    for log in ReviewLog.objects.filter(uuid__in=review_log_ids).select_related("card__deck", "user"):
        recorded += gamification.review_record(review_log=log) is not None
    SyncRun.objects.filter(pk=run_id).update(followup_pending=False)
    return recorded
