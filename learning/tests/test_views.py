"""The HTML pages of the learning app, through the test client: forms, their errors, and who may see what."""

import pytest

from admin_tools.models import FamilyLink, Role, User
from admin_tools.tests.factories import UserFactory
from learning.models import Profile
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import targets

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def _languages(*rows: tuple[str, str], initial: int, delete: tuple[int, ...] = ()) -> dict:
    """The profile page's language formset as a browser posts it: the given rows, then the empty row
    whose level select still shows its first option."""
    data = {
        "languages-TOTAL_FORMS": str(len(rows) + 1),
        "languages-INITIAL_FORMS": str(initial),
        "languages-MIN_NUM_FORMS": "0",
        "languages-MAX_NUM_FORMS": "9",
    }
    for index, (language, level) in enumerate([*rows, ("", "A1")]):
        data[f"languages-{index}-language"] = language
        data[f"languages-{index}-level"] = level
        if index in delete:
            data[f"languages-{index}-DELETE"] = "on"
    return data


def _profile_form(**overrides) -> dict:
    return {"display_name": "Lena", "native_language": "de", **overrides}


def _settings_form(**overrides) -> dict:
    return {
        "daily_goal_xp": "30",
        "time_zone": "Europe/Madrid",
        "preferred_persona": "expert-scholar",
        "correction_strictness": "thorough",
        **overrides,
    }


def _onboarding_form(**overrides) -> dict:
    return {
        "display_name": "Lena",
        "native_language": "de",
        "time_zone": "Europe/Berlin",
        "daily_goal_xp": "10",
        "preferred_persona": "encouraging-coach",
        "correction_strictness": "thorough",
        "language": "it",
        "level": "B1",
        **overrides,
    }


def _child_form(**overrides) -> dict:
    return {
        "username": "kim",
        "display_name": "Kim",
        "secret": "246810",
        "secret_confirm": "246810",
        "native_language": "en",
        "language": "es",
        "level": "A1",
        **overrides,
    }


# --- home and onboarding


def test_home_redirects_anonymous_visitors_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/login/?next=/"


def test_home_sends_a_new_learner_to_onboarding(client):
    client.force_login(UserFactory())
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/onboarding/"


def test_home_greets_an_onboarded_learner_with_their_languages(learner_client, learner):
    response = learner_client.get("/")
    assert response.status_code == 200
    assert f"Hello, {learner.username.title()}" in response.text
    assert 'Spanish <span class="pill">A2</span>' in response.text


def test_home_of_a_parent_lists_the_children(learner_client, learner):
    child_of(learner, username="kim")
    response = learner_client.get("/")
    assert f'<a href="/children/{User.objects.get(username="kim").pk}/">Kim</a>' in response.text


def test_onboarding_saves_the_profile_and_the_first_language(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/onboarding/", _onboarding_form())
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    profile = Profile.objects.get(user=user)
    assert (
        profile.display_name,
        profile.native_language,
        profile.time_zone,
        profile.daily_goal_xp,
        profile.preferred_persona,
        profile.correction_strictness,
        profile.is_onboarded,
    ) == ("Lena", "de", "Europe/Berlin", 10, "encouraging-coach", "thorough", True)
    assert targets(user) == [("it", "B1")]
    assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"display_name": "x" * 51}, "Ensure this value has at most 50 characters (it has 51)."),
        (
            {"time_zone": "Mars/Olympus"},
            "Select a valid choice. Mars/Olympus is not one of the available choices.",
        ),
        ({"language": ""}, "This field is required."),
        ({"language": "xx"}, "Select a valid choice. That choice is not one of the available choices."),
        ({"level": "Z9"}, "Select a valid choice. Z9 is not one of the available choices."),
        ({"daily_goal_xp": "15"}, "Select a valid choice. 15 is not one of the available choices."),
    ],
    ids=["long-name", "time-zone", "no-language", "unknown-language", "level", "daily-goal"],
)
def test_onboarding_with_bad_input_shows_the_error_and_changes_nothing(client, db_rows, overrides, error):
    user = UserFactory()
    client.force_login(user)
    client.get("/onboarding/")  # creates the empty profile
    before = db_rows()
    response = client.post("/onboarding/", _onboarding_form(**overrides))
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before
    assert Profile.objects.get(user=user).is_onboarded is False


# --- profile


def test_profile_page_shows_the_form_with_the_current_languages(learner_client):
    response = learner_client.get("/profile/")
    assert response.status_code == 200
    assert "<h1>Your profile</h1>" in response.text
    assert '<option value="es" selected>Spanish</option>' in response.text


def test_profile_save_with_unchanged_languages_keeps_them(learner_client, learner):
    response = learner_client.post("/profile/", {**_profile_form(), **_languages(("es", "A2"), initial=1)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/profile/"
    profile = Profile.objects.get(user=learner)
    assert (profile.display_name, profile.native_language) == ("Lena", "de")
    assert targets(learner) == [("es", "A2")]


def test_profile_save_adds_a_language_in_the_empty_row(learner_client, learner):
    data = {**_profile_form(), **_languages(("es", "A2"), initial=1)}
    data["languages-1-language"], data["languages-1-level"] = "ko", "B2"
    learner_client.post("/profile/", data)
    assert targets(learner) == [("es", "A2"), ("ko", "B2")]


def test_profile_save_changes_a_level_and_deletes_a_language(learner_client, learner):
    Profile.objects.get(user=learner).target_languages.create(language_id="fr", level="A1")
    data = {**_profile_form(), **_languages(("es", "B1"), ("fr", "A1"), initial=2, delete=(1,))}
    response = learner_client.post("/profile/", data)
    assert response.status_code == 302
    assert targets(learner) == [("es", "B1")]


@pytest.mark.parametrize(
    ("form", "languages", "error"),
    [
        (
            {"display_name": "x" * 51},
            _languages(("es", "A2"), initial=1),
            "Ensure this value has at most 50 characters (it has 51).",
        ),
        (
            {"native_language": "xx"},
            _languages(("es", "A2"), initial=1),
            "Select a valid choice. xx is not one of the available choices.",
        ),
        ({}, _languages(("es", "A2"), ("es", "B1"), initial=1), "Listed twice: Spanish."),
        ({}, _languages(("es", "A2"), initial=1, delete=(0,)), "Keep at least one language to learn."),
        (
            {},
            _languages(("es", "A2"), ("xx", "A1"), initial=1),
            "Select a valid choice. That choice is not one of the available choices.",
        ),
        (
            {},
            _languages(("es", "Z9"), initial=1),
            "Select a valid choice. Z9 is not one of the available choices.",
        ),
    ],
    ids=["long-name", "native-language", "duplicate", "none-left", "unknown-language", "level"],
)
def test_profile_save_with_bad_input_shows_the_error_and_changes_nothing(
    learner_client, db_rows, form, languages, error
):
    before = db_rows()
    response = learner_client.post("/profile/", {**_profile_form(**form), **languages})
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before


# --- settings


def test_settings_save_redirects_with_a_message(learner_client, learner):
    response = learner_client.post("/settings/", _settings_form(), follow=True)
    assert response.redirect_chain == [("/settings/", 302)]
    assert "Settings saved." in response.text
    profile = Profile.objects.get(user=learner)
    assert (profile.daily_goal_xp, profile.time_zone, profile.preferred_persona, profile.correction_strictness) == (
        30,
        "Europe/Madrid",
        "expert-scholar",
        "thorough",
    )


def test_settings_save_through_htmx_answers_with_the_form_only(learner_client, learner):
    response = learner_client.post("/settings/", _settings_form(time_zone="Asia/Seoul"), headers=HTMX)
    assert response.status_code == 200
    assert response.text.startswith('<form method="post" class="card" id="settings-form"')
    assert "Settings saved.</p>" in response.text
    assert "<html" not in response.text
    assert Profile.objects.get(user=learner).time_zone == "Asia/Seoul"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"time_zone": "Mars/Olympus"}, "Select a valid choice. Mars/Olympus is not one of the available choices."),
        ({"daily_goal_xp": "15"}, "Select a valid choice. 15 is not one of the available choices."),
        ({"preferred_persona": "pirate"}, "Select a valid choice. pirate is not one of the available choices."),
        ({"correction_strictness": ""}, "This field is required."),
    ],
    ids=["time-zone", "daily-goal", "persona", "strictness"],
)
@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_settings_save_with_bad_input_shows_the_error_and_changes_nothing(
    learner_client, db_rows, overrides, error, headers
):
    before = db_rows()
    response = learner_client.post("/settings/", _settings_form(**overrides), headers=headers)
    assert response.status_code == 200
    assert error in response.text
    assert "Settings saved." not in response.text
    assert db_rows() == before


# --- children


def test_children_page_of_a_learner_without_children(learner_client):
    response = learner_client.get("/children/")
    assert response.status_code == 200
    assert "You have no child accounts yet." in response.text


def test_children_create_makes_the_account_and_redirects(learner_client, learner):
    response = learner_client.post("/children/", _child_form(), follow=True)
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
    response = learner_client.post("/children/", _child_form(), headers=HTMX)
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
    response = learner_client.post("/children/", _child_form(**overrides))
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before


def test_children_create_through_htmx_with_bad_input_answers_with_the_list_and_the_error(learner_client, db_rows):
    before = db_rows()
    response = learner_client.post("/children/", _child_form(secret="1234", secret_confirm="1234"), headers=HTMX)
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
        {**_profile_form(display_name="Kimmy"), **_languages(("fr", "A2"), initial=initial)},
    )
    assert response.headers["Location"] == f"/children/{child.pk}/profile/"
    response = learner_client.post(f"/children/{child.pk}/settings/", _settings_form(daily_goal_xp="50"))
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
        {**_profile_form(display_name="Hacked"), **_languages(("de", "C2"), initial=1)},
    ),
    ("get", "/children/{id}/settings/", None),
    ("post", "/children/{id}/settings/", _settings_form()),
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
    response = getattr(client, method)("/children/", _child_form(username="grandchild"))
    assert response.status_code == 404
    assert db_rows() == before


def test_a_child_edits_its_own_profile(client, learner):
    child = child_of(learner)
    client.force_login(child)
    response = client.post("/profile/", {**_profile_form(display_name="Me"), **_languages(("fr", "A1"), initial=1)})
    assert response.status_code == 302
    assert Profile.objects.get(user=child).display_name == "Me"


@pytest.mark.parametrize(
    "path", ["/onboarding/", "/profile/", "/settings/", "/children/", "/children/1/", "/children/1/profile/"]
)
def test_pages_redirect_anonymous_visitors_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/accounts/login/?next={path}"
