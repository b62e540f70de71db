"""Every change of a synced row reaches the change feed, whoever makes it: pages and services through
post_save/post_delete, writes that skip save() through spaced_repetition's rows_changed and rows_saved,
pushes directly."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from spaced_repetition.signals import rows_changed, rows_saved
from sync import changes
from sync.registry import TABLE_OF_MODEL, Table, owner_id_path


def _owner_id(table: Table, instance) -> int:
    *hops, last = table.owner.split("__")
    for hop in hops:
        instance = getattr(instance, hop)
    return getattr(instance, f"{last}_id")


def _feed_row(instance) -> tuple[str, object, int]:
    table = TABLE_OF_MODEL[type(instance)]
    return table.name, instance.uuid, _owner_id(table, instance)


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    changes.record([_feed_row(instance)])


def _deleted(sender, instance, **kwargs):
    changes.record_deleted(TABLE_OF_MODEL[sender].name, [instance.uuid])


for model in TABLE_OF_MODEL:
    post_save.connect(_saved, sender=model, dispatch_uid=f"sync-saved-{model._meta.label}")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"sync-deleted-{model._meta.label}")


@receiver(rows_saved, dispatch_uid="sync-rows-saved")
def _rows_saved(sender, instances, **kwargs):
    changes.record(_feed_row(instance) for instance in instances if type(instance) in TABLE_OF_MODEL)


@receiver(rows_changed, dispatch_uid="sync-rows-changed")
def _rows_changed(sender, model, pks, **kwargs):
    table = TABLE_OF_MODEL.get(model)
    if table is None or not pks:
        return
    rows = table.model.objects.filter(pk__in=pks).values_list("uuid", owner_id_path(table))
    changes.record((table.name, uuid, user_id) for uuid, user_id in rows)
