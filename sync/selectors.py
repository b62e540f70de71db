"""Reads that join several sync tables, for the status endpoint and the pages."""

from django.conf import settings
from django.utils import timezone

from admin_tools.models import User
from spaced_repetition import similar
from sync import changes
from sync.models import Conflict, SyncRun


def sync_status(*, user: User) -> dict:
    """The last sync of any of the learner's devices, background work not done yet (pushes, and cards still to be
    embedded), unresolved conflicts, and health: the feed answers, no push has waited on its background work longer
    than SYNC_FOLLOWUP_STALE, and the vector store answers."""
    runs = SyncRun.objects.filter(device__user=user)
    pending = runs.filter(followup_pending=True)
    stale = timezone.now() - settings.SYNC_FOLLOWUP_STALE
    try:
        to_embed = similar.cards_unindexed(user=user)
    except Exception:  # a Chroma server that does not answer is reported, not raised: the sync itself works on
        to_embed = None
    checks = {
        "change_feed": changes.feed_consistent(user.pk),
        "background_work": not pending.filter(started_at__lt=stale).exists(),
        "vector_store": to_embed is not None,
    }
    return {
        "last_sync": runs.select_related("device").first(),
        "pending_background_work": pending.count(),
        "cards_to_embed": to_embed,
        "open_conflicts": Conflict.objects.for_user(user).open().count(),
        "healthy": all(checks.values()),
        "checks": checks,
        "server_cursor": changes.committed_seq(user.pk),
    }
