"""Records on the wire (WatermelonDB raw records) to model values and back. Pure shape and type rules:
which rows a learner may touch is the push's business."""

from datetime import UTC, datetime
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import connection, models

from sync import bulk
from sync.registry import Column, Table

# WatermelonDB's own bookkeeping columns, sent with pushed records and never stored
LOCAL_COLUMNS = {"id", "_status", "_changed", "updated_at"}


def ms(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp() * 1000)


def from_ms(value) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("Expected a time in milliseconds since the epoch.")
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError) as error:
        raise ValidationError("This time is out of range.") from error


def parse_id(value) -> UUID:
    if not isinstance(value, str):
        raise ValidationError("Ids are strings (uuids).")
    try:
        return UUID(value)
    except ValueError as error:
        raise ValidationError(f"“{value}” is not a uuid.") from error


def read_paths(table: Table) -> list[str]:
    return ["uuid", *(column.path for column in table.columns)]


def to_wire(table: Table, row: dict, changed_at: datetime) -> dict:
    """A `.values(*read_paths(table))` row as a raw record."""
    record = {"id": str(row["uuid"])}
    for column in table.columns:
        value = row[column.path]
        if isinstance(value, datetime):
            value = ms(value)
        elif isinstance(value, UUID):
            value = str(value)
        record[column.name] = value
    record["updated_at"] = ms(changed_at)
    return record


def _field(table: Table, column: Column) -> models.Field:
    return table.model._meta.get_field(column.model_field)


def clean_column(table: Table, column: Column, value):
    """One pushed value as the model stores it; refs and lookups stay wire values (resolved in bulk later)."""
    field = _field(table, column)
    if column.ref:
        return None if value is None and field.null else parse_id(value)
    if column.lookup:
        if field.null and value in (None, ""):  # no folder: null, or the blank a non-optional string column holds
            return None
        if not isinstance(value, str):
            raise ValidationError("Expected a string.")
        if column.lookup.owner:  # the value may become a row of its own: it must be a valid one
            column.lookup.model._meta.get_field(column.lookup.key).clean(value, None)
        return value
    if isinstance(field, models.DateTimeField):
        if value is None:
            if not field.null:
                raise ValidationError("This field cannot be null.")
            return None
        return from_ms(value)
    if isinstance(field, models.CharField | models.TextField) and not isinstance(value, str | type(None)):
        raise ValidationError("Expected a string.")
    if isinstance(field, models.BooleanField) and value in (0, 1):  # LokiJS may store booleans as numbers
        value = bool(value)
    return field.clean(value, None)


def clean_record(table: Table, raw) -> tuple[UUID, dict, list[str]]:
    """(id, {column name: value} of the writable columns present, the columns the client changed)."""
    if not isinstance(raw, dict):
        raise ValidationError({"record": ["Each record is an object."]})
    errors, values = {}, {}
    try:
        uuid = parse_id(raw.get("id"))
    except ValidationError as error:
        raise ValidationError({"id": error.messages}) from error
    for column in table.writable:
        if column.name not in raw:
            continue
        try:
            values[column.name] = clean_column(table, column, raw[column.name])
        except ValidationError as error:
            errors[column.name] = error.messages
    if errors:
        raise ValidationError(errors)
    changed = raw.get("_changed") or ""
    changed = [name for name in changed.split(",") if name in values] if isinstance(changed, str) else []
    return uuid, values, changed


def _str_or_none(value):
    return None if value is None else str(value)


def epoch_ms(path: str):
    """An expression reading a timestamp as ms since the epoch, or None where Python converts it (read_ms)."""
    return bulk.EpochMs(path) if connection.vendor == "postgresql" else None


def read_ms(value):
    return value if value is None or isinstance(value, int) else ms(value)


def records(table: Table, uuids, stamps: dict) -> list[dict]:
    """The raw records of these rows (uuids: a list or a subquery) for a pull, `updated_at` from `stamps` (uuid ->
    ms); a row missing from `stamps` changed after the feed was read and comes with the next pull. Timestamps
    come out of PostgreSQL as ms already; the plan per column is worked out once per call, not per row."""
    queryset = table.model.objects.filter(uuid__in=uuids)
    selects, converters = ["uuid"], []
    for column in table.columns:
        field = _field(table, column)
        if column.ref:
            selects.append(column.path)
            converters.append(_str_or_none)
        elif not column.lookup and isinstance(field, models.DateTimeField):
            expression = epoch_ms(column.path)
            if expression is None:
                selects.append(column.path)
            else:
                queryset = queryset.annotate(**{f"ms_{column.name}": expression})
                selects.append(f"ms_{column.name}")
            converters.append(read_ms)
        else:
            selects.append(column.path)
            converters.append(None)
    names = [column.name for column in table.columns]
    plan = list(zip(names, converters, strict=True))
    out = []
    for row in queryset.values_list(*selects):
        if row[0] not in stamps:
            continue
        record = {"id": str(row[0])}
        for (name, convert), value in zip(plan, row[1:], strict=True):
            record[name] = value if convert is None else convert(value)
        record["updated_at"] = stamps[row[0]]
        out.append(record)
    return out
