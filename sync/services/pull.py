"""What a device gets on pull: every record of the learner changed after its cursor, once, as of a snapshot
that never skips a concurrently committed change (see sync.changes)."""

from collections import defaultdict
from dataclasses import dataclass

from admin_tools.models import User
from sync import changes, wire
from sync.models import Change, Horizon
from sync.registry import TABLES

LIST_LIMIT = 500  # up to this many ids of a table are looked up by list, more by a semi-join on the feed


@dataclass
class PullResult:
    changes: dict
    timestamp: int
    count: int
    # the cursor was older than pruned tombstones: the device gets every record and replaces its own
    full_resync: bool


def pull_changes(*, user: User, cursor: int | None) -> PullResult:
    # The counter first, the feed second: every number up to `committed` belongs to a committed transaction,
    # so the feed read next holds all of them (a row moved past `committed` meanwhile comes again next time).
    committed = changes.committed_seq(user.pk)
    pruned = Horizon.objects.filter(user=user).values_list("pruned_through", flat=True).first() or 0
    full_resync = cursor is not None and cursor < pruned
    feed = Change.objects.filter(user=user)
    feed = feed.filter(deleted=False) if cursor is None or full_resync else feed.filter(seq__gt=cursor)
    changed_ms = wire.epoch_ms("changed_at")
    if changed_ms is not None:
        feed = feed.annotate(changed_ms=changed_ms)
    rows = feed.values_list("table", "record", "deleted", "seq", "changed_at" if changed_ms is None else "changed_ms")
    stamps, deleted, timestamp = defaultdict(dict), defaultdict(list), committed
    for table, record, is_deleted, seq, changed_at in rows:
        timestamp = max(timestamp, seq)
        if is_deleted:
            deleted[table].append(str(record))
        else:
            stamps[table][record] = wire.read_ms(changed_at)
    result, count = {}, 0
    for name, table in TABLES.items():
        wanted = stamps.get(name, {})
        if not wanted:
            updated = []
        elif len(wanted) <= LIST_LIMIT:
            updated = wire.records(table, list(wanted), wanted)
        else:  # the rows named by the same feed query, as a semi-join: no long list of ids goes back and forth
            updated = wire.records(table, feed.filter(table=name, deleted=False).values("record"), wanted)
        # everything in `updated`: WatermelonDB clients pass sendCreatedAsUpdated: true
        result[name] = {"created": [], "updated": updated, "deleted": deleted.get(name, [])}
        count += len(updated) + len(result[name]["deleted"])
    return PullResult(changes=result, timestamp=timestamp, count=count, full_resync=full_resync)
