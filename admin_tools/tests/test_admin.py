import pytest
from django.contrib import admin
from django.urls import reverse

from admin_tools import services
from admin_tools.models import BudgetAlert, FamilyLink, UsageRecord, User
from admin_tools.tests.factories import PASSWORD, UserFactory
from learning.models import Profile
from learning.tests.factories import LearnerFactory, child_of
from spaced_repetition.models import ReviewUndo

pytestmark = pytest.mark.django_db

REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)
# Rows only the system writes: the usage ledger, budget alerts and undone grades have no add page.
SYSTEM_WRITTEN = [BudgetAlert, UsageRecord, ReviewUndo]


def _url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def admin_client(client):
    """Signed in as a superuser, with a family and a learner in the database so lists are not empty."""
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    parent = LearnerFactory(username="paula")
    child_of(parent, username="kiddo")
    LearnerFactory(username="lena")
    return client


def test_admin_registers_the_project_models():
    labels = {model._meta.label for model in REGISTERED}
    assert {
        "admin_tools.User",
        "admin_tools.FamilyLink",
        "learning.Language",
        "learning.Profile",
        "learning.TargetLanguage",
    } <= labels


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_admin_changelist_opens_for_every_model(admin_client, model):
    assert admin_client.get(_url(model, "changelist")).status_code == 200


@pytest.mark.parametrize(
    "model", [m for m in REGISTERED if m not in SYSTEM_WRITTEN], ids=lambda model: model._meta.label
)
def test_admin_add_page_opens_for_every_model(admin_client, model):
    assert admin_client.get(_url(model, "add")).status_code == 200


@pytest.mark.parametrize("model", SYSTEM_WRITTEN, ids=lambda model: model._meta.label)
def test_admin_add_page_is_refused_for_system_written_models(admin_client, model):
    assert admin_client.get(_url(model, "add")).status_code == 403


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_admin_changelist_search_runs_for_every_model(admin_client, model):
    assert admin_client.get(_url(model, "changelist"), {"q": "kiddo"}).status_code == 200


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        (User, "kiddo", ["kiddo"]),
        (User, "lena@example", ["lena"]),
        (FamilyLink, "paula", ["paula → kiddo"]),
        (Profile, "kiddo", ["Kiddo"]),
    ],
)
def test_admin_changelist_search_finds_the_rows(admin_client, model, query, expected):
    response = admin_client.get(_url(model, "changelist"), {"q": query})
    assert [str(row) for row in response.context["cl"].result_list] == expected


def test_admin_change_pages_open(admin_client):
    child = User.objects.get(username="kiddo")
    assert admin_client.get(_url(User, "change", child.pk)).status_code == 200
    assert admin_client.get(_url(Profile, "change", child.profile.pk)).status_code == 200
    assert admin_client.get(_url(FamilyLink, "change", child.parent_link.pk)).status_code == 200


def test_admin_adds_a_user(admin_client):
    response = admin_client.post(
        _url(User, "add"),
        {
            "username": "added",
            "password1": "long-enough-secret",
            "password2": "long-enough-secret",
            "usable_password": "true",
            "child_links-TOTAL_FORMS": "0",
            "child_links-INITIAL_FORMS": "0",
        },
    )
    added = User.objects.get(username="added")
    assert response.status_code == 302
    assert response.headers["Location"] == _url(User, "change", added.pk)
    assert added.check_password("long-enough-secret") is True
    assert (added.is_staff, added.is_superuser) == (False, False)


def test_admin_site_header(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert '<a href="/admin/">Language Tutor administration</a>' in response.text
    assert "<title>Users, learning data, AI and system | Language Tutor admin</title>" in response.text


def test_admin_refuses_a_learner(client):
    client.force_login(LearnerFactory())
    response = client.get(_url(Profile, "changelist"))
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/login/?next={_url(Profile, 'changelist')}"


def test_admin_role_opens_the_admin_for_the_models_it_manages(client):
    """A staff member in the Admin group, not a superuser, works through the group's permissions."""
    user = UserFactory()
    services.admin_role_grant(user=user)
    client.force_login(user)
    assert client.get(_url(Profile, "changelist")).status_code == 200
    assert client.get(_url(User, "changelist")).status_code == 200
    assert client.get(_url(FamilyLink, "add")).status_code == 200


def test_admin_login_page_signs_in_staff(client):
    staff = UserFactory(username="staffer", is_staff=True)
    response = client.post("/admin/login/?next=/admin/", {"username": "staffer", "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/"
    assert int(client.session["_auth_user_id"]) == staff.pk


def test_admin_created_user_is_a_learner(admin_client):
    response = admin_client.post(
        _url(User, "add"),
        {
            "username": "newbie",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
            "usable_password": "true",
            "child_links-TOTAL_FORMS": "0",
            "child_links-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="newbie")
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert user.is_staff is False
