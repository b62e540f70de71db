"""Writing scenarios and organising them: the builder (create, from a built-in, duplicate, edit, delete) with the
SPEC's validation, ratings, bookmarks with folders, and learning paths that others follow."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from admin_tools import flags
from admin_tools.models import User
from conversations.scenario_models import (
    MAX_PHASES,
    MIN_OBJECTIVES,
    MIN_PHASES,
    MIN_PHRASES,
    MIN_TITLE,
    MIN_WORDS,
    Bookmark,
    BookmarkFolder,
    Category,
    LearningPath,
    PathStep,
    Phase,
    PhaseLanguage,
    Play,
    Rating,
    Scenario,
    Tag,
    Visibility,
)
from learning.gamification import services as gamification
from learning.models import Language, Level

SCENARIO_FIELDS = ("title", "category", "level_min", "level_max", "minutes", "learner_role", "tutor_role", "setting")
OPTIONAL_FIELDS = ("cultural_notes", "learning_goals", "language", "visibility", "tags")


def _lines(value) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    return [str(item).strip() for item in value or [] if str(item).strip()]


def scenario_validate(data: dict) -> dict[str, str]:
    """SPEC.md "Scenarios": title ≥ 3 characters, 2–6 phases, each with ≥ 3 words, ≥ 3 phrases, ≥ 1 objective.
    Errors keyed by field; a phase's by "phases.<index>.<field>"."""
    errors = {}
    if len(data.get("title", "").strip()) < MIN_TITLE:
        errors["title"] = f"A title needs at least {MIN_TITLE} characters."
    if data.get("category") not in Category.values:
        errors["category"] = "Choose a category."
    for field in ("level_min", "level_max"):
        if data.get(field) not in Level.values:
            errors[field] = "Choose a CEFR level."
    if not errors.get("level_min") and not errors.get("level_max") and data["level_min"] > data["level_max"]:
        errors["level_max"] = "The highest level cannot be below the lowest."
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or not 1 <= minutes <= 240:
        errors["minutes"] = "Give the expected minutes, from 1 to 240."
    for field in ("learner_role", "tutor_role", "setting"):
        if not str(data.get(field, "")).strip():
            errors[field] = "This field is required."
    if not Language.objects.learnable().filter(code=data.get("language", "")).exists():
        errors["language"] = "Choose the language the words are written in."
    if data.get("visibility", Visibility.DRAFT) not in Visibility.values:
        errors["visibility"] = "Choose draft, private or public."
    phases = data.get("phases") or []
    if not MIN_PHASES <= len(phases) <= MAX_PHASES:
        errors["phases"] = f"A scenario has {MIN_PHASES} to {MAX_PHASES} phases ({len(phases)} now)."
    for index, phase in enumerate(phases):
        prefix = f"phases.{index}."
        if not str(phase.get("name", "")).strip():
            errors[prefix + "name"] = "Name the phase."
        if not str(phase.get("goal", "")).strip():
            errors[prefix + "goal"] = "Say what the learner does in this phase."
        for field, least, what in (
            ("vocabulary", MIN_WORDS, "key words"),
            ("phrases", MIN_PHRASES, "phrases"),
            ("objectives", MIN_OBJECTIVES, "objective"),
        ):
            if len(_lines(phase.get(field))) < least:
                errors[prefix + field] = f"At least {least} {what}, one per line."
    return errors


def _clean(data: dict) -> dict:
    return {
        **{field: data[field].strip() if isinstance(data[field], str) else data[field] for field in SCENARIO_FIELDS},
        "cultural_notes": data.get("cultural_notes", "").strip(),
        "learning_goals": _lines(data.get("learning_goals")),
        "language": data["language"],
        "visibility": data.get("visibility", Visibility.DRAFT),
    }


def _write_phases(scenario: Scenario, phases: list[dict], language: str) -> None:
    scenario.phases.all().delete()
    for order, data in enumerate(phases):
        phase = Phase.objects.create(
            scenario=scenario,
            order=order,
            name=data["name"].strip(),
            goal=data["goal"].strip(),
            objectives=_lines(data["objectives"]),
            success_criteria=str(data.get("success_criteria", "")).strip(),
        )
        PhaseLanguage.objects.create(
            phase=phase,
            language=language,
            vocabulary=_lines(data["vocabulary"]),
            phrases=_lines(data["phrases"]),
            opening=str(data.get("opening", "")).strip(),
            hint=str(data.get("hint", "")).strip(),
        )


def _tags_set(scenario: Scenario, tags) -> None:
    names = tags.split(",") if isinstance(tags, str) else tags or []
    names = list(dict.fromkeys(name.strip().lower()[:40] for name in names if name.strip()))
    scenario.tags.set([Tag.objects.get_or_create(name=name)[0] for name in names])


def _check_builder(user: User) -> None:
    if not flags.flag_is_active(user, flags.SCENARIO_BUILDER):
        raise PermissionDenied("The scenario builder is switched off.")


@transaction.atomic
def scenario_create(*, owner: User, data: dict) -> Scenario:
    _check_builder(owner)
    errors = scenario_validate(data)
    if errors:
        raise ValidationError(errors)
    slug = f"{slugify(data['title'])[:60] or 'scenario'}-{uuid.uuid4().hex[:8]}"
    scenario = Scenario.objects.create(owner=owner, slug=slug, is_builtin=False, **_clean(data))
    _write_phases(scenario, data["phases"], data["language"])
    _tags_set(scenario, data.get("tags"))
    return scenario


@transaction.atomic
def scenario_update(*, scenario: Scenario, data: dict) -> Scenario:
    """Edit (the caller fetched the row through `editable_by`). A built-in keeps its slug and other languages:
    only the edited language's words are replaced."""
    errors = scenario_validate(data)
    if errors:
        raise ValidationError(errors)
    for field, value in _clean(data).items():
        setattr(scenario, field, value)
    if scenario.is_builtin:
        scenario.language = ""
        for index, phase_data in enumerate(data["phases"]):
            phase, _ = Phase.objects.update_or_create(
                scenario=scenario,
                order=index,
                defaults={
                    "name": phase_data["name"].strip(),
                    "goal": phase_data["goal"].strip(),
                    "objectives": _lines(phase_data["objectives"]),
                    "success_criteria": str(phase_data.get("success_criteria", "")).strip(),
                },
            )
            PhaseLanguage.objects.update_or_create(
                phase=phase,
                language=data["language"],
                defaults={
                    "vocabulary": _lines(phase_data["vocabulary"]),
                    "phrases": _lines(phase_data["phrases"]),
                    "opening": str(phase_data.get("opening", "")).strip(),
                    "hint": str(phase_data.get("hint", "")).strip(),
                    "needs_review": False,
                },
            )
        scenario.phases.filter(order__gte=len(data["phases"])).delete()
    else:
        _write_phases(scenario, data["phases"], data["language"])
    scenario.save()
    _tags_set(scenario, data.get("tags"))
    return scenario


def scenario_as_data(scenario: Scenario, *, language: str) -> dict:
    """A scenario in the builder's shape, with its words in `language` (the start of a copy or an edit)."""
    phases = []
    for phase in scenario.phases.prefetch_related("languages"):
        words = next((w for w in phase.languages.all() if w.language == language), None)
        phases.append(
            {
                "name": phase.name,
                "goal": phase.goal,
                "objectives": list(phase.objectives),
                "success_criteria": phase.success_criteria,
                "vocabulary": list(words.vocabulary) if words else [],
                "phrases": list(words.phrases) if words else [],
                "opening": words.opening if words else "",
                "hint": words.hint if words else "",
            }
        )
    return {
        **{field: getattr(scenario, field) for field in SCENARIO_FIELDS},
        "cultural_notes": scenario.cultural_notes,
        "learning_goals": list(scenario.learning_goals),
        "language": language,
        "visibility": scenario.visibility if not scenario.is_builtin else Visibility.PUBLIC,
        "tags": [tag.name for tag in scenario.tags.all()],
        "phases": phases,
    }


def scenario_duplicate(*, owner: User, scenario: Scenario, language: str) -> Scenario:
    """A private copy of a scenario the learner can see (a built-in or anyone's public one), in one language."""
    data = scenario_as_data(scenario, language=language)
    data.update(title=f"{scenario.title} (copy)"[:120], visibility=Visibility.PRIVATE)
    return scenario_create(owner=owner, data=data)


def scenario_delete(*, scenario: Scenario) -> None:
    if scenario.is_builtin:
        raise PermissionDenied("Built-in scenarios cannot be deleted; deactivate them instead.")
    scenario.delete()


@transaction.atomic
def rating_set(*, user: User, scenario: Scenario, stars: int, review: str = "") -> Rating:
    """One rating per learner and scenario: rating again changes it."""
    if not isinstance(stars, int) or not 1 <= stars <= 5:
        raise ValidationError({"stars": "Give 1 to 5 stars."})
    rating, created = Rating.objects.update_or_create(
        scenario=scenario, owner=user, defaults={"stars": stars, "review": review.strip()[:2000]}
    )
    if created:
        gamification.scenario_ratings_record(
            user=user, rated=Rating.objects.filter(owner=user).count(), at=timezone.now()
        )
    return rating


def bookmark_set(*, user: User, scenario: Scenario, folder_name: str = "") -> Bookmark:
    folder = None
    if folder_name.strip():
        folder, _ = BookmarkFolder.objects.get_or_create(owner=user, name=folder_name.strip()[:60])
    bookmark, _ = Bookmark.objects.update_or_create(owner=user, scenario=scenario, defaults={"folder": folder})
    return bookmark


def bookmark_remove(*, user: User, scenario: Scenario) -> None:
    Bookmark.objects.filter(owner=user, scenario=scenario).delete()


@transaction.atomic
def path_create(
    *, owner: User, title: str, description: str, visibility: str, scenarios: list[Scenario]
) -> LearningPath:
    errors = {}
    if len(title.strip()) < MIN_TITLE:
        errors["title"] = f"A title needs at least {MIN_TITLE} characters."
    if visibility not in (Visibility.PRIVATE, Visibility.PUBLIC):
        errors["visibility"] = "Choose private or public."
    if not scenarios:
        errors["scenarios"] = "Add at least one scenario."
    elif len({s.pk for s in scenarios}) != len(scenarios):
        errors["scenarios"] = "A scenario can appear only once in a path."
    if errors:
        raise ValidationError(errors)
    path = LearningPath.objects.create(
        owner=owner, title=title.strip(), description=description.strip(), visibility=visibility
    )
    PathStep.objects.bulk_create(PathStep(path=path, scenario=s, order=i) for i, s in enumerate(scenarios))
    gamification.learning_path_record(user=owner, at=timezone.now())
    return path


def path_follow(*, user: User, path: LearningPath, following: bool = True) -> None:
    (path.followers.add if following else path.followers.remove)(user)


def path_progress(*, user: User, path: LearningPath) -> list[tuple[Scenario, bool]]:
    """The path's scenarios in order, each with whether this learner has completed it."""
    done = set(
        Play.objects.filter(owner=user, state=Play.State.COMPLETED, scenario__paths=path).values_list(
            "scenario_id", flat=True
        )
    )
    return [(step.scenario, step.scenario_id in done) for step in path.steps.select_related("scenario")]
