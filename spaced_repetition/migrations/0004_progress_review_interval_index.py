"""The interval each logged grade was given at, as a stored generated column, and the (user, reviewed_at) index
covering state, rating and that interval: the progress page's reviews per day and true retention are then read
from the index alone instead of every log's row and JSON snapshot."""

from django.conf import settings
from django.db import migrations, models

import spaced_repetition.models

# Immutable, as a generated column requires: the snapshot's times carry their UTC offset, and the function
# fixes the session time zone it would otherwise depend on.
CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION spaced_repetition_interval_days(state_before jsonb) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET "TimeZone" TO 'UTC'
AS $$ SELECT (EXTRACT(EPOCH FROM ((state_before->>'due')::timestamptz
    - (state_before->>'last_review')::timestamptz)) / 86400.0)::double precision $$
"""
DROP_FUNCTION = "DROP FUNCTION IF EXISTS spaced_repetition_interval_days(jsonb)"


def _on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("spaced_repetition", "0003_review_undo"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(_on_postgresql(CREATE_FUNCTION), _on_postgresql(DROP_FUNCTION)),
        migrations.RemoveIndex(
            model_name="reviewlog",
            name="reviewlog_user_time_idx",
        ),
        migrations.AddField(
            model_name="reviewlog",
            name="interval_days",
            field=models.GeneratedField(
                db_persist=True,
                expression=spaced_repetition.models.IntervalDays(),
                output_field=models.FloatField(),
                verbose_name="interval (days)",
            ),
        ),
        migrations.AddIndex(
            model_name="reviewlog",
            index=models.Index(
                fields=["user", "reviewed_at"],
                include=("state", "rating", "interval_days"),
                name="reviewlog_user_time_idx",
            ),
        ),
    ]
