"""Feature flags: the names the code checks, their install defaults, and the one place they are evaluated.

A flag is a row of `FeatureFlag` (django-waffle's flag model, edited in the admin). Evaluation needs
only a user, so pages, the API, consumers and Celery tasks (which have no request) agree, and a
percentage rollout gives a user the same answer on web and mobile. In templates:
`{% load waffle_tags %}{% flag "leagues" %}…{% endflag %}`, or `{% if flags.leagues %}` (context processor).
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from rest_framework.request import Request

from admin_tools.models import FeatureFlag

LIVE_ANALYSIS = "live_analysis"
SPEECH_INPUT = "speech_input"
SPEECH_OUTPUT = "speech_output"
CONTENT_IMPORT = "content_import"
SCENARIO_BUILDER = "scenario_builder"
LEAGUES = "leagues"
OFFLINE_SYNC = "offline_sync"
EXPERIMENTAL_TUTOR_MODES = "experimental_tutor_modes"

# name: (on for everyone when first created, note shown in the admin)
CATALOGUE: dict[str, tuple[bool, str]] = {
    LIVE_ANALYSIS: (True, "Corrections and word-level feedback shown while the learner writes in a conversation."),
    SPEECH_INPUT: (False, "Talk instead of type: the learner's voice transcribed (Whisper or a configured server)."),
    SPEECH_OUTPUT: (False, "The tutor's replies read aloud (espeak-ng or a configured speech server)."),
    CONTENT_IMPORT: (True, "Importing decks and texts (Anki .apkg, CSV, articles) into the learner's material."),
    SCENARIO_BUILDER: (True, "Learners and parents write their own role-play scenarios."),
    LEAGUES: (True, "Weekly leagues and leaderboards."),
    OFFLINE_SYNC: (True, "Mobile clients download material and sync reviews made offline."),
    EXPERIMENTAL_TUTOR_MODES: (False, "Tutor modes still being tried out; target staff or a few users first."),
}

AnyUser = AbstractBaseUser | AnonymousUser


def flags_ensure() -> None:
    """Create the flags that are missing (runs after migrate). A flag that exists is left as the admin set it."""
    for name, (on, note) in CATALOGUE.items():
        # "Off" is Everyone unset with no one targeted, so an admin can target staff or a group
        # without first clearing an override.
        defaults = {"everyone": True if on else None, "superusers": False, "note": note}
        FeatureFlag.objects.get_or_create(name=name, defaults=defaults)


def flag_is_active(request_or_user: HttpRequest | Request | AnyUser | None, name: str) -> bool:
    """Whether the flag is on for this user (or the request's user). An unknown name is off."""
    if isinstance(request_or_user, HttpRequest | Request):
        request_or_user = request_or_user.user
    return FeatureFlag.get(name).is_active_for(request_or_user)


def flags_for(user: AnyUser) -> dict[str, bool]:
    """Every flag's value for the user: the catalogue's flags always, plus any an admin added."""
    flags = dict.fromkeys(CATALOGUE, False)
    flags.update({flag.name: flag.is_active_for(user) for flag in FeatureFlag.get_all()})
    return dict(sorted(flags.items()))


def context_processor(request: HttpRequest) -> dict:
    """`{{ flags.<name> }}` in every template, evaluated only when a template reads it."""
    return {"flags": SimpleLazyObject(lambda: flags_for(request.user))}
