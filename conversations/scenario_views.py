"""Scenario pages: browse and discover, a scenario's page (start, rate, bookmark), the builder, playing
(advance, finish, summary, cards) and learning paths. The play itself happens on the conversation page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from admin_tools import flags
from conversations import scenario_selectors as selectors
from conversations.scenario_forms import (
    BookmarkForm,
    BrowseForm,
    PathForm,
    PhaseFormSet,
    RatingForm,
    ScenarioForm,
    StartForm,
    builder_data,
    builder_initial,
)
from conversations.scenario_models import MAX_PHASES, Bookmark, LearningPath, Play, Rating, Scenario
from conversations.services import scenario_library as library
from conversations.services import scenarios as play_services
from learning.services import profile_get


def _scenario(request, scenario_id: int) -> Scenario:
    return get_object_or_404(Scenario.objects.for_user(request.user), pk=scenario_id)


def _editable(request, scenario_id: int) -> Scenario:
    return get_object_or_404(Scenario.objects.for_user(request.user).editable_by(request.user), pk=scenario_id)


def _play(request, play_id: int) -> Play:
    return get_object_or_404(Play.objects.for_user(request.user).select_related("scenario", "conversation"), pk=play_id)


def _home_language(user) -> tuple[str, str]:
    target = profile_get(user=user).target_languages.first()
    return (target.language_id, target.level) if target else ("es", "A1")


@login_required
def scenario_list(request):
    form = BrowseForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    filtered = any(filters.values())
    user = request.user
    context = {
        "form": form,
        "filtered": filtered,
        "scenarios": selectors.browse(
            user,
            query=filters.get("q", ""),
            **{key: filters.get(key, "") for key in ("category", "level", "language", "duration")},
        ),
        "builder": flags.flag_is_active(request, flags.SCENARIO_BUILDER),
    }
    if not filtered:
        context |= {
            "recommended": selectors.recommended(user)[:4],
            "trending": selectors.trending(user)[:4],
            "top_rated": selectors.top_rated(user)[:4],
            "mine": Scenario.objects.filter(owner=user),
            "bookmarks": Bookmark.objects.filter(owner=user).select_related("scenario", "folder"),
            "paths": (LearningPath.objects.filter(owner=user) | user.followed_paths.all()).distinct(),
            "public_paths": LearningPath.objects.filter(visibility="public").exclude(owner=user)[:10],
        }
    return render(request, "conversations/scenarios/list.html", context)


@login_required
def scenario_detail(request, scenario_id: int):
    scenario = _scenario(request, scenario_id)
    language, level = _home_language(request.user)
    rating = Rating.objects.filter(scenario=scenario, owner=request.user).first()
    bookmark = Bookmark.objects.filter(scenario=scenario, owner=request.user).select_related("folder").first()
    return render(
        request,
        "conversations/scenarios/detail.html",
        {
            "scenario": scenario,
            "phases": scenario.phases.all(),
            "start_form": StartForm(initial={"language": language, "level": level}),
            "rating_form": RatingForm(initial={"stars": rating.stars, "review": rating.review} if rating else None),
            "rating": rating,
            "reviews": scenario.ratings.exclude(review="").select_related("owner")[:10],
            "bookmark": bookmark,
            "bookmark_form": BookmarkForm(
                initial={"folder": bookmark.folder.name if bookmark and bookmark.folder else ""}
            ),
            "can_edit": Scenario.objects.editable_by(request.user).filter(pk=scenario.pk).exists(),
            "builder": flags.flag_is_active(request, flags.SCENARIO_BUILDER),
        },
    )


@login_required
@require_POST
def scenario_start(request, scenario_id: int):
    scenario = _scenario(request, scenario_id)
    form = StartForm(request.POST)
    if form.is_valid():
        try:
            play = play_services.scenario_start(owner=request.user, scenario=scenario, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            return redirect(play.conversation)
    else:
        messages.error(request, "Choose a language and a level.")
    return redirect(scenario)


@login_required
@require_POST
def play_advance(request, play_id: int):
    phase = request.POST.get("phase", "")  # the phase the page showed: a second click does not skip one
    play = play_services.phase_advance(play=_play(request, play_id), phase=int(phase) if phase.isdigit() else None)
    return redirect("conversations:play_summary", play.pk) if play.is_completed else redirect(play.conversation)


@login_required
@require_POST
def play_finish(request, play_id: int):
    play = play_services.play_finish(play=_play(request, play_id))
    return redirect("conversations:play_summary", play.pk)


@login_required
def play_summary(request, play_id: int):
    play = _play(request, play_id)
    return render(request, "conversations/scenarios/summary.html", play_services.play_summary(play))


@login_required
@require_POST
def play_cards(request, play_id: int):
    saved = play_services.phase_cards_save(play=_play(request, play_id))
    messages.success(request, f"{len(saved)} cards are in your review deck.")
    return redirect("conversations:play_summary", play_id)


def _builder(request, *, scenario: Scenario | None = None, initial: dict | None = None):
    if not flags.flag_is_active(request, flags.SCENARIO_BUILDER):
        raise Http404("The scenario builder is switched off.")
    if request.method == "POST":
        form = ScenarioForm(request.POST)
        formset = PhaseFormSet(request.POST, prefix="phases")
        if form.is_valid() and formset.is_valid():
            data = builder_data(form, formset)
            try:
                if scenario is None:
                    scenario = library.scenario_create(owner=request.user, data=data)
                else:
                    scenario = library.scenario_update(scenario=scenario, data=data)
            except ValidationError as error:
                _errors_to_forms(error, form, formset, phases=len(data["phases"]))
            else:
                messages.success(request, "Scenario saved.")
                return redirect(scenario)
    else:
        fields, phases = builder_initial(initial) if initial else ({}, [])
        form = ScenarioForm(initial=fields or {"language": _home_language(request.user)[0]})
        # Every phase form is on the page (empty ones are left out when saving), so it works without JavaScript.
        formset = PhaseFormSet(initial=phases + [{}] * (MAX_PHASES - len(phases)), prefix="phases")
    return render(
        request, "conversations/scenarios/builder.html", {"form": form, "formset": formset, "scenario": scenario}
    )


def _errors_to_forms(error: ValidationError, form, formset, *, phases: int) -> None:
    """The service's errors on the fields they name; a phase's on its form (empty rows were left out, so the
    n-th phase given is the n-th filled form)."""
    filled = [f for f in formset if any(str(v).strip() for v in f.cleaned_data.values())]
    for key, texts in error.message_dict.items():
        if key.startswith("phases."):
            _, index, field = key.split(".")
            filled[int(index)].add_error(field, texts)
        elif key == "phases":
            form.add_error(None, texts)
        else:
            form.add_error(key, texts)


@login_required
def scenario_new(request):
    source = request.GET.get("from")
    initial = None
    if source and request.method == "GET":
        base = _scenario(request, int(source)) if source.isdigit() else None
        if base is None:
            raise Http404
        initial = library.scenario_as_data(
            base, language=request.GET.get("language") or _home_language(request.user)[0]
        )
        initial.update(title=f"{base.title} (my version)"[:120], visibility="draft")
    return _builder(request, initial=initial)


@login_required
def scenario_edit(request, scenario_id: int):
    scenario = _editable(request, scenario_id)
    language = scenario.language or request.GET.get("language") or _home_language(request.user)[0]
    initial = library.scenario_as_data(scenario, language=language) if request.method == "GET" else None
    return _builder(request, scenario=scenario, initial=initial)


@login_required
@require_POST
def scenario_duplicate(request, scenario_id: int):
    scenario = _scenario(request, scenario_id)
    language = scenario.language or _home_language(request.user)[0]
    try:
        copy = library.scenario_duplicate(owner=request.user, scenario=scenario, language=language)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect(scenario)
    messages.success(request, "A private copy is yours to edit.")
    return redirect(copy)


@login_required
@require_POST
def scenario_delete(request, scenario_id: int):
    library.scenario_delete(scenario=_editable(request, scenario_id))
    messages.success(request, "Scenario deleted.")
    return redirect("conversations:scenario_list")


@login_required
@require_POST
def scenario_rate(request, scenario_id: int):
    scenario = _scenario(request, scenario_id)
    form = RatingForm(request.POST)
    if form.is_valid():
        library.rating_set(user=request.user, scenario=scenario, **form.cleaned_data)
        messages.success(request, "Thanks for rating.")
    else:
        messages.error(request, "Choose 1 to 5 stars.")
    return redirect(scenario)


@login_required
@require_POST
def scenario_bookmark(request, scenario_id: int):
    scenario = _scenario(request, scenario_id)
    if request.POST.get("remove"):
        library.bookmark_remove(user=request.user, scenario=scenario)
    else:
        form = BookmarkForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(form.errors["folder"]))
            return redirect(scenario)
        library.bookmark_set(user=request.user, scenario=scenario, folder_name=form.cleaned_data["folder"])
    return redirect(scenario)


@login_required
def path_new(request):
    choices = selectors.browse(request.user)
    form = PathForm(request.POST or None, scenarios=choices)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            path = library.path_create(
                owner=request.user,
                title=data["title"],
                description=data["description"],
                visibility=data["visibility"],
                scenarios=form.steps(),
            )
        except ValidationError as error:
            for key, texts in error.message_dict.items():
                form.add_error(key if key in form.fields else None, texts)
        else:
            return redirect(path)
    return render(request, "conversations/scenarios/path_new.html", {"form": form})


@login_required
def path_detail(request, path_id: int):
    path = get_object_or_404(LearningPath.objects.for_user(request.user), pk=path_id)
    steps = library.path_progress(user=request.user, path=path)
    return render(
        request,
        "conversations/scenarios/path_detail.html",
        {
            "path": path,
            "steps": steps,
            "done": sum(1 for _, done in steps if done),
            "following": path.followers.filter(pk=request.user.pk).exists(),
        },
    )


@login_required
@require_POST
def path_follow(request, path_id: int):
    path = get_object_or_404(LearningPath.objects.for_user(request.user), pk=path_id)
    library.path_follow(user=request.user, path=path, following=request.POST.get("follow") == "1")
    return redirect(path)
