"""Tombstones live until every device that still syncs has pulled past them; then they go, and a device
that comes back with an older cursor gets a full resync. The same periodic run reconciles the feed."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min

from sync import changes
from sync.models import Change, ChangeCounter, Device, Horizon, LearnerChangeCounter
from sync.registry import TABLES, owner_id_path


def horizon_for(*, user_id: int, now: datetime) -> int:
    """The newest sequence number every active device of the learner has pulled. Devices not seen for
    SYNC_DEVICE_STALE_DAYS, and devices that never pulled (their first pull is a full one), hold nothing back."""
    recent = now - timedelta(days=settings.SYNC_DEVICE_STALE_DAYS)
    oldest = (
        Device.objects.active()
        .filter(user_id=user_id, cursor__isnull=False, last_seen_at__gte=recent)
        .aggregate(oldest=Min("cursor"))["oldest"]
    )
    return changes.committed_seq(user_id) if oldest is None else oldest


def tombstones_prune(*, now: datetime) -> int:
    pruned = 0
    for user_id in Change.objects.filter(deleted=True).values_list("user_id", flat=True).distinct():
        with transaction.atomic():
            through = horizon_for(user_id=user_id, now=now)
            pruned += Change.objects.filter(user_id=user_id, deleted=True, seq__lte=through).delete()[0]
            horizon, _ = Horizon.objects.get_or_create(user_id=user_id)
            if through > horizon.pruned_through:
                Horizon.objects.filter(pk=horizon.pk).update(pruned_through=through)
    feed_reconcile()
    return pruned


def feed_reconcile() -> int:
    """Put any synced row that has no feed row into the feed (rows written by a path that sent no signal),
    and keep each learner's counter at or above their stored numbers, and the floor above all of them."""
    found = 0
    for table in TABLES.values():
        known = Change.objects.filter(table=table.name).values("record")
        missing = table.model.objects.exclude(uuid__in=known).values_list("uuid", owner_id_path(table))
        rows = [(table.name, uuid, user_id) for uuid, user_id in missing]
        changes.record(rows)
        found += len(rows)
    for user_id, top in Change.objects.values_list("user_id").annotate(top=Max("seq")).order_by("user_id"):
        LearnerChangeCounter.objects.filter(user_id=user_id, value__lt=top).update(value=top)
    top = Change.objects.aggregate(top=Max("seq"))["top"] or 0
    ChangeCounter.objects.filter(value__lt=top).update(value=top)
    return found
