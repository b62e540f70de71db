"""A uuid for every profile: the id offline clients know the row by (sync).
Added nullable, filled row by row, then made unique with a default, so existing rows keep working."""

import uuid

from django.db import migrations, models


def fill(apps, schema_editor):
    for label in ("Profile",):
        model = apps.get_model("learning", label)
        for pk in model.objects.filter(uuid__isnull=True).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("learning", "0002_gamification")]

    operations = [
        migrations.AddField("profile", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField("profile", "uuid", models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
    ]
