"""The change feed: sequence numbers from the database and the one row per changed record.

A transaction that changes synced rows takes a sequence number for each batch of changes it records, by
incrementing the single ChangeCounter row, and keeps that row locked until it commits (a PostgreSQL row
lock; SQLite has one writer anyway). So numbers are handed out in commit order, and every number at or below
the committed counter value belongs to a committed transaction: a pull that reads the counter first and then
the feed never skips a change that commits while it runs.
"""

from collections.abc import Iterable
from uuid import UUID

from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from sync.models import Change, ChangeCounter

COUNTER_PK = 1


def committed_seq() -> int:
    """The newest sequence number of a committed transaction."""
    value = ChangeCounter.objects.filter(pk=COUNTER_PK).values_list("value", flat=True).first()
    return 1 if value is None else value


def next_seq() -> int:
    """A new sequence number. It takes the counter's row lock, held until the surrounding transaction ends:
    call it inside transaction.atomic(), as late in the transaction as it can be."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {ChangeCounter._meta.db_table} SET value = value + 1 WHERE id = %s RETURNING value", [COUNTER_PK]
        )
        row = cursor.fetchone()
    if row is not None:
        return row[0]
    # the row is made by a migration; a flushed database (tests) gets it back here, past every stored number
    top = Change.objects.aggregate(top=Max("seq"))["top"] or 1
    ChangeCounter.objects.get_or_create(pk=COUNTER_PK, defaults={"value": top})
    return next_seq()


def record(changes: Iterable[tuple[str, UUID, int]], *, deleted: bool = False) -> int | None:
    """Put (table, record uuid, user id) changes in the feed under this transaction's number; returns it."""
    with transaction.atomic(savepoint=False):  # inside the caller's transaction when there is one
        rows = list(dict.fromkeys(changes))
        if not rows:
            return None
        now = timezone.now()
        if connection.vendor == "postgresql" and (seq := _record_in_one_statement(rows, deleted, now)):
            return seq
        seq = next_seq()
        Change.objects.bulk_create(
            [
                Change(table=table, record=uuid, user_id=user_id, seq=seq, deleted=deleted, changed_at=now)
                for table, uuid, user_id in rows
            ],
            update_conflicts=True,
            unique_fields=["table", "record"],
            update_fields=["seq", "deleted", "changed_at", "user"],
        )
        return seq


def record_deleted(table: str, uuids: Iterable[UUID]) -> None:
    """Turn the feed rows of deleted records into tombstones (the owner is already on the row)."""
    uuids = list(uuids)
    if not uuids:
        return
    with transaction.atomic(savepoint=False):
        Change.objects.filter(table=table, record__in=uuids).update(
            seq=next_seq(), deleted=True, changed_at=timezone.now()
        )


def _record_in_one_statement(rows: list[tuple[str, UUID, int]], deleted: bool, now) -> int | None:
    """record() on PostgreSQL in one statement: the counter's increment (with its row lock) in a CTE feeding the
    upsert, as every grade records its card and its log. None when the counter row is missing."""
    q = connection.ops.quote_name
    values = ", ".join(["(%s, %s::uuid, %s::integer)"] * len(rows))
    sql = (
        f"WITH counter AS (UPDATE {q(ChangeCounter._meta.db_table)} SET value = value + 1 WHERE id = %s "
        f"RETURNING value) "
        f'INSERT INTO {q(Change._meta.db_table)} ("table", record, user_id, seq, deleted, changed_at) '
        f"SELECT v.name, v.record, v.user_id, counter.value, %s, %s FROM counter, (VALUES {values}) "
        f"AS v(name, record, user_id) "
        f'ON CONFLICT ("table", record) DO UPDATE SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, '
        f"changed_at = EXCLUDED.changed_at, user_id = EXCLUDED.user_id RETURNING seq"
    )
    params = [COUNTER_PK, deleted, now, *(value for row in rows for value in row)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return row[0] if row is not None else None
