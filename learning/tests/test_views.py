"""The HTML pages of the learning app, through the test client: forms, their errors, and who may see what."""

import pytest

from admin_tools.models import User
from admin_tools.tests.factories import UserFactory
from learning.models import Profile
from learning.tests import page_forms as forms
from learning.tests.factories import child_of
from learning.tests.helpers import targets

pytestmark = pytest.mark.django_db

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
    response = client.post("/onboarding/", forms.onboarding_form())
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
    response = client.post("/onboarding/", forms.onboarding_form(**overrides))
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
    response = learner_client.post("/profile/", {**forms.profile_form(), **forms.languages(("es", "A2"), initial=1)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/profile/"
    profile = Profile.objects.get(user=learner)
    assert (profile.display_name, profile.native_language) == ("Lena", "de")
    assert targets(learner) == [("es", "A2")]


def test_profile_save_adds_a_language_in_the_empty_row(learner_client, learner):
    data = {**forms.profile_form(), **forms.languages(("es", "A2"), initial=1)}
    data["languages-1-language"], data["languages-1-level"] = "ko", "B2"
    learner_client.post("/profile/", data)
    assert targets(learner) == [("es", "A2"), ("ko", "B2")]


def test_profile_save_changes_a_level_and_deletes_a_language(learner_client, learner):
    Profile.objects.get(user=learner).target_languages.create(language_id="fr", level="A1")
    data = {**forms.profile_form(), **forms.languages(("es", "B1"), ("fr", "A1"), initial=2, delete=(1,))}
    response = learner_client.post("/profile/", data)
    assert response.status_code == 302
    assert targets(learner) == [("es", "B1")]


@pytest.mark.parametrize(
    ("form", "languages", "error"),
    [
        (
            {"display_name": "x" * 51},
            forms.languages(("es", "A2"), initial=1),
            "Ensure this value has at most 50 characters (it has 51).",
        ),
        (
            {"native_language": "xx"},
            forms.languages(("es", "A2"), initial=1),
            "Select a valid choice. xx is not one of the available choices.",
        ),
        ({}, forms.languages(("es", "A2"), ("es", "B1"), initial=1), "Listed twice: Spanish."),
        ({}, forms.languages(("es", "A2"), initial=1, delete=(0,)), "Keep at least one language to learn."),
        (
            {},
            forms.languages(("es", "A2"), ("xx", "A1"), initial=1),
            "Select a valid choice. That choice is not one of the available choices.",
        ),
        (
            {},
            forms.languages(("es", "Z9"), initial=1),
            "Select a valid choice. Z9 is not one of the available choices.",
        ),
    ],
    ids=["long-name", "native-language", "duplicate", "none-left", "unknown-language", "level"],
)
def test_profile_save_with_bad_input_shows_the_error_and_changes_nothing(
    learner_client, db_rows, form, languages, error
):
    before = db_rows()
    response = learner_client.post("/profile/", {**forms.profile_form(**form), **languages})
    assert response.status_code == 200
    assert error in response.text
    assert db_rows() == before


# --- settings


def test_settings_save_redirects_with_a_message(learner_client, learner):
    response = learner_client.post("/settings/", forms.settings_form(), follow=True)
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
    response = learner_client.post("/settings/", forms.settings_form(time_zone="Asia/Seoul"), headers=forms.HTMX)
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
@pytest.mark.parametrize("headers", [{}, forms.HTMX], ids=["page", "htmx"])
def test_settings_save_with_bad_input_shows_the_error_and_changes_nothing(
    learner_client, db_rows, overrides, error, headers
):
    before = db_rows()
    response = learner_client.post("/settings/", forms.settings_form(**overrides), headers=headers)
    assert response.status_code == 200
    assert error in response.text
    assert "Settings saved." not in response.text
    assert db_rows() == before


@pytest.mark.parametrize(
    "path", ["/onboarding/", "/profile/", "/settings/", "/children/", "/children/1/", "/children/1/profile/"]
)
def test_pages_redirect_anonymous_visitors_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/accounts/login/?next={path}"
