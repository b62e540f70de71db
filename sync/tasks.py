"""Background work of the sync app: what a push leaves to do, and the periodic prune."""

from celery import shared_task
from django.utils import timezone

from sync.services import followup, pruning


@shared_task
def push_followup(run_id: int, review_log_ids: list[str], cards_changed: bool = False) -> int:
    """Record XP, streak and learner stats for the grades a device made offline, and embed the cards it pushed."""
    return followup.push_followup(run_id=run_id, review_log_ids=review_log_ids, cards_changed=cards_changed)


@shared_task
def tombstones_prune() -> int:
    """Drop tombstones every active device has pulled past, and reconcile the feed (Celery beat)."""
    return pruning.tombstones_prune(now=timezone.now())
