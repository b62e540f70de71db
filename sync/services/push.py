"""Apply a device's push: one transaction, idempotent, conflicts settled by each table's policy.

The push writes the owning apps' tables in bulk (bulk_create/bulk_update) rather than through their one-row
services: a push of a thousand records must take well under a second, and the row-level rules those services
add (field validation, the owner of every row and of every row it points to, the rows the learner may see) are
applied here for the whole batch. Unique constraints (a deck name, a card front) are left to the database: a
push breaking one is refused as a whole. The exception is a table's `merge_on` rule (one rating per learner and
scenario): a device cannot know the id another device gave the record, so its create is merged (_merge).
"""

from dataclasses import dataclass, field, replace
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from rest_framework.exceptions import APIException
from rest_framework.exceptions import ValidationError as Invalid

from admin_tools.models import User
from sync import bulk, changes, wire
from sync.models import Change, Conflict, Device
from sync.registry import TABLES, Column, Policy, Table, owner_id_path


class PullFirst(APIException):
    """Strict mode: a pushed record changed on the server after the client's pull. 409, so the client pulls,
    merges and pushes again (WatermelonDB's own conflict behaviour)."""

    status_code = 409
    default_code = "pull_first"


@dataclass
class PushResult:
    applied: int = 0
    conflicts: int = 0
    seq: int | None = None
    created: dict[str, list[UUID]] = field(default_factory=dict)
    # the tables the push wrote or deleted rows of
    changed: set[str] = field(default_factory=set)


@dataclass
class _Pushed:
    uuid: UUID
    values: dict
    changed: list[str]
    updated_at: int | float | None
    deleted: bool = False
    merged: bool = False  # a create merged into the learner's record of the same key: the device never saw it


def parse(payload) -> dict[str, list[_Pushed]]:
    """The push body's `changes` as pushed records per table, in registry order; 400 on any flaw."""
    if not isinstance(payload, dict) or not isinstance(payload.get("changes"), dict):
        raise Invalid({"changes": ["Send {changes: {table: {created, updated, deleted}}}."]})
    unknown = sorted(set(payload["changes"]) - set(TABLES))
    if unknown:
        raise Invalid({"changes": [f"Unknown table: {', '.join(unknown)}."]})
    parsed, errors = {}, {}
    for name, table in TABLES.items():
        entry = payload["changes"].get(name)
        if entry is None:
            continue
        try:
            parsed[name] = _parse_table(table, entry)
        except Invalid as error:
            errors[name] = error.detail
    if errors:
        raise Invalid({"changes": errors})
    return parsed


def _parse_table(table: Table, entry) -> list[_Pushed]:
    if not isinstance(entry, dict) or set(entry) - {"created", "updated", "deleted"}:
        raise Invalid(["Each table is {created: [...], updated: [...], deleted: [...]}."])
    if not all(isinstance(entry.get(key) or [], list) for key in ("created", "updated", "deleted")):
        raise Invalid(["created, updated and deleted are lists."])
    records, errors = [], {}
    for index, raw in enumerate([*(entry.get("created") or []), *(entry.get("updated") or [])]):
        try:
            uuid, values, changed = wire.clean_record(table, raw)
        except ValidationError as error:
            errors[str(index)] = error.message_dict if hasattr(error, "error_dict") else error.messages
            continue
        stamp = raw.get("updated_at")
        records.append(_Pushed(uuid, values, changed, stamp if isinstance(stamp, int | float) else None))
    for raw in entry.get("deleted") or []:
        try:
            records.append(_Pushed(wire.parse_id(raw), {}, [], None, deleted=True))
        except ValidationError as error:
            errors["deleted"] = error.messages
    if errors:
        raise Invalid(errors)
    ids = [record.uuid for record in records]
    if len(set(ids)) != len(ids):
        raise Invalid(["A record appears twice."])
    return records


def push_apply(*, user: User, device: Device | None, payload, last_pulled_at: int, strict: bool) -> PushResult:
    """Everything or nothing: a flaw anywhere (400), another learner's record (404) or, in strict mode, a
    record changed since the client's pull (409) leaves the database as it was."""
    try:
        return _push_apply(user=user, device=device, payload=payload, last_pulled_at=last_pulled_at, strict=strict)
    except IntegrityError as error:
        raise Invalid({"changes": [f"The push breaks a rule of the stored data ({error})."]}) from error


@transaction.atomic
def _push_apply(*, user, device, payload, last_pulled_at, strict) -> PushResult:
    result = PushResult()
    for name, records in parse(payload).items():
        _apply_table(
            TABLES[name], records, user=user, device=device, last_pulled_at=last_pulled_at, strict=strict, result=result
        )
    return result


def _norm(value):
    if hasattr(value, "timestamp"):
        return wire.ms(value)
    return str(value) if isinstance(value, UUID) else value


def _resolve(table: Table, records: list[_Pushed], user: User) -> list[_Pushed]:
    """Refs (uuids of other synced rows) and lookups (catalogue keys) to primary keys, in place; another
    learner's row is a 404, an unknown one a 400. A record pointing at a row deleted on the server is dropped
    (the deletion wins, as for the row itself): a grade made offline of a card deleted meanwhile is not an error
    the device could ever fix. Returns the records kept."""
    dropped: set[UUID] = set()
    for column in table.writable:
        if not (column.ref or column.lookup):
            continue
        wanted = {r.values[column.name] for r in records if r.values.get(column.name) is not None}
        if not wanted:
            continue
        gone = set()
        if column.ref:
            target = TABLES[column.ref]
            rows = target.model.objects.filter(uuid__in=wanted).values_list("uuid", "pk", owner_id_path(target))
            tombstones = Change.objects.filter(table=target.name, record__in=wanted, deleted=True)
            if any(owner != user.pk for _, _, owner in rows) or tombstones.exclude(user=user).exists():
                raise Http404("No such record.")
            found = {uuid: pk for uuid, pk, _ in rows}
            gone = set(tombstones.values_list("record", flat=True))
        else:
            found = _lookup(table, column, wanted, user)
        missing = sorted(str(value) for value in wanted - set(found) - gone)
        if missing:
            raise Invalid({"changes": {table.name: {column.name: [f"Unknown: {', '.join(missing)}."]}}})
        for record in records:
            value = record.values.get(column.name)
            if value in gone:
                dropped.add(record.uuid)
            elif value is not None:
                record.values[column.name] = (value, found[value])
    return [record for record in records if record.uuid not in dropped]


def _lookup(table: Table, column: Column, wanted: set, user: User) -> dict:
    """Keys to primary keys among the rows the column's lookup lets this learner name (see registry.Lookup); the
    keys of their own rows they have none of yet become rows (a new bookmark folder)."""
    lookup = column.lookup
    rows = lookup.model.objects.filter(**{f"{lookup.key}__in": wanted})
    if lookup.for_user:
        held = table.model.objects.filter(**{owner_id_path(table): user.pk}).values(column.model_field)
        rows = rows.filter(Q(pk__in=lookup.model.objects.for_user(user).values("pk")) | Q(pk__in=held))
    if lookup.owner:
        rows = rows.filter(**{f"{lookup.owner}_id": user.pk})
    found = dict(rows.values_list(lookup.key, "pk"))
    if lookup.owner and wanted - set(found):
        new = [lookup.model(**{lookup.key: key, f"{lookup.owner}_id": user.pk}) for key in sorted(wanted - set(found))]
        lookup.model.objects.bulk_create(new)
        found.update(rows.values_list(lookup.key, "pk"))
    return found


def _merge(table: Table, records: list[_Pushed], existing: dict, feed: dict, user: User) -> dict[UUID, UUID]:
    """A create of an id the server does not know, for a record the learner has under another id (a scenario rated
    offline on two devices), becomes an update of that record, which the table's policy settles like a conflict.
    Of several such creates in one push the newest (`updated_at`) counts; a record the push also updates keeps
    the device's own version. `records`, `existing` and `feed` change in place; returns {id merged away: kept id}."""
    column = table_column(table, table.merge_on)
    groups: dict[object, list[_Pushed]] = {}
    for record in records:
        # a merged-away id pushed again (a retry) is in the feed, deleted: it stays deleted
        if not (record.deleted or record.uuid in existing or record.uuid in feed or column.name not in record.values):
            groups.setdefault(_stored(column, record.values[column.name]), []).append(record)
    if not groups:
        return {}
    key, owner_path = table.model._meta.get_field(column.model_field).attname, owner_id_path(table)
    held = table.model.objects.select_for_update(of=("self",)).filter(
        **{owner_path: user.pk, f"{key}__in": list(groups)}
    )
    targets = {row[key]: row for row in held.order_by("pk").values("pk", owner_path, key, *wire.read_paths(table))}
    found = Change.objects.filter(table=table.name, record__in=[row["uuid"] for row in targets.values()])
    feed.update({row["record"]: row for row in found.values()})
    merged, kept = {}, []
    for value, group in groups.items():
        newest = max(reversed(group), key=lambda r: r.updated_at or 0)  # a tie goes to the last pushed
        target = targets.get(value)
        if target is None:  # nothing on the server: the newest is created, its duplicates go
            merged.update((r.uuid, newest.uuid) for r in group if r is not newest)
            continue
        merged.update((r.uuid, target["uuid"]) for r in group)
        if target["uuid"] not in existing:
            existing[target["uuid"]] = target
            kept.append(replace(newest, uuid=target["uuid"], merged=True))
    records[:] = [*(r for r in records if r.uuid not in merged), *kept]
    return merged


def _stored(column: Column, value):
    """A pushed value as the model field takes it: the primary key of a resolved ref or lookup."""
    if column.ref or column.lookup:
        return None if value is None else value[1]
    return value


def _wire_value(value):
    return _norm(value[0] if isinstance(value, tuple) else value)


def _apply_table(table, records, *, user, device, last_pulled_at, strict, result) -> None:
    model = table.model
    ids = [record.uuid for record in records]
    owner_path = owner_id_path(table)
    # Locked (in key order, so two pushes cannot deadlock): a push racing this one on the same record waits, then
    # reads what this one committed, and sees the conflict its policy settles.
    rows = model.objects.select_for_update(of=("self",)).filter(uuid__in=ids).order_by("pk")
    existing = {row["uuid"]: row for row in rows.values("pk", owner_path, *wire.read_paths(table))}
    feed = {row["record"]: row for row in Change.objects.filter(table=table.name, record__in=ids).values()}
    if any(row[owner_path] != user.pk for row in existing.values()) or any(
        row["user_id"] != user.pk for row in feed.values()
    ):
        raise Http404("No such record.")
    records = [*_resolve(table, [r for r in records if not r.deleted], user), *(r for r in records if r.deleted)]
    merged = _merge(table, records, existing, feed, user) if table.merge_on else {}
    now_ms = wire.ms(timezone.now())
    creates, updates, deletes, conflicts = [], [], [], []
    for record in records:
        current, change = existing.get(record.uuid), feed.get(record.uuid)
        if current is None:
            gone = change is not None and change["deleted"]
            if record.deleted or gone or not (table.creatable or table.append_only):
                if not record.deleted and not gone and not table.creatable:
                    raise Http404("No such record.")
                continue  # deleting a missing record, or updating a deleted one: the deletion stands
            creates.append(record)
            continue
        if table.append_only or (record.deleted and not table.deletable):
            continue
        diff = (
            {}
            if record.deleted
            else {
                name: value
                for name, value in record.values.items()
                if _wire_value(value) != _norm(current[table_column(table, name).path])
            }
        )
        if not record.deleted and not diff:
            continue  # nothing new: a retried push lands here
        conflicted = change is not None and change["seq"] > last_pulled_at
        if conflicted and strict:
            raise PullFirst(f"{table.name} {record.uuid} changed on the server after your pull.")
        if conflicted or record.merged:  # a merged record was made without the device seeing the server's
            policy = table.configured_policy
            server_ms = wire.ms(change["changed_at"]) if change else 0
            client_ms = now_ms if record.deleted else (record.updated_at or 0)
            result.conflicts += 1
            if policy == Policy.SERVER_WINS or (policy == Policy.LATEST_TIMESTAMP and client_ms < server_ms):
                continue
            if policy == Policy.MANUAL_REVIEW:
                conflicts.append(_conflict(table, record, current, change, user, device))
                continue
            if policy == Policy.CLIENT_WINS and record.changed and not record.deleted:
                diff = {name: value for name, value in diff.items() if name in record.changed}
        if record.deleted:
            deletes.append(current["pk"])
        elif diff:
            updates.append((current["pk"], record.uuid, diff))
    _write(table, user, creates, updates, deletes, result, kept=set(merged.values()) - set(ids))
    # the ids merged away go out as deleted, so the device that pushed them drops its duplicate
    changes.record(((table.name, uuid, user.pk) for uuid in merged), deleted=True)
    Conflict.objects.bulk_create(conflicts)


def table_column(table: Table, name: str):
    return next(column for column in table.columns if column.name == name)


def _conflict(table, record, current, change, user, device) -> Conflict:
    server = wire.to_wire(table, current, change["changed_at"] if change else timezone.now())
    client = {name: _wire_value(value) for name, value in record.values.items()}
    return Conflict(
        user=user,
        device=device,
        table=table.name,
        record=record.uuid,
        client_data=client,
        client_deleted=record.deleted,
        server_data=server,
    )


def _assign(table: Table, instance, values: dict) -> None:
    for name, value in values.items():
        column = table_column(table, name)
        if column.ref or column.lookup:
            setattr(instance, f"{column.model_field}_id", _stored(column, value))
        else:
            setattr(instance, column.model_field, value)


def _write(table: Table, user: User, creates, updates, deletes, result: PushResult, kept=()) -> None:
    """Writes the rows and records them in the feed, with `kept`: records others were merged into, which the
    device that pushed a duplicate gets on its next pull even when its version lost."""
    model = table.model
    if creates:
        instances = []
        for record in creates:
            instance = model(uuid=record.uuid, **table.create_defaults)
            if table.owner_field:
                setattr(instance, f"{table.owner_field}_id", user.pk)
            _assign(table, instance, record.values)
            instances.append(instance)
        model.objects.bulk_create(instances, batch_size=500)
    if updates:
        now = timezone.now()
        stamped = any(f.name == "updated_at" for f in model._meta.concrete_fields)
        rows = []
        for pk, _, diff in updates:
            values = {}
            for name, value in diff.items():
                column = table_column(table, name)
                values[column.model_field] = _stored(column, value)
            rows.append((pk, {**values, "updated_at": now} if stamped else values))
        bulk.rows_update(model, rows)
    if deletes:
        model.objects.filter(pk__in=deletes).delete()  # post_delete turns the feed rows into tombstones
    written = [r.uuid for r in creates] + [uuid for _, uuid, _ in updates]
    seq = changes.record((table.name, uuid, user.pk) for uuid in [*written, *kept])
    result.applied += len(written) + len(deletes)
    if written or deletes:
        result.changed.add(table.name)
    result.seq = seq or result.seq
    if creates:
        result.created[table.name] = [record.uuid for record in creates]
