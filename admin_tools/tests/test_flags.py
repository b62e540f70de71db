"""Feature flags: install defaults, targeting, the stable percentage rollout, the API, templates and the admin."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.template import RequestContext, Template
from django.test import Client, RequestFactory
from django.urls import reverse

from admin_tools import flags, services
from admin_tools.flags import flag_is_active, flags_for
from admin_tools.models import FeatureFlag, Role, User, flag_bucket
from admin_tools.tests.factories import PASSWORD, UserFactory
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

DEFAULTS = {
    "content_import": True,
    "experimental_tutor_modes": False,
    "leagues": True,
    "live_analysis": True,
    "offline_sync": True,
    "scenario_builder": True,
    "speech_input": False,
    "speech_output": False,
}


@pytest.fixture
def set_flag(django_capture_on_commit_callbacks):
    """Change a flag the way the admin does: saved, committed, so waffle's cache is flushed."""

    def change(name: str, *, groups=(), users=(), **fields) -> FeatureFlag:
        flag = FeatureFlag.objects.get(name=name)
        with django_capture_on_commit_callbacks(execute=True):
            for field, value in fields.items():
                setattr(flag, field, value)
            flag.save()
            flag.groups.set(groups)
            flag.users.set(users)
        return flag

    return change


def _users(count: int) -> list[User]:
    return User.objects.bulk_create(User(username=f"rollout{n}") for n in range(count))


def _on_count(name: str, users: list[User]) -> int:
    return sum(flag_is_active(user, name) for user in users)


# --- install defaults


def test_flags_ensure_creates_the_catalogue_with_its_defaults():
    rows = FeatureFlag.objects.order_by("name").values_list(
        "name", "everyone", "percent", "staff", "superusers", "authenticated"
    )
    assert list(rows) == [
        ("content_import", True, None, False, False, False),
        ("experimental_tutor_modes", None, None, False, False, False),
        ("leagues", True, None, False, False, False),
        ("live_analysis", True, None, False, False, False),
        ("offline_sync", True, None, False, False, False),
        ("scenario_builder", True, None, False, False, False),
        ("speech_input", None, None, False, False, False),
        ("speech_output", None, None, False, False, False),
    ]
    assert all(FeatureFlag.objects.values_list("note", flat=True))


def test_flags_ensure_is_idempotent_and_keeps_admin_edits(set_flag):
    set_flag("leagues", everyone=False, note="Off until the season starts")
    set_flag("speech_input", everyone=None, percent=Decimal("25"))
    FeatureFlag.objects.filter(name="offline_sync").delete()

    flags.flags_ensure()
    flags.flags_ensure()

    assert FeatureFlag.objects.count() == 8
    assert FeatureFlag.objects.filter(name="offline_sync", everyone=True).count() == 1
    assert FeatureFlag.objects.filter(name="leagues").values_list("everyone", "note").get() == (
        False,
        "Off until the season starts",
    )
    assert FeatureFlag.objects.get(name="speech_input").percent == Decimal("25.0")


def test_flags_for_a_learner_gives_the_install_defaults():
    assert flags_for(LearnerFactory()) == DEFAULTS


def test_flags_for_anonymous_gives_only_the_flags_on_for_everyone(set_flag):
    set_flag("speech_output", percent=Decimal("100"))
    assert flags_for(AnonymousUser()) == DEFAULTS


def test_flag_unknown_name_is_off_and_not_listed():
    user = LearnerFactory()
    assert flag_is_active(user, "no_such_flag") is False
    assert "no_such_flag" not in flags_for(user)


def test_flag_added_in_the_admin_is_listed_and_missing_catalogue_flags_read_as_off(set_flag):
    FeatureFlag.objects.create(name="dark_mode", everyone=True)
    FeatureFlag.objects.filter(name="leagues").delete()
    assert flags_for(LearnerFactory()) == DEFAULTS | {"dark_mode": True, "leagues": False}


# --- targeting


def test_flag_for_a_group_is_on_only_for_its_members(set_flag):
    parent = LearnerFactory()
    child = child_of(parent)
    learner = LearnerFactory()
    set_flag("speech_input", groups=[Group.objects.get(name=Role.PARENT)])
    assert [flag_is_active(user, "speech_input") for user in (parent, child, learner)] == [True, False, False]


def test_flag_for_the_admin_group_reaches_admins(set_flag):
    admin = LearnerFactory()
    services.admin_role_grant(user=admin)
    set_flag("experimental_tutor_modes", groups=[Group.objects.get(name=Role.ADMIN)])
    learner = LearnerFactory()
    assert [flag_is_active(user, "experimental_tutor_modes") for user in (admin, learner)] == [True, False]


def test_flag_for_named_users_is_on_only_for_them(set_flag):
    chosen, other = LearnerFactory(), LearnerFactory()
    set_flag("speech_output", users=[chosen])
    assert (flag_is_active(chosen, "speech_output"), flag_is_active(other, "speech_output")) == (True, False)


def test_flag_for_staff_is_on_for_staff_only(set_flag):
    staff, learner = UserFactory(is_staff=True), LearnerFactory()
    set_flag("speech_output", staff=True)
    assert (flag_is_active(staff, "speech_output"), flag_is_active(learner, "speech_output")) == (True, False)


def test_flag_off_by_default_is_off_for_superusers_until_they_are_targeted(set_flag):
    root = UserFactory(is_staff=True, is_superuser=True)
    assert flag_is_active(root, "experimental_tutor_modes") is False
    set_flag("experimental_tutor_modes", superusers=True)
    assert flag_is_active(root, "experimental_tutor_modes") is True


def test_flag_for_authenticated_users_is_off_for_visitors(set_flag):
    set_flag("speech_input", authenticated=True)
    assert (flag_is_active(LearnerFactory(), "speech_input"), flag_is_active(AnonymousUser(), "speech_input")) == (
        True,
        False,
    )


def test_flag_everyone_no_overrides_every_target(set_flag):
    staff = UserFactory(is_staff=True)
    set_flag(
        "leagues",
        everyone=False,
        staff=True,
        percent=Decimal("100"),
        users=[staff],
        groups=[Group.objects.get(name=Role.LEARNER)],
    )
    assert flag_is_active(staff, "leagues") is False


def test_flag_everyone_yes_reaches_visitors_too(set_flag):
    set_flag("speech_output", everyone=True)
    assert (flag_is_active(AnonymousUser(), "speech_output"), flag_is_active(None, "speech_output")) == (True, True)


def test_flag_is_active_takes_a_request_or_a_user(set_flag):
    learner, other = LearnerFactory(), LearnerFactory()
    set_flag("speech_input", users=[learner])
    request = RequestFactory().get("/")
    request.user = learner
    assert [flag_is_active(request, "speech_input"), flag_is_active(other, "speech_input")] == [True, False]


def test_flag_change_applies_to_the_next_evaluation(set_flag):
    learner = LearnerFactory()
    assert flag_is_active(learner, "leagues") is True  # now cached
    set_flag("leagues", everyone=False)
    assert flag_is_active(learner, "leagues") is False


# --- percentage rollout


def test_flag_bucket_is_a_fixed_hash_of_flag_name_and_user_id():
    # Pinned: changing the hash would move every user in or out of every running rollout.
    assert [flag_bucket("leagues", 1), flag_bucket("leagues", 2), flag_bucket("speech_input", 1)] == [307, 232, 181]


def test_flag_percentage_follows_the_bucket_of_each_user(set_flag):
    users = _users(200)
    set_flag("speech_input", percent=Decimal("33.3"))
    assert [flag_is_active(user, "speech_input") for user in users] == [
        flag_bucket("speech_input", user.pk) < 333 for user in users
    ]


def test_flag_percentage_fifty_reaches_about_half_of_a_thousand_users(set_flag):
    users = _users(1000)
    set_flag("experimental_tutor_modes", percent=Decimal("50"))
    on = _on_count("experimental_tutor_modes", users)
    assert 400 <= on <= 600
    assert _on_count("experimental_tutor_modes", users) == on  # and the same users again


def test_flag_percentage_picks_different_users_for_different_flags(set_flag):
    users = _users(1000)
    set_flag("speech_input", percent=Decimal("50"))
    set_flag("speech_output", percent=Decimal("50"))
    both = sum(flag_is_active(user, "speech_input") and flag_is_active(user, "speech_output") for user in users)
    assert 150 <= both <= 350  # independent halves overlap on about a quarter, not all of the half


@pytest.mark.parametrize(("percent", "expected"), [(Decimal("0"), 0), (Decimal("100"), 1000)])
def test_flag_percentage_extremes_reach_no_one_or_everyone(set_flag, percent, expected):
    users = _users(1000)
    set_flag("experimental_tutor_modes", percent=percent)
    assert _on_count("experimental_tutor_modes", users) == expected


def test_flag_percentage_is_off_for_visitors(set_flag):
    set_flag("experimental_tutor_modes", percent=Decimal("100"))
    assert flag_is_active(AnonymousUser(), "experimental_tutor_modes") is False


def test_flag_percentage_adds_to_targeting(set_flag):
    staff = UserFactory(is_staff=True)
    set_flag("experimental_tutor_modes", staff=True, percent=Decimal("0"))
    assert flag_is_active(staff, "experimental_tutor_modes") is True


def test_flag_percentage_gives_each_user_the_same_answer_on_web_mobile_pages_and_tasks(set_flag):
    set_flag("experimental_tutor_modes", percent=Decimal("50"))
    learners = [LearnerFactory() for _ in range(12)]
    answers = []
    for learner in learners:
        web = Client()
        web.force_login(learner)
        mobile = Client()
        login = mobile.post(
            "/_allauth/app/v1/auth/login",
            {"email": learner.email, "password": PASSWORD},
            content_type="application/json",
        )
        token = login.json()["meta"]["session_token"]
        request = RequestFactory().get("/")
        request.user = learner
        page = Template(
            '{% load waffle_tags %}{% flag "experimental_tutor_modes" %}on{% else %}off{% endflag %}'
        ).render(RequestContext(request))
        answers.append(
            (
                web.get("/api/v1/flags").json()["flags"]["experimental_tutor_modes"],
                web.get("/api/v1/flags").json()["flags"]["experimental_tutor_modes"],
                mobile.get("/api/v1/flags", headers={"X-Session-Token": token}).json()["flags"][
                    "experimental_tutor_modes"
                ],
                page == "on",
                flags_for(learner)["experimental_tutor_modes"],
            )
        )
    expected = [(flag_bucket("experimental_tutor_modes", learner.pk) < 500,) * 5 for learner in learners]
    assert answers == expected


# --- API


def test_flags_api_returns_the_callers_flags(learner_client, set_flag, learner):
    set_flag("speech_input", users=[learner])
    response = learner_client.get("/api/v1/flags")
    assert response.status_code == 200
    assert response.json() == {"flags": DEFAULTS | {"speech_input": True}}


def test_flags_api_without_credentials_answers_401(client):
    response = client.get("/api/v1/flags")
    assert response.status_code == 401
    assert response.json() == {
        "error": {"code": "not_authenticated", "message": "Authentication credentials were not provided.", "fields": {}}
    }


def test_flags_api_is_in_the_schema(learner_client):
    schema = learner_client.get("/api/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/flags"]["get"]
    assert operation["summary"] == "Your feature flags"
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Flags"
    }
    assert schema["components"]["schemas"]["Flags"]["properties"]["flags"] == {
        "type": "object",
        "additionalProperties": {"type": "boolean"},
    }


def test_waffles_own_flag_link_tables_are_dropped():
    # Left in place they would reference auth_group and the user table, and flush could not truncate
    # those on PostgreSQL (django-waffle issue #317).
    tables = set(connection.introspection.table_names())
    assert sorted(name for name in tables if "flag" in name) == [
        "admin_tools_featureflag",
        "admin_tools_featureflag_groups",
        "admin_tools_featureflag_users",
        "waffle_flag",
    ]


# --- templates


def test_flags_context_processor_and_waffle_tag_render_the_users_flags(set_flag):
    learner = LearnerFactory()
    set_flag("speech_output", users=[learner])
    request = RequestFactory().get("/")
    request.user = learner
    page = Template(
        "{% load waffle_tags %}"
        "{% if flags.leagues %}leagues {% endif %}{% if flags.speech_input %}input {% endif %}"
        '{% flag "speech_output" %}output{% else %}silent{% endflag %} '
        '{% flag "experimental_tutor_modes" %}experimental{% else %}standard{% endflag %}'
    )
    assert page.render(RequestContext(request)) == "leagues output standard"


# --- admin


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def test_flag_admin_lists_each_flags_targets(admin_client, set_flag):
    set_flag(
        "speech_input",
        staff=True,
        percent=Decimal("12.5"),
        groups=[Group.objects.get(name=Role.PARENT), Group.objects.get(name=Role.ADMIN)],
        users=[LearnerFactory(), LearnerFactory()],
    )
    response = admin_client.get(reverse("admin:admin_tools_featureflag_changelist"), {"q": "speech_input"})
    assert response.status_code == 200
    row = response.context["cl"].result_list.get()
    admin_view = response.context["cl"].model_admin
    assert (row.name, row.percent, admin_view.group_list(row), admin_view.user_count(row)) == (
        "speech_input",
        Decimal("12.5"),
        "Admin, Parent",
        2,
    )


def test_flag_admin_change_targets_a_group_at_once(admin_client, django_capture_on_commit_callbacks):
    parent = LearnerFactory()
    child_of(parent)
    assert flag_is_active(parent, "speech_input") is False  # now cached
    flag = FeatureFlag.objects.get(name="speech_input")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:admin_tools_featureflag_change", args=[flag.pk]),
            {
                "name": "speech_input",
                "note": flag.note,
                "everyone": "unknown",
                "groups": [Group.objects.get(name=Role.PARENT).pk],
                "users": "",
                "percent": "",
            },
        )
    assert response.status_code == 302
    assert flag_is_active(parent, "speech_input") is True


def test_flag_admin_refuses_a_percentage_over_100(admin_client):
    flag = FeatureFlag.objects.get(name="speech_input")
    response = admin_client.post(
        reverse("admin:admin_tools_featureflag_change", args=[flag.pk]),
        {"name": "speech_input", "note": "", "everyone": "unknown", "users": "", "percent": "150"},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"percent": ["Ensure this value is less than or equal to 100."]}
    assert FeatureFlag.objects.get(name="speech_input").percent is None
