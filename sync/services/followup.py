"""What a push leaves for the background: grades made offline count for XP, the streak and the learner's
stats once they reach the server, and the cards it created, edited or deleted (a deleted deck takes its cards)
are embedded in, or removed from, the vector store. Both are idempotent (one XP event per review log; an entry
whose card did not change is left alone), so a task delivered twice records nothing more. The run stays
`followup_pending`, which the sync status reports as pending background work, until both are done."""

from learning.gamification import services as gamification
from spaced_repetition import similar
from spaced_repetition.models import ReviewLog
from sync.models import SyncRun


def push_followup(*, run_id: int, review_log_ids: list[str], cards_changed: bool = False) -> int:
    """Returns the number of reviews recorded."""
    recorded = 0
    for log in ReviewLog.objects.filter(uuid__in=review_log_ids).select_related("card__deck", "user"):
        recorded += gamification.review_record(review_log=log) is not None
    if cards_changed:
        run = SyncRun.objects.select_related("device__user").get(pk=run_id)
        similar.cards_reconcile(user=run.device.user)
    SyncRun.objects.filter(pk=run_id).update(followup_pending=False)
    return recorded
