"""A uuid for every deck, card and review log: the id offline clients know the row by (sync).
Added nullable, filled row by row, then made unique with a default, so existing rows keep working."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    for label in ("Deck", "Card", "ReviewLog"):
        model = apps.get_model("spaced_repetition", label)
        for pk in model.objects.filter(uuid__isnull=True).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("spaced_repetition", "0004_progress_review_interval_index")]

    operations = [
        migrations.AddField("deck", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.AddField("card", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.AddField("reviewlog", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField("deck", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
        migrations.AlterField("card", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
        migrations.AlterField("reviewlog", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
    ]
