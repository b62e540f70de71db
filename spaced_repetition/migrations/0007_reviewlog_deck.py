"""Each review log keeps the deck its card was in when graded, and the (user, reviewed_at) index covers it: the
queue counts today's grades per deck from that index alone, instead of looking up the card of every grade
given today (a cost that grew with each grade of the day). Existing logs get their card's deck."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def _decks_backfill(apps, schema_editor):
    Card = apps.get_model("spaced_repetition", "Card")
    ReviewLog = apps.get_model("spaced_repetition", "ReviewLog")
    ReviewLog.objects.update(deck_id=Subquery(Card.objects.filter(pk=OuterRef("card_id")).values("deck_id")[:1]))


class Migration(migrations.Migration):
    dependencies = [
        ("spaced_repetition", "0006_card_queue_index_in_queue_order"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="reviewlog",
            name="reviewlog_user_time_idx",
        ),
        migrations.AddField(
            model_name="reviewlog",
            name="deck",
            field=models.ForeignKey(
                blank=True,
                help_text="Graded in this deck.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="spaced_repetition.deck",
            ),
        ),
        migrations.RunPython(_decks_backfill, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="reviewlog",
            index=models.Index(
                fields=["user", "reviewed_at"],
                include=("state", "rating", "interval_days", "deck"),
                name="reviewlog_user_time_idx",
            ),
        ),
    ]
