"""API: authentication, the error format, me, profile and languages."""

import pytest

from admin_tools.tests.factories import UserFactory
from learning.models import Profile
from learning.tests.factories import child_of
from learning.tests.helpers import LANGUAGE_CODES, invalid, targets

pytestmark = pytest.mark.django_db


# --- authentication


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/me"),
        ("get", "/api/v1/profile"),
        ("patch", "/api/v1/profile"),
        ("get", "/api/v1/languages"),
        ("get", "/api/v1/children"),
        ("post", "/api/v1/children"),
        ("get", "/api/v1/children/1"),
        ("patch", "/api/v1/children/1"),
        ("delete", "/api/v1/children/1"),
    ],
)
def test_api_without_credentials_answers_401_with_the_error_format(client, method, path):
    response = getattr(client, method)(path, {}, content_type="application/json")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "X-Session-Token"
    assert response.json() == {
        "error": {
            "code": "not_authenticated",
            "message": "Authentication credentials were not provided.",
            "fields": {},
        }
    }


def test_api_unknown_path_answers_404_with_the_error_format(learner_client):
    response = learner_client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"error": {"code": "not_found", "message": "Not found.", "fields": {}}}


# --- me


def test_me_returns_the_account_and_its_roles(learner_client, learner):
    response = learner_client.get("/api/v1/me")
    assert response.status_code == 200
    assert response.json() == {
        "id": learner.pk,
        "username": learner.username,
        "email": learner.email,
        "display_name": learner.username.title(),
        "roles": ["Learner"],
        "is_child": False,
        "is_parent": False,
        "onboarded": True,
    }


def test_me_of_a_parent_has_the_parent_role(learner_client, learner):
    child_of(learner)
    assert learner_client.get("/api/v1/me").json()["roles"] == ["Learner", "Parent"]
    assert learner_client.get("/api/v1/me").json()["is_parent"] is True


def test_me_of_a_child(client, learner):
    child = child_of(learner, username="kid")
    client.force_login(child)
    assert client.get("/api/v1/me").json() == {
        "id": child.pk,
        "username": "kid",
        "email": "",
        "display_name": "Kid",
        "roles": ["Learner"],
        "is_child": True,
        "is_parent": False,
        "onboarded": True,
    }


def test_me_creates_the_missing_profile_of_a_new_account(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get("/api/v1/me")
    assert response.json()["display_name"] == user.username
    assert response.json()["onboarded"] is False
    assert Profile.objects.filter(user=user).count() == 1


# --- profile


def test_profile_get_returns_the_profile(learner_client, learner):
    response = learner_client.get("/api/v1/profile")
    assert response.status_code == 200
    assert response.json() == {
        "display_name": learner.username.title(),
        "native_language": "en",
        "daily_goal_xp": 20,
        "time_zone": "UTC",
        "preferred_persona": "friendly-partner",
        "correction_strictness": "gentle",
        "league_opt_out": False,
        "target_languages": [{"language": "es", "language_name": "Spanish", "level": "A2"}],
        "onboarded": True,
    }


def test_profile_patch_changes_only_the_given_fields(learner_client, learner):
    response = learner_client.patch(
        "/api/v1/profile",
        {"display_name": "Lena", "time_zone": "Europe/Berlin", "daily_goal_xp": 50, "correction_strictness": "none"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["display_name"] == "Lena"
    profile = Profile.objects.get(user=learner)
    assert (profile.display_name, profile.time_zone, profile.daily_goal_xp, profile.correction_strictness) == (
        "Lena",
        "Europe/Berlin",
        50,
        "none",
    )
    assert (profile.native_language, profile.preferred_persona) == ("en", "friendly-partner")
    assert targets(learner) == [("es", "A2")]


def test_profile_patch_target_languages_replaces_the_whole_list(learner_client, learner):
    response = learner_client.patch(
        "/api/v1/profile",
        {"target_languages": [{"language": "fr", "level": "B1"}, {"language": "ja", "level": "A1"}]},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["target_languages"] == [
        {"language": "fr", "language_name": "French", "level": "B1"},
        {"language": "ja", "language_name": "Japanese", "level": "A1"},
    ]
    assert targets(learner) == [("fr", "B1"), ("ja", "A1")]


def test_profile_patch_keeps_a_listed_language_and_changes_its_level(learner_client, learner):
    kept = Profile.objects.get(user=learner).target_languages.get()
    learner_client.patch(
        "/api/v1/profile",
        {"target_languages": [{"language": "es", "level": "C1"}, {"language": "de", "level": "A1"}]},
        content_type="application/json",
    )
    assert targets(learner) == [("es", "C1"), ("de", "A1")]
    assert Profile.objects.get(user=learner).target_languages.get(language="es").pk == kept.pk


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        (
            {"target_languages": [{"language": "es", "level": "Z9"}]},
            {"target_languages": {"0": {"level": ['"Z9" is not a valid choice.']}}},
        ),
        (
            {"target_languages": [{"language": "xx", "level": "A1"}]},
            {"target_languages": {"0": {"language": ["Object with code=xx does not exist."]}}},
        ),
        ({"display_name": "x" * 51}, {"display_name": ["Ensure this field has no more than 50 characters."]}),
        (
            {"target_languages": [{"language": "es", "level": "A1"}, {"language": "es", "level": "B1"}]},
            {"target_languages": ["Listed twice: Spanish."]},
        ),
        (
            # the valid name must not be saved either: the whole change is one transaction
            {"display_name": "Renamed", "target_languages": [{"language": "fr", "level": "A1"}] * 2},
            {"target_languages": ["Listed twice: French."]},
        ),
        ({"target_languages": []}, {"target_languages": ["Keep at least one language to learn."]}),
        (
            {"target_languages": "es"},
            {"target_languages": {"non_field_errors": ['Expected a list of items but got type "str".']}},
        ),
        ({"time_zone": "Mars/Olympus"}, {"time_zone": ['"Mars/Olympus" is not a valid choice.']}),
        ({"daily_goal_xp": 15}, {"daily_goal_xp": ['"15" is not a valid choice.']}),
        ({"native_language": "xx"}, {"native_language": ['"xx" is not a valid choice.']}),
        ({"preferred_persona": "pirate"}, {"preferred_persona": ['"pirate" is not a valid choice.']}),
    ],
    ids=[
        "level",
        "language",
        "long-name",
        "duplicate",
        "duplicate-with-valid-name",
        "empty-list",
        "not-a-list",
        "time-zone",
        "daily-goal",
        "native-language",
        "persona",
    ],
)
def test_profile_patch_with_bad_input_answers_400_and_changes_nothing(learner_client, db_rows, payload, fields):
    before = db_rows()
    response = learner_client.patch("/api/v1/profile", payload, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_profile_patch_with_malformed_json_is_a_parse_error(learner_client, db_rows):
    before = db_rows()
    response = learner_client.patch("/api/v1/profile", '{"display_name": "Lena",', content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "code": "parse_error",
            "message": (
                "JSON parse error - Expecting property name enclosed in double quotes: line 1 column 25 (char 24)"
            ),
            "fields": {},
        }
    }
    assert db_rows() == before


# --- languages


def test_languages_lists_the_nine_seeded_languages_in_order_with_their_support(learner_client):
    response = learner_client.get("/api/v1/languages")
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["next"], body["previous"]) == (9, None, None)
    assert [(item["code"], item["support"]) for item in body["results"]] == [
        ("es", "full"),
        ("fr", "full"),
        ("de", "full"),
        ("it", "full"),
        ("pt", "full"),
        ("en", "full"),
        ("ja", "text_only"),
        ("zh", "text_only"),
        ("ko", "text_only"),
    ]
    assert body["results"][0] == {
        "code": "es",
        "name": "Spanish",
        "native_name": "Español",
        "support": "full",
        "speech_input": True,
        "speech_output": True,
        "live_analysis": True,
        "scenarios": True,
    }
    assert body["results"][8] == {
        "code": "ko",
        "name": "Korean",
        "native_name": "한국어",
        "support": "text_only",
        "speech_input": True,
        "speech_output": True,
        "live_analysis": False,
        "scenarios": True,
    }


def test_languages_are_paginated(learner_client):
    first = learner_client.get("/api/v1/languages", {"page_size": 4}).json()
    assert first["count"] == 9
    assert first["next"] == "http://testserver/api/v1/languages?page=2&page_size=4"
    assert first["previous"] is None
    assert [item["code"] for item in first["results"]] == LANGUAGE_CODES[:4]
    last = learner_client.get("/api/v1/languages", {"page_size": 4, "page": 3}).json()
    assert last["next"] is None
    assert last["previous"] == "http://testserver/api/v1/languages?page=2&page_size=4"
    assert [item["code"] for item in last["results"]] == ["ko"]


def test_languages_page_out_of_range_answers_404_with_the_error_format(learner_client):
    response = learner_client.get("/api/v1/languages", {"page": 5})
    assert response.status_code == 404
    assert response.json() == {"error": {"code": "not_found", "message": "Invalid page.", "fields": {}}}
