"""A uuid for every scenario bookmark and rating, the id offline clients know them by (sync), added like
0003_sync_uuids: nullable, filled row by row, then unique with a default. A rating's review keeps its
2000-character limit in model validation too (a TextField's max_length only reaches forms)."""

import uuid

import django.core.validators
from django.db import migrations, models


def fill(apps, schema_editor):
    for label in ("Bookmark", "Rating"):
        model = apps.get_model("conversations", label)
        for pk in model.objects.filter(uuid__isnull=True).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("conversations", "0003_sync_uuids")]

    operations = [
        migrations.AddField("bookmark", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.AddField("rating", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField("bookmark", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
        migrations.AlterField("rating", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
        migrations.AlterField(
            "rating",
            "review",
            models.TextField(
                blank=True, max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000)]
            ),
        ),
    ]
