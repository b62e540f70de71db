"""API: children, and that nobody reaches another family's accounts."""

import pytest

from admin_tools.models import FamilyLink, Role, User
from admin_tools.tests.factories import UserFactory
from learning.models import Language, Profile
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import LANGUAGE_CODES, child_body, invalid, targets

pytestmark = pytest.mark.django_db


# --- children


def test_children_list_of_a_learner_without_children_is_empty(learner_client):
    response = learner_client.get("/api/v1/children")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_children_list_shows_only_own_children_oldest_first(learner_client, learner):
    first = child_of(learner, username="ana")
    second = child_of(learner, username="ben")
    child_of(LearnerFactory(), username="someone-elses")
    response = learner_client.get("/api/v1/children")
    assert response.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [child_body(first), child_body(second)],
    }


def test_children_list_is_paginated(learner_client, learner):
    for name in ["ana", "ben", "cem"]:
        child_of(learner, username=name)
    body = learner_client.get("/api/v1/children", {"page_size": 2}).json()
    assert body["count"] == 3
    assert body["next"] == "http://testserver/api/v1/children?page=2&page_size=2"
    assert body["previous"] is None
    assert [item["username"] for item in body["results"]] == ["ana", "ben"]


def test_children_create_makes_a_child_account_with_its_profile(learner_client, learner):
    response = learner_client.post(
        "/api/v1/children",
        {
            "username": "kim",
            "password": "246810",
            "display_name": "Kim",
            "daily_goal_xp": 10,
            "target_languages": [{"language": "it", "level": "A1"}],
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    child = User.objects.get(username="kim")
    assert response.json() == child_body(child)
    assert response.json()["profile"]["daily_goal_xp"] == 10
    assert child.check_password("246810") is True
    assert (child.email, child.is_staff, child.is_superuser) == ("", False, False)
    assert list(child.groups.values_list("name", flat=True)) == ["Learner"]
    assert list(FamilyLink.objects.values_list("parent_id", "child_id")) == [(learner.pk, child.pk)]
    assert targets(child) == [("it", "A1")]
    assert sorted(learner.groups.values_list("name", flat=True)) == ["Learner", "Parent"]


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({"password": "1234"}, {"password": ["A PIN must have 6 to 12 digits."]}),
        ({"password": "1234567890123"}, {"password": ["A PIN must have 6 to 12 digits."]}),
        ({"password": "qz7!x"}, {"password": ["This password is too short. It must contain at least 8 characters."]}),
        ({"username": "TAKEN"}, {"username": ["That username is taken. Try another one."]}),
        (
            {"username": "taken", "password": "1234"},
            {"username": ["That username is taken. Try another one."], "password": ["A PIN must have 6 to 12 digits."]},
        ),
        (
            {"username": "no spaces!"},
            {
                "username": [
                    "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
                ]
            },
        ),
        (
            {"target_languages": []},
            {"target_languages": {"non_field_errors": ["Ensure this field has at least 1 elements."]}},
        ),
        ({"target_languages": None}, {"target_languages": ["This field may not be null."]}),
        (
            {"target_languages": [{"language": "xx", "level": "A1"}]},
            {"target_languages": {"0": {"language": ["Object with code=xx does not exist."]}}},
        ),
        (
            {"target_languages": [{"language": "de", "level": "A1"}, {"language": "de", "level": "A2"}]},
            {"target_languages": ["Listed twice: German."]},
        ),
        ({"display_name": "x" * 51}, {"display_name": ["Ensure this field has no more than 50 characters."]}),
        ({"time_zone": "Nowhere/Town"}, {"time_zone": ['"Nowhere/Town" is not a valid choice.']}),
    ],
    ids=[
        "short-pin",
        "long-pin",
        "weak-password",
        "taken-username",
        "taken-username-and-short-pin",
        "bad-username",
        "no-language",
        "null-languages",
        "unknown-language",
        "duplicate-language",
        "long-name",
        "time-zone",
    ],
)
def test_children_create_with_bad_input_answers_400_and_changes_nothing(learner_client, db_rows, payload, fields):
    UserFactory(username="taken")
    valid = {"username": "kim", "password": "246810", "target_languages": [{"language": "es", "level": "A1"}]}
    before = db_rows()
    response = learner_client.post("/api/v1/children", {**valid, **payload}, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_children_create_without_a_body_lists_every_required_field(learner_client, db_rows):
    before = db_rows()
    response = learner_client.post("/api/v1/children", {}, content_type="application/json")
    assert response.json() == invalid(
        {
            "username": ["This field is required."],
            "password": ["This field is required."],
            "target_languages": ["This field is required."],
        }
    )
    assert db_rows() == before


def test_children_create_by_a_child_is_forbidden(client, learner, db_rows):
    client.force_login(child_of(learner))
    before = db_rows()
    response = client.post(
        "/api/v1/children",
        {"username": "grandchild", "password": "246810", "target_languages": [{"language": "es", "level": "A1"}]},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response.json() == {
        "error": {
            "code": "permission_denied",
            "message": "This account cannot create child accounts.",
            "fields": {},
        }
    }
    assert db_rows() == before


def test_children_list_of_a_child_is_empty(client, learner):
    client.force_login(child_of(learner))
    assert client.get("/api/v1/children").json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_child_get_returns_the_child(learner_client, learner):
    child = child_of(learner)
    response = learner_client.get(f"/api/v1/children/{child.pk}")
    assert response.status_code == 200
    assert response.json() == child_body(child)


def test_child_patch_changes_the_profile_and_the_pin(learner_client, learner):
    child = child_of(learner, pin="135790")
    response = learner_client.patch(
        f"/api/v1/children/{child.pk}",
        {
            "password": "97531864",
            "daily_goal_xp": 50,
            "display_name": "Kiddo",
            "target_languages": [{"language": "de", "level": "A2"}],
        },
        content_type="application/json",
    )
    assert response.status_code == 200
    child.refresh_from_db()
    assert response.json() == child_body(child)
    assert (child.profile.display_name, child.profile.daily_goal_xp) == ("Kiddo", 50)
    assert targets(child) == [("de", "A2")]
    assert child.check_password("97531864") is True
    assert child.check_password("135790") is False


def test_child_patch_without_a_password_keeps_the_pin(learner_client, learner):
    child = child_of(learner, pin="135790")
    learner_client.patch(f"/api/v1/children/{child.pk}", {"time_zone": "Asia/Tokyo"}, content_type="application/json")
    child.refresh_from_db()
    assert child.profile.time_zone == "Asia/Tokyo"
    assert child.check_password("135790") is True


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({"password": "1234"}, {"password": ["A PIN must have 6 to 12 digits."]}),
        # the new PIN is valid, but it is set in the same transaction as the invalid languages
        (
            {"password": "97531864", "target_languages": [{"language": "fr", "level": "A1"}] * 2},
            {"target_languages": ["Listed twice: French."]},
        ),
        (
            {"password": "97531864", "display_name": "x" * 51},
            {"display_name": ["Ensure this field has no more than 50 characters."]},
        ),
        (
            {"target_languages": [{"language": "fr", "level": "Z9"}]},
            {"target_languages": {"0": {"level": ['"Z9" is not a valid choice.']}}},
        ),
    ],
    ids=["short-pin", "duplicate-language", "long-name", "level"],
)
def test_child_patch_with_bad_input_answers_400_and_changes_nothing(learner_client, learner, db_rows, payload, fields):
    child = child_of(learner)
    before = db_rows()
    response = learner_client.patch(f"/api/v1/children/{child.pk}", payload, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_child_delete_removes_the_account_and_the_parent_role(learner_client, learner):
    child = child_of(learner)
    response = learner_client.delete(f"/api/v1/children/{child.pk}")
    assert response.status_code == 204
    assert response.content == b""
    assert User.objects.filter(pk=child.pk).exists() is False
    assert Profile.objects.filter(user_id=child.pk).exists() is False
    assert FamilyLink.objects.exists() is False
    assert list(learner.groups.values_list("name", flat=True)) == ["Learner"]


def test_child_delete_of_one_of_two_children_keeps_the_parent_role(learner_client, learner):
    child = child_of(learner, username="ana")
    other = child_of(learner, username="ben")
    learner_client.delete(f"/api/v1/children/{child.pk}")
    assert list(User.objects.children_of(learner)) == [other]
    assert learner.groups.filter(name=Role.PARENT).exists() is True


# --- nobody reaches another family's accounts


@pytest.mark.parametrize(
    ("method", "payload"),
    [("get", None), ("patch", {"display_name": "Hacked", "password": "999999"}), ("delete", None)],
)
def test_child_of_another_parent_is_not_found(learner_client, db_rows, method, payload):
    stranger_child = child_of(LearnerFactory(), username="stranger-kid")
    before = db_rows()
    response = getattr(learner_client, method)(
        f"/api/v1/children/{stranger_child.pk}", payload, content_type="application/json"
    )
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "No User matches the given query.", "fields": {}}
    }
    assert db_rows() == before


@pytest.mark.parametrize(
    ("method", "payload"), [("get", None), ("patch", {"display_name": "Hacked"}), ("delete", None)]
)
def test_another_learner_is_not_reachable_as_a_child(learner_client, db_rows, method, payload):
    other = LearnerFactory()
    before = db_rows()
    response = getattr(learner_client, method)(f"/api/v1/children/{other.pk}", payload, content_type="application/json")
    assert response.status_code == 404
    assert db_rows() == before


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_a_child_cannot_reach_itself_or_its_parent_as_a_child(client, learner, db_rows, method):
    child = child_of(learner)
    client.force_login(child)
    before = db_rows()
    for target in (child, learner):
        response = getattr(client, method)(f"/api/v1/children/{target.pk}", {}, content_type="application/json")
        assert response.status_code == 404
    assert db_rows() == before


def test_profile_patch_changes_only_the_callers_profile(learner_client, learner):
    other = LearnerFactory()
    learner_client.patch("/api/v1/profile", {"display_name": "Mine"}, content_type="application/json")
    assert Profile.objects.get(user=other).display_name == other.username.title()
    assert Profile.objects.get(user=learner).display_name == "Mine"


def test_api_session_authentication_rejects_a_post_without_csrf_token(learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.patch("/api/v1/profile", {"display_name": "Forged"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    assert response.json()["error"]["message"] == "CSRF Failed: CSRF cookie not set."
    assert Profile.objects.get(user=learner).display_name == learner.username.title()


def test_languages_include_a_planned_language_that_cannot_be_learned_yet(learner_client, db_rows):
    Language.objects.create(code="ar", name="Arabic", native_name="العربية", support="planned", sort_order=20)
    codes = [item["code"] for item in learner_client.get("/api/v1/languages").json()["results"]]
    assert codes == [*LANGUAGE_CODES, "ar"]
    before = db_rows()
    response = learner_client.patch(
        "/api/v1/profile", {"target_languages": [{"language": "ar", "level": "A1"}]}, content_type="application/json"
    )
    assert response.json() == invalid(
        {"target_languages": {"0": {"language": ["Object with code=ar does not exist."]}}}
    )
    assert db_rows() == before
