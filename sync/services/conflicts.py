"""Conflicts kept for the learner (manual_review): the resolution is written like a push from no device, so it
gets a new sequence number and every device pulls it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sync import changes
from sync.models import Conflict
from sync.registry import TABLES
from sync.services import push


@transaction.atomic
def conflict_resolve(*, conflict: Conflict, choice: str, columns: dict[str, str] | None = None) -> Conflict:
    """Keep the server version, take the device's, or merge: `columns` maps each differing column to "server"
    or "client". Resolving twice changes nothing more."""
    conflict = Conflict.objects.select_for_update().get(pk=conflict.pk)
    if conflict.resolved_at is not None:
        return conflict
    if choice not in Conflict.Resolution.values:
        raise ValidationError({"choice": "Pick the server version, the device version or a merge."})
    table = TABLES[conflict.table]
    entry = None
    if choice == Conflict.Resolution.CLIENT and conflict.client_deleted:
        entry = {"deleted": [str(conflict.record)]}
    elif choice != Conflict.Resolution.SERVER:
        picks = columns or {}
        if choice == Conflict.Resolution.MERGED and set(picks.values()) - {"server", "client"}:
            raise ValidationError({"columns": "Each field comes from the server or the device."})
        record = {"id": str(conflict.record)}
        for column in table.writable:
            source = "client" if choice == Conflict.Resolution.CLIENT else picks.get(column.name, "server")
            data = conflict.client_data if source == "client" else conflict.server_data
            if column.name in data:
                record[column.name] = data[column.name]
        entry = {"updated": [record]}
    if entry is not None:
        push.push_apply(
            user=conflict.user,
            device=None,
            payload={"changes": {table.name: entry}},
            # the learner saw the server version: no new conflict
            last_pulled_at=changes.committed_seq(conflict.user_id),
            strict=False,
        )
    conflict.resolution, conflict.resolved_at = choice, timezone.now()
    conflict.save(update_fields=["resolution", "resolved_at"])
    return conflict


def conflict_title(conflict: Conflict) -> str:
    table = TABLES[conflict.table]
    name = conflict.server_data.get(table.label) or conflict.client_data.get(table.label) or str(conflict.record)
    return f"{table.model._meta.verbose_name.capitalize()} “{name}”"


def differing_columns(conflict: Conflict) -> list[tuple[str, object, object]]:
    """(column, server value, device value) for each column the two versions disagree on."""
    table = TABLES[conflict.table]
    return [
        (column.name, conflict.server_data.get(column.name), conflict.client_data[column.name])
        for column in table.writable
        if column.name in conflict.client_data
        and conflict.client_data[column.name] != conflict.server_data.get(column.name)
    ]
