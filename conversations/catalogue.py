"""The tutor modes and personas: install data from catalogue_data.py, and which of them a learner may pick."""

from admin_tools import flags
from conversations import catalogue_data
from conversations.models import Persona, TutorMode

MODE_FIELDS = (
    "name",
    "description",
    "corrections",
    "needs_topic",
    "topic_label",
    "topic_examples",
    "system_prompt",
    "level_adjustments",
    "starters",
    "experimental",
    "sort_order",
)
PERSONA_FIELDS = ("name", "description", "traits", "best_for", "prompt", "is_default", "sort_order")


def catalogue_ensure() -> None:
    """Add the modes and personas that are missing (runs after every migrate). Rows that exist are left as the
    admin edited them."""
    for mode in catalogue_data.TUTOR_MODES:
        TutorMode.objects.get_or_create(slug=mode["slug"], defaults={field: mode[field] for field in MODE_FIELDS})
    for persona in catalogue_data.PERSONAS:
        Persona.objects.get_or_create(
            slug=persona["slug"], defaults={field: persona[field] for field in PERSONA_FIELDS}
        )


def modes_for(user):
    """The modes this learner may start: active ones, experimental ones only behind their flag."""
    modes = TutorMode.objects.filter(is_active=True)
    if not flags.flag_is_active(user, flags.EXPERIMENTAL_TUTOR_MODES):
        modes = modes.filter(experimental=False)
    return modes


def personas():
    return Persona.objects.filter(is_active=True)
