"""Reads of scenarios that several edges share: browse with filters, recommended for a learner, trending and
top-rated over a sliding window of real plays and ratings, and a play's side panel (page, websocket event, API)."""

from datetime import timedelta

from django.db.models import Avg, Count, Q, QuerySet
from django.utils import timezone

from admin_tools.models import User
from conversations.scenario_models import Play, Scenario
from learning.models import TargetLanguage

TRENDING_WINDOW = timedelta(days=14)
TOP_RATED_WINDOW = timedelta(days=90)
DURATIONS = {"10": 10, "15": 15, "20": 20}  # "up to N minutes"


def browse(
    user: User, *, query: str = "", category: str = "", level: str = "", language: str = "", duration: str = ""
) -> QuerySet[Scenario]:
    """Scenarios the learner may play, filtered. A level keeps the scenarios whose range covers it; a language
    keeps the built-ins (playable in every language) and the learner-made scenarios written in it."""
    scenarios = (
        Scenario.objects.for_user(user)
        .annotate(rating_avg=Avg("ratings__stars"), rating_count=Count("ratings", distinct=True))
        .prefetch_related("tags")
    )
    if query:
        scenarios = scenarios.filter(
            Q(title__icontains=query) | Q(setting__icontains=query) | Q(tags__name__iexact=query)
        ).distinct()
    if category:
        scenarios = scenarios.filter(category=category)
    if level:
        scenarios = scenarios.filter(level_min__lte=level, level_max__gte=level)
    if language:
        scenarios = scenarios.filter(Q(language="") | Q(language=language))
    if duration in DURATIONS:
        scenarios = scenarios.filter(minutes__lte=DURATIONS[duration])
    return scenarios.order_by("title", "pk")


def recommended(user: User, *, exclude: int | None = None) -> QuerySet[Scenario]:
    """At the learner's levels, not yet completed, the categories they play most first."""
    levels = set(TargetLanguage.objects.filter(profile__user=user).values_list("level", flat=True)) or {"A1"}
    fits = Q()
    for level in levels:
        fits |= Q(level_min__lte=level, level_max__gte=level)
    played = Play.objects.filter(owner=user)
    done = played.filter(state=Play.State.COMPLETED).values("scenario")
    favourite = list(played.values_list("scenario__category", flat=True).annotate(n=Count("pk")).order_by("-n")[:1])
    scenarios = browse(user).filter(fits).exclude(pk__in=done).exclude(pk=exclude)
    if favourite:
        scenarios = scenarios.annotate(favourite=Count("pk", filter=Q(category=favourite[0]))).order_by(
            "-favourite", "title"
        )
    return scenarios


def trending(user: User, *, now=None) -> QuerySet[Scenario]:
    """Most played by anyone over the last TRENDING_WINDOW."""
    since = (now or timezone.now()) - TRENDING_WINDOW
    return (
        browse(user)
        .annotate(recent=Count("plays", filter=Q(plays__started_at__gte=since), distinct=True))
        .filter(recent__gt=0)
        .order_by("-recent", "title")
    )


def top_rated(user: User, *, now=None) -> QuerySet[Scenario]:
    """Best average rating given over the last TOP_RATED_WINDOW."""
    since = (now or timezone.now()) - TOP_RATED_WINDOW
    window = Q(ratings__updated_at__gte=since)
    return (
        browse(user)
        .annotate(
            window_avg=Avg("ratings__stars", filter=window), window_count=Count("ratings", filter=window, distinct=True)
        )
        .filter(window_count__gt=0)
        .order_by("-window_avg", "-window_count", "title")
    )


def play_panel(play) -> dict:
    """What the side panel shows: the current phase, its objectives (met or not), its words (used or not)."""
    phase = play.phase
    words = play.words(phase)
    met, used = play.met_in(phase.order), play.used_in(phase.order)
    return {
        "phase": phase,
        "count": play.scenario.phases.count(),
        "objectives": [(text, i in met) for i, text in enumerate(phase.objectives)],
        "vocabulary": [(w, w in used) for w in words.vocabulary],
        "phrases": [(p, p in used) for p in words.phrases],
        "hint": words.hint,
    }
