"""The launch languages (SPEC.md). Data, editable in the admin; this migration only adds missing rows."""

from django.db import migrations

# code, name, native name, support, speech input, speech output, live analysis
LANGUAGES = [
    ("es", "Spanish", "Español", "full", True, True, True),
    ("fr", "French", "Français", "full", True, True, True),
    ("de", "German", "Deutsch", "full", True, True, True),
    ("it", "Italian", "Italiano", "full", True, True, True),
    ("pt", "Portuguese", "Português", "full", True, True, True),
    ("en", "English", "English", "full", True, True, True),
    # espeak-ng has no usable Japanese or Chinese voice, and the offline spell checkers cover none of these three
    ("ja", "Japanese", "日本語", "text_only", True, False, False),
    ("zh", "Chinese (Mandarin)", "中文", "text_only", True, False, False),
    ("ko", "Korean", "한국어", "text_only", True, True, False),
]


def add_languages(apps, schema_editor):
    Language = apps.get_model("learning", "Language")
    for order, (code, name, native, support, speech_in, speech_out, analysis) in enumerate(LANGUAGES):
        Language.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "native_name": native,
                "support": support,
                "speech_input": speech_in,
                "speech_output": speech_out,
                "live_analysis": analysis,
                "scenarios": True,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_initial")]
    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]
