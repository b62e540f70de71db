"""The parent's pages for child accounts, through the test client: create, edit, PIN, delete, their errors,
and that no one else's child (and no child its parent) can be reached."""

import pytest

from admin_tools.models import FamilyLink, Role, User
from admin_tools.tests.factories import UserFactory
from learning.models import Profile
from learning.tests import page_forms as forms
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import targets

pytestmark = pytest.mark.django_db


def test_children_page_of_a_learner_without_children(learner_client):
    response = learner_client.get("/children/")
    assert response.status_code == 200
    assert "You have no child accounts yet." in response.text


def test_children_create_makes_the_account_and_redirects(learner_client, learner):
    response = learner_client.post("/children/", forms.child_form(), follow=True)
    assert response.redirect_chain == [("/children/", 302)]
    assert "Account for Kim created. They sign in as “kim”." in response.text
    child = User.objects.get(username="kim")
    assert child.check_password("246810") is True
    assert (child.email, child.is_staff, child.is_superuser) == ("", False, False)
    assert list(FamilyLink.objects.values_list("parent_id", "child_id")) == [(learner.pk, child.pk)]
    assert Profile.objects.get(user=child).display_name == "Kim"
    assert Profile.objects.get(user=child).is_onboarded is True
    assert targets(child) == [("es", "A1")]
    assert learner.groups.filter(name=Role.PARENT).exists() is True


def test_children_create_through_htmx_answers_with_the_list_and_an_empty_form(learner_client):
    response = learner_client.post("/children/", forms.child_form(), headers=forms.HTMX)
    assert response.status_code == 200
    assert response.text.startswith('<div id="children">')
    assert f'<a href="/children/{User.objects.get(username="kim").pk}/">Kim</a>' in response.text
    assert 'name="username" value="kim"' not in response.text


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"secret": "1234", "secret_confirm": "1234"}, "A PIN must have 6 to 12 digits."),
        ({"secret_confirm": "246811"}, "The two entries differ."),
        ({"username": "TAKEN"}, "That username is taken. Try another one."),
        ({"username": "no spaces!"}, "Enter a valid username."),
        ({"display_name": "x" * 51}, "Ensure this value has at most 50 characters (it has 51)."),
        ({"language": ""}, "This field is required."),
    ],
    ids=["short-pin", "confirm-differs", "taken-username", "bad-username", "long-name", "no-language"],
)
def test_children_create_with_bad_input_shows_the_error_and_changes_nothing(learner_client, db_rows, overrides, error):
    UserFactory(username="taken")
    before = db_rows()
    response = learner_client.post("/children/", forms.child_form(**overrides))
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before


def test_children_create_through_htmx_with_bad_input_answers_with_the_list_and_the_error(learner_client, db_rows):
    before = db_rows()
    response = learner_client.post(
        "/children/", forms.child_form(secret="1234", secret_confirm="1234"), headers=forms.HTMX
    )
    assert response.status_code == 200
    assert response.text.startswith('<div id="children">')
    assert "A PIN must have 6 to 12 digits." in response.text
    assert db_rows() == before


def test_child_detail_shows_the_child(learner_client, learner):
    child = child_of(learner, username="kim")
    response = learner_client.get(f"/children/{child.pk}/")
    assert response.status_code == 200
    assert "Signs in as <strong>kim</strong>." in response.text


def test_child_detail_sets_a_new_pin(learner_client, learner):
    child = child_of(learner, pin="135790")
    response = learner_client.post(f"/children/{child.pk}/", {"secret": "97531864", "secret_confirm": "97531864"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/children/{child.pk}/"
    child.refresh_from_db()
    assert child.check_password("97531864") is True


@pytest.mark.parametrize(
    ("secret", "confirm", "error"),
    [("1234", "1234", "A PIN must have 6 to 12 digits."), ("97531864", "97531865", "The two entries differ.")],
)
def test_child_detail_with_a_bad_pin_shows_the_error_and_changes_nothing(
    learner_client, learner, db_rows, secret, confirm, error
):
    child = child_of(learner)
    before = db_rows()
    response = learner_client.post(f"/children/{child.pk}/", {"secret": secret, "secret_confirm": confirm})
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before


def test_parent_edits_the_childs_profile_and_settings(learner_client, learner):
    child = child_of(learner, username="kim")
    initial = Profile.objects.get(user=child).target_languages.count()
    response = learner_client.post(
        f"/children/{child.pk}/profile/",
        {**forms.profile_form(display_name="Kimmy"), **forms.languages(("fr", "A2"), initial=initial)},
    )
    assert response.headers["Location"] == f"/children/{child.pk}/profile/"
    response = learner_client.post(f"/children/{child.pk}/settings/", forms.settings_form(daily_goal_xp="50"))
    assert response.headers["Location"] == f"/children/{child.pk}/settings/"
    profile = Profile.objects.get(user=child)
    assert (profile.display_name, profile.daily_goal_xp) == ("Kimmy", 50)
    assert targets(child) == [("fr", "A2")]
    assert Profile.objects.get(user=learner).display_name == learner.username.title()


def test_child_delete_removes_the_account_and_the_parent_role(learner_client, learner):
    child = child_of(learner, username="kim")
    response = learner_client.post(f"/children/{child.pk}/delete/", follow=True)
    assert response.redirect_chain == [("/children/", 302)]
    assert "The account of Kim and all its data were deleted." in response.text
    assert User.objects.filter(pk=child.pk).exists() is False
    assert Profile.objects.filter(user_id=child.pk).exists() is False
    assert list(learner.groups.values_list("name", flat=True)) == ["Learner"]


def test_child_delete_refuses_get(learner_client, learner, db_rows):
    child = child_of(learner)
    before = db_rows()
    assert learner_client.get(f"/children/{child.pk}/delete/").status_code == 405
    assert db_rows() == before


# --- nobody reaches another family's accounts

CHILD_PAGES = [
    ("get", "/children/{id}/", None),
    ("post", "/children/{id}/", {"secret": "999999", "secret_confirm": "999999"}),
    ("get", "/children/{id}/profile/", None),
    (
        "post",
        "/children/{id}/profile/",
        {**forms.profile_form(display_name="Hacked"), **forms.languages(("de", "C2"), initial=1)},
    ),
    ("get", "/children/{id}/settings/", None),
    ("post", "/children/{id}/settings/", forms.settings_form()),
    ("post", "/children/{id}/delete/", None),
]


@pytest.mark.parametrize(("method", "path", "data"), CHILD_PAGES)
def test_child_pages_of_another_parents_child_are_not_found(learner_client, db_rows, method, path, data):
    stranger_child = child_of(LearnerFactory(), username="stranger-kid")
    before = db_rows()
    response = getattr(learner_client, method)(path.format(id=stranger_child.pk), data)
    assert response.status_code == 404
    assert db_rows() == before


@pytest.mark.parametrize(("method", "path", "data"), CHILD_PAGES)
def test_child_pages_of_another_learner_are_not_found(learner_client, db_rows, method, path, data):
    other = LearnerFactory()
    before = db_rows()
    response = getattr(learner_client, method)(path.format(id=other.pk), data)
    assert response.status_code == 404
    assert db_rows() == before


@pytest.mark.parametrize(("method", "path", "data"), CHILD_PAGES)
def test_child_pages_do_not_let_a_child_reach_its_parent(client, learner, db_rows, method, path, data):
    client.force_login(child_of(learner))
    before = db_rows()
    response = getattr(client, method)(path.format(id=learner.pk), data)
    assert response.status_code == 404
    assert db_rows() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_children_page_is_not_found_for_a_child(client, learner, db_rows, method):
    client.force_login(child_of(learner))
    before = db_rows()
    response = getattr(client, method)("/children/", forms.child_form(username="grandchild"))
    assert response.status_code == 404
    assert db_rows() == before


def test_a_child_edits_its_own_profile(client, learner):
    child = child_of(learner)
    client.force_login(child)
    response = client.post(
        "/profile/", {**forms.profile_form(display_name="Me"), **forms.languages(("fr", "A1"), initial=1)}
    )
    assert response.status_code == 302
    assert Profile.objects.get(user=child).display_name == "Me"
