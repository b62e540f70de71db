"""Built-in scenarios installed from scenario_data.py (after every migrate and by `manage.py load_scenarios`), and
scenarios exported to and imported from JSON (the admin's export/import). One shape serves both: the dicts of
scenario_data.SCENARIOS, with `tags`, `is_active` and `visibility` added by an export."""

from django.db import transaction

from conversations import scenario_data
from conversations.scenario_models import Phase, PhaseLanguage, Scenario, Tag, Visibility

SCENARIO_FIELDS = (
    "title",
    "category",
    "level_min",
    "level_max",
    "minutes",
    "learner_role",
    "tutor_role",
    "setting",
    "cultural_notes",
    "learning_goals",
)
PHASE_FIELDS = ("name", "goal", "objectives", "success_criteria")
LANGUAGE_FIELDS = ("vocabulary", "phrases", "opening", "hint")


def _phases_create(scenario: Scenario, phases: list[dict]) -> None:
    for order, data in enumerate(phases):
        phase = Phase.objects.create(scenario=scenario, order=order, **{field: data[field] for field in PHASE_FIELDS})
        PhaseLanguage.objects.bulk_create(
            PhaseLanguage(phase=phase, language=code, **{field: words.get(field, "") for field in LANGUAGE_FIELDS})
            for code, words in data.get("languages", {}).items()
        )


@transaction.atomic
def scenarios_ensure() -> int:
    """Add the built-in scenarios that are missing, by slug; rows that exist stay as the admin edited them.
    Returns how many were added."""
    existing = set(Scenario.objects.filter(is_builtin=True).values_list("slug", flat=True))
    added = 0
    for data in scenario_data.SCENARIOS:
        if data["slug"] in existing:
            continue
        scenario = Scenario.objects.create(
            slug=data["slug"], is_builtin=True, visibility=Visibility.PUBLIC, **{f: data[f] for f in SCENARIO_FIELDS}
        )
        _phases_create(scenario, data["phases"])
        added += 1
    return added


def scenario_export(scenario: Scenario) -> dict:
    return {
        "slug": scenario.slug,
        **{field: getattr(scenario, field) for field in SCENARIO_FIELDS},
        "is_builtin": scenario.is_builtin,
        "is_active": scenario.is_active,
        "visibility": scenario.visibility,
        "language": scenario.language,
        "tags": sorted(tag.name for tag in scenario.tags.all()),
        "phases": [
            {
                **{field: getattr(phase, field) for field in PHASE_FIELDS},
                "languages": {
                    words.language: {field: getattr(words, field) for field in LANGUAGE_FIELDS}
                    for words in phase.languages.all()
                },
            }
            for phase in scenario.phases.all()
        ],
    }


def scenarios_export(scenarios) -> list[dict]:
    return [scenario_export(s) for s in scenarios.prefetch_related("tags", "phases__languages")]


@transaction.atomic
def scenarios_import(items: list[dict]) -> list[Scenario]:
    """Create or replace scenarios by slug from an export. Ownership is never imported: imported rows belong to
    no learner (an admin's catalogue)."""
    imported = []
    for data in items:
        scenario, _ = Scenario.objects.update_or_create(
            slug=data["slug"],
            defaults={
                **{field: data[field] for field in SCENARIO_FIELDS},
                "is_builtin": data.get("is_builtin", False),
                "is_active": data.get("is_active", True),
                "visibility": data.get("visibility", Visibility.PUBLIC),
                "language": data.get("language", ""),
            },
        )
        scenario.full_clean()
        scenario.phases.all().delete()
        _phases_create(scenario, data["phases"])
        scenario.tags.set([Tag.objects.get_or_create(name=name)[0] for name in data.get("tags", [])])
        imported.append(scenario)
    return imported
