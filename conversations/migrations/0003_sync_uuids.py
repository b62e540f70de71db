"""A uuid for every conversation and message: the id offline clients know the row by (sync).
Added nullable, filled row by row, then made unique with a default, so existing rows keep working."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    for label in ("Conversation", "Message"):
        model = apps.get_model("conversations", label)
        for pk in model.objects.filter(uuid__isnull=True).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("conversations", "0002_scenarios")]

    operations = [
        migrations.AddField("conversation", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.AddField("message", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(
            "conversation", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
        ),
        migrations.AlterField("message", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
    ]
