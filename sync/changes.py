"""The change feed: sequence numbers from the database and the one row per changed record.

Each learner's feed has its own counter (LearnerChangeCounter). A transaction that changes a learner's synced
rows takes a sequence number for each batch of changes it records by incrementing that learner's counter row,
and keeps the row locked until it commits (a PostgreSQL row lock; SQLite has one writer anyway). So within a
feed, numbers are handed out in commit order, and every number at or below the learner's committed counter
value belongs to a committed transaction: a pull that reads the counter first and then the feed never skips a
change that commits while it runs. Writes of different learners never wait for each other (one counter for
the whole feed made every message, grade and push in the product queue for one row).

A learner's counter starts above the floor (ChangeCounter), the one counter every feed shared before, so
the numbers continue past any cursor a device already holds.
"""

from collections.abc import Iterable
from uuid import UUID

from django.db import connection, transaction
from django.utils import timezone

from sync.models import Change, ChangeCounter, LearnerChangeCounter

FLOOR_PK = 1


def _tables() -> tuple[str, str]:
    q = connection.ops.quote_name
    return q(LearnerChangeCounter._meta.db_table), q(ChangeCounter._meta.db_table)


def _floor_sql() -> str:
    """The floor as an SQL expression: 1 where its row is missing (a flushed test database)."""
    return f"COALESCE((SELECT value FROM {_tables()[1]} WHERE id = {FLOOR_PK}), 1)"


def committed_seq(user_id: int) -> int:
    """The newest sequence number of a committed transaction in this learner's feed."""
    counters, _ = _tables()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE((SELECT value FROM {counters} WHERE user_id = %s), {_floor_sql()})", [user_id])
        return cursor.fetchone()[0]


def feed_consistent(user_id: int) -> bool:
    """Whether the learner's committed counter is at or above every number in their feed, as pulls rely on."""
    newest = Change.objects.filter(user_id=user_id).order_by("-seq").values_list("seq", flat=True).first()
    return newest is None or committed_seq(user_id) >= newest


def next_seq(user_id: int) -> int:
    """A new sequence number in this learner's feed. It takes the learner's counter row lock, held until the
    surrounding transaction ends: call it inside transaction.atomic(), as late in the transaction as it can be."""
    counters, _ = _tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {counters} (user_id, value) VALUES (%s, {_floor_sql()} + 1) "
            f"ON CONFLICT (user_id) DO UPDATE SET value = {counters}.value + 1 RETURNING value",
            [user_id],
        )
        return cursor.fetchone()[0]


def record(changes: Iterable[tuple[str, UUID, int]], *, deleted: bool = False) -> int | None:
    """Put (table, record uuid, user id) changes in the feed, each under its learner's number for this
    transaction; returns the highest of those numbers."""
    with transaction.atomic(savepoint=False):  # inside the caller's transaction when there is one
        rows = list(dict.fromkeys(changes))
        if not rows:
            return None
        now = timezone.now()
        if connection.vendor == "postgresql":
            return _record_in_one_statement(rows, deleted, now)
        # learners in id order, so two transactions that record for the same learners lock them in one order
        seqs = {user_id: next_seq(user_id) for user_id in sorted({user_id for _, _, user_id in rows})}
        Change.objects.bulk_create(
            [
                Change(table=table, record=uuid, user_id=user_id, seq=seqs[user_id], deleted=deleted, changed_at=now)
                for table, uuid, user_id in rows
            ],
            update_conflicts=True,
            unique_fields=["table", "record"],
            update_fields=["seq", "deleted", "changed_at", "user"],
        )
        return max(seqs.values())


def record_deleted(table: str, uuids: Iterable[UUID]) -> None:
    """Turn the feed rows of deleted records into tombstones (the owner is already on the row)."""
    uuids = list(uuids)
    if not uuids:
        return
    with transaction.atomic(savepoint=False):
        rows = Change.objects.filter(table=table, record__in=uuids)
        for user_id in sorted(set(rows.values_list("user_id", flat=True))):
            rows.filter(user_id=user_id).update(seq=next_seq(user_id), deleted=True, changed_at=timezone.now())


def _record_in_one_statement(rows: list[tuple[str, UUID, int]], deleted: bool, now) -> int:
    """record() on PostgreSQL in one statement: each learner's counter increment (with its row lock, taken in
    learner id order) in a CTE feeding the upsert, as every grade records its card and its log."""
    q = connection.ops.quote_name
    counters, _ = _tables()
    values = ", ".join(["(%s, %s::uuid, %s::integer)"] * len(rows))
    sql = (
        f"WITH v(name, record, user_id) AS (VALUES {values}), "
        f"counter AS (INSERT INTO {counters} (user_id, value) "
        f"SELECT DISTINCT user_id, {_floor_sql()} + 1 FROM v ORDER BY user_id "
        f"ON CONFLICT (user_id) DO UPDATE SET value = {counters}.value + 1 RETURNING user_id, value) "
        f'INSERT INTO {q(Change._meta.db_table)} ("table", record, user_id, seq, deleted, changed_at) '
        f"SELECT v.name, v.record, v.user_id, counter.value, %s, %s FROM v JOIN counter USING (user_id) "
        f'ON CONFLICT ("table", record) DO UPDATE SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, '
        f"changed_at = EXCLUDED.changed_at, user_id = EXCLUDED.user_id RETURNING seq"
    )
    params = [*(value for row in rows for value in row), deleted, now]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return max(seq for (seq,) in cursor.fetchall())
