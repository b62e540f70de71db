"""The change counter's one row, and every synced row that exists already put in the change feed under the
first sequence number, so a device's first pull gets it. A table added to sync.registry later gets a
migration like this one for its existing rows (the list below is a snapshot, as migrations must be)."""

from django.db import migrations
from django.utils import timezone

# (registry table, app, model, lookup from a row to its user id)
TABLES = [
    ("profile_settings", "learning", "Profile", "user_id"),
    ("decks", "spaced_repetition", "Deck", "owner_id"),
    ("cards", "spaced_repetition", "Card", "deck__owner_id"),
    ("review_logs", "spaced_repetition", "ReviewLog", "user_id"),
    ("conversations", "conversations", "Conversation", "owner_id"),
    ("messages", "conversations", "Message", "conversation__owner_id"),
]


def backfill(apps, schema_editor):
    counter = apps.get_model("sync", "ChangeCounter")
    change = apps.get_model("sync", "Change")
    counter.objects.get_or_create(pk=1, defaults={"value": 2})
    now = timezone.now()
    for table, app, name, owner in TABLES:
        rows = apps.get_model(app, name).objects.values_list("uuid", owner).iterator(chunk_size=2000)
        batch = []
        for uuid, user_id in rows:
            batch.append(change(table=table, record=uuid, user_id=user_id, seq=2, changed_at=now))
            if len(batch) == 2000:
                change.objects.bulk_create(batch)
                batch = []
        change.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("sync", "0001_initial"),
        ("learning", "0003_sync_profile_uuid"),
        ("spaced_repetition", "0005_sync_uuids"),
        ("conversations", "0003_sync_uuids"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
