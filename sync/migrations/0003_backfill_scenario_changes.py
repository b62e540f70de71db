"""Scenario bookmarks and ratings joined the synced tables: the rows that exist already go in the change feed under
one new sequence number, past every device's cursor, so each device's next pull (incremental or not) gets them.
The list below is a snapshot, as migrations must be."""

from django.db import migrations
from django.db.models import F
from django.utils import timezone

# (registry table, app, model, lookup from a row to its user id)
TABLES = [
    ("scenario_bookmarks", "conversations", "Bookmark", "owner_id"),
    ("scenario_ratings", "conversations", "Rating", "owner_id"),
]


def backfill(apps, schema_editor):
    counter = apps.get_model("sync", "ChangeCounter")
    change = apps.get_model("sync", "Change")
    rows = [
        (table, uuid, user_id)
        for table, app, name, owner in TABLES
        for uuid, user_id in apps.get_model(app, name).objects.values_list("uuid", owner).iterator(chunk_size=2000)
    ]
    if not rows:
        return
    counter.objects.get_or_create(pk=1, defaults={"value": 1})
    counter.objects.filter(pk=1).update(value=F("value") + 1)
    seq = counter.objects.get(pk=1).value
    now = timezone.now()
    change.objects.bulk_create(
        [change(table=table, record=uuid, user_id=user_id, seq=seq, changed_at=now) for table, uuid, user_id in rows],
        batch_size=2000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sync", "0002_backfill_changes"),
        ("conversations", "0004_scenario_sync_uuids"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
