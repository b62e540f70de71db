"""Bulk writes a push needs to be fast. On PostgreSQL an update of many rows with different values is one
`UPDATE ... FROM (VALUES ...)` (Django's bulk_update builds a CASE per row and field, about 1 ms a row);
elsewhere it is bulk_update."""

from django.db import connection, models
from django.db.models import Func


class EpochMs(Func):
    """A timestamp as integer ms since the epoch, computed by PostgreSQL (parsing 10,000 datetimes in Python
    and converting them back costs more than the rest of a pull)."""

    template = "FLOOR(EXTRACT(EPOCH FROM %(expressions)s) * 1000)::bigint"
    output_field = models.BigIntegerField()


def rows_update(model: type[models.Model], rows: list[tuple[int, dict]]) -> None:
    """Set each row's fields (model field name -> value) by primary key."""
    if not rows:
        return
    if connection.vendor != "postgresql":
        instances = model.objects.in_bulk([pk for pk, _ in rows])
        fields = set()
        for pk, values in rows:
            for name, value in values.items():
                setattr(instances[pk], model._meta.get_field(name).attname, value)
            fields.update(values)
        model.objects.bulk_update(list(instances.values()), sorted(fields), batch_size=500)
        return
    by_fields: dict[tuple[str, ...], list[tuple[int, dict]]] = {}
    for pk, values in rows:
        by_fields.setdefault(tuple(sorted(values)), []).append((pk, values))
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    for names, group in by_fields.items():
        fields = [model._meta.get_field(name) for name in names]
        sets = ", ".join(f"{quote(f.column)} = v.{quote(f.column)}::{f.db_type(connection)}" for f in fields)
        columns = ", ".join(["pk", *(quote(f.column) for f in fields)])
        for start in range(0, len(group), 1000):
            chunk = group[start : start + 1000]
            params = []
            for pk, values in chunk:
                params.append(pk)
                params += [f.get_db_prep_save(values[f.name], connection) for f in fields]
            placeholders = ", ".join(["(" + ", ".join(["%s"] * (len(fields) + 1)) + ")"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET {sets} FROM (VALUES {placeholders}) AS v({columns}) "
                    f"WHERE {table}.{quote(model._meta.pk.column)} = v.pk::bigint",
                    params,
                )
