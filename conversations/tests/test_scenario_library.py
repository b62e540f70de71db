"""The builder (validation, ownership, built-ins read-only), ratings, bookmarks and learning paths: services, pages
and the API, with the one access rule (Scenario.objects.for_user / editable_by) at every edge."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from rest_framework.test import APIClient

from admin_tools.tests.factories import UserFactory
from conversations.models import Bookmark, LearningPath, Phase, PhaseLanguage, Play, Rating, Scenario
from conversations.services import scenario_library as library
from conversations.services import scenarios as play_services
from learning.models import Language
from learning.tests.factories import LearnerFactory
from learning.tests.helpers import flag_set

pytestmark = pytest.mark.django_db


def phase(n: int, **fields) -> dict:
    return {
        "name": f"Phase {n}",
        "goal": "Order a coffee.",
        "objectives": ["Greet", "Order"],
        "success_criteria": "Ordered.",
        "vocabulary": ["el café", "la leche", "pedir"],
        "phrases": ["Un café, por favor.", "¿Cuánto es?", "Con leche."],
        "opening": "¡Buenos días!",
        "hint": "Di: «Un café, por favor.»",
        **fields,
    }


def scenario_data(**fields) -> dict:
    return {
        "title": "At the café",
        "category": "restaurant",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 10,
        "learner_role": "A customer.",
        "tutor_role": "The waiter.",
        "setting": "A small café.",
        "language": "es",
        "visibility": "private",
        "tags": ["coffee", "Food"],
        "phases": [phase(1), phase(2)],
        **fields,
    }


def api_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_create_stores_the_scenario_its_phases_and_words():
    owner = LearnerFactory()
    scenario = library.scenario_create(owner=owner, data=scenario_data())
    assert (scenario.owner, scenario.is_builtin, scenario.visibility, scenario.language) == (
        owner,
        False,
        "private",
        "es",
    )
    assert sorted(scenario.tags.values_list("name", flat=True)) == ["coffee", "food"]
    assert list(scenario.phases.values_list("order", "name")) == [(0, "Phase 1"), (1, "Phase 2")]
    assert list(PhaseLanguage.objects.filter(phase__scenario=scenario).values_list("language", "vocabulary")) == [
        ("es", ["el café", "la leche", "pedir"]),
        ("es", ["el café", "la leche", "pedir"]),
    ]


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"title": "Ab"}, {"title": ["A title needs at least 3 characters."]}),
        ({"phases": [phase(1)]}, {"phases": ["A scenario has 2 to 6 phases (1 now)."]}),
        ({"phases": [phase(n) for n in range(7)]}, {"phases": ["A scenario has 2 to 6 phases (7 now)."]}),
        (
            {"phases": [phase(1), phase(2, vocabulary=["el café", "pedir"], phrases=["¿Cuánto es?"], objectives=[])]},
            {
                "phases.1.vocabulary": ["At least 3 key words, one per line."],
                "phases.1.phrases": ["At least 3 phrases, one per line."],
                "phases.1.objectives": ["At least 1 objective, one per line."],
            },
        ),
        ({"level_min": "B2", "level_max": "A1"}, {"level_max": ["The highest level cannot be below the lowest."]}),
    ],
)
def test_create_refuses_what_the_spec_forbids_field_by_field(fields, errors):
    with pytest.raises(ValidationError) as error:
        library.scenario_create(owner=LearnerFactory(), data=scenario_data(**fields))
    assert error.value.message_dict == errors
    assert Scenario.objects.filter(is_builtin=False).count() == 0


def test_api_create_answers_400_with_field_errors_and_stores_nothing(db_rows):
    client = api_for(LearnerFactory())
    before = db_rows()
    response = client.post("/api/v1/scenarios", scenario_data(title="", phases=[phase(1, phrases=[])]), format="json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {
        "title": ["A title needs at least 3 characters."],
        "phases": ["A scenario has 2 to 6 phases (1 now)."],
        "phases.0.phrases": ["At least 3 phrases, one per line."],
    }
    assert db_rows() == before


def test_builder_page_shows_errors_on_the_fields_and_keeps_the_input(client):
    client.force_login(LearnerFactory())
    form = {
        "title": "At the café",
        "category": "restaurant",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": "10",
        "learner_role": "A customer.",
        "tutor_role": "The waiter.",
        "setting": "A small café.",
        "language": "es",
        "visibility": "draft",
        "phases-TOTAL_FORMS": "2",
        "phases-INITIAL_FORMS": "0",
        "phases-0-name": "Order",
        "phases-0-goal": "Order a coffee.",
        "phases-0-objectives": "Order",
        "phases-0-vocabulary": "el café\nla leche",
        "phases-0-phrases": "Un café.\n¿Cuánto es?\nCon leche.",
        "phases-1-name": "Pay",
        "phases-1-goal": "Pay.",
        "phases-1-objectives": "Pay",
        "phases-1-vocabulary": "pagar\nla cuenta\nel euro",
        "phases-1-phrases": "La cuenta.\n¿Cuánto es?\nGracias.",
    }
    response = client.post("/conversations/scenarios/new/", form)
    assert response.status_code == 200
    phase_form = response.context["formset"][0]
    assert phase_form.errors == {"vocabulary": ["At least 3 key words, one per line."]}
    assert "el café\nla leche</textarea>" in response.content.decode()
    assert Scenario.objects.filter(is_builtin=False).count() == 0

    form["phases-0-vocabulary"] += "\npedir"
    response = client.post("/conversations/scenarios/new/", form)
    scenario = Scenario.objects.get(is_builtin=False)
    assert response.status_code == 302 and response["Location"] == f"/conversations/scenarios/{scenario.pk}/"
    assert scenario.visibility == "draft" and scenario.phases.count() == 2


def test_another_learner_cannot_see_or_edit_a_private_scenario_on_pages_or_the_api(client):
    owner, other = LearnerFactory(), LearnerFactory()
    scenario = library.scenario_create(owner=owner, data=scenario_data())
    client.force_login(other)
    for url in ("", "edit/"):
        assert client.get(f"/conversations/scenarios/{scenario.pk}/{url}").status_code == 404
    for url in ("start/", "rate/", "bookmark/", "delete/", "duplicate/"):
        assert client.post(f"/conversations/scenarios/{scenario.pk}/{url}", {"stars": 5}).status_code == 404
    api = api_for(other)
    assert api.get(f"/api/v1/scenarios/{scenario.pk}").status_code == 404
    response = api.put(f"/api/v1/scenarios/{scenario.pk}", scenario_data(title="Mine now"), format="json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert api.delete(f"/api/v1/scenarios/{scenario.pk}").status_code == 404
    assert scenario.pk not in [s["id"] for s in api.get("/api/v1/scenarios?page_size=100").json()["results"]]
    scenario.refresh_from_db()
    assert scenario.title == "At the café" and Rating.objects.count() == Bookmark.objects.count() == 0

    client.force_login(owner)
    assert client.get(f"/conversations/scenarios/{scenario.pk}/").status_code == 200
    assert (
        api_for(owner)
        .put(f"/api/v1/scenarios/{scenario.pk}", scenario_data(title="Café"), format="json")
        .json()["title"]
        == "Café"
    )


def test_a_public_scenario_is_seen_by_others_but_edited_only_by_its_owner():
    scenario = library.scenario_create(owner=LearnerFactory(), data=scenario_data(visibility="public"))
    api = api_for(LearnerFactory())
    assert api.get(f"/api/v1/scenarios/{scenario.pk}").json()["title"] == "At the café"
    assert (
        api.put(f"/api/v1/scenarios/{scenario.pk}", scenario_data(title="Hijacked"), format="json").status_code == 404
    )


def test_builtins_are_read_only_for_learners_and_editable_by_admins():
    builtin = Scenario.objects.get(slug="buying-clothes")
    learner = api_for(LearnerFactory())
    assert learner.put(f"/api/v1/scenarios/{builtin.pk}", scenario_data(), format="json").status_code == 404
    assert learner.delete(f"/api/v1/scenarios/{builtin.pk}").status_code == 404
    admin = api_for(UserFactory(is_staff=True))
    data = library.scenario_as_data(builtin, language="es")
    data["title"] = "Buying clothes in a market"
    response = admin.put(f"/api/v1/scenarios/{builtin.pk}", data, format="json")
    assert response.status_code == 200 and response.json()["title"] == "Buying clothes in a market"
    builtin.refresh_from_db()
    assert (builtin.is_builtin, builtin.slug, builtin.language) == (True, "buying-clothes", "")
    assert PhaseLanguage.objects.filter(phase__scenario=builtin).count() == 15  # the other languages stay
    assert admin.delete(f"/api/v1/scenarios/{builtin.pk}").status_code == 403


def test_duplicate_a_builtin_gives_a_private_copy_in_one_language():
    learner = LearnerFactory()
    response = api_for(learner).post(
        f"/api/v1/scenarios/{Scenario.objects.get(slug='buying-clothes').pk}/duplicate",
        {"language": "fr"},
        format="json",
    )
    assert response.status_code == 201
    copy = Scenario.objects.get(pk=response.json()["id"])
    assert (copy.owner, copy.title, copy.visibility, copy.language) == (
        learner,
        "Buying clothes (copy)",
        "private",
        "fr",
    )
    assert Phase.objects.filter(scenario=copy).count() == 3
    assert set(PhaseLanguage.objects.filter(phase__scenario=copy).values_list("language", flat=True)) == {"fr"}


def test_the_builder_flag_off_hides_the_builder(client, django_capture_on_commit_callbacks):
    flag_set(django_capture_on_commit_callbacks, "scenario_builder", everyone=False)
    learner = LearnerFactory()
    response = api_for(learner).post("/api/v1/scenarios", scenario_data(), format="json")
    assert response.status_code == 404
    client.force_login(learner)
    assert client.get("/conversations/scenarios/new/").status_code == 404
    with pytest.raises(PermissionDenied):
        library.scenario_create(owner=learner, data=scenario_data())
    assert Scenario.objects.filter(owner=learner).count() == 0


def test_rating_twice_updates_instead_of_duplicating():
    learner = LearnerFactory()
    scenario = Scenario.objects.get(slug="at-the-bank")
    api = api_for(learner)
    assert api.put(f"/api/v1/scenarios/{scenario.pk}/rating", {"stars": 2}, format="json").status_code == 200
    response = api.put(f"/api/v1/scenarios/{scenario.pk}/rating", {"stars": 5, "review": "Great"}, format="json")
    assert response.json()["stars"] == 5
    assert list(Rating.objects.values_list("owner", "scenario", "stars", "review")) == [
        (learner.pk, scenario.pk, 5, "Great")
    ]
    bad = api.put(f"/api/v1/scenarios/{scenario.pk}/rating", {"stars": 6}, format="json")
    assert bad.status_code == 400 and bad.json()["error"]["fields"] == {"stars": ["Give 1 to 5 stars."]}
    assert Rating.objects.get().stars == 5


def test_bookmarks_with_folders():
    learner = LearnerFactory()
    scenario = Scenario.objects.get(slug="at-the-bank")
    api = api_for(learner)
    api.put(f"/api/v1/scenarios/{scenario.pk}/bookmark", {"folder": "Money"}, format="json")
    api.put(f"/api/v1/scenarios/{scenario.pk}/bookmark", {"folder": "Errands"}, format="json")
    assert [(b["title"], b["folder"]) for b in api.get("/api/v1/scenario-bookmarks").json()["results"]] == [
        ("At the bank", "Errands")
    ]
    assert api.delete(f"/api/v1/scenarios/{scenario.pk}/bookmark").status_code == 204
    assert Bookmark.objects.count() == 0


def test_a_public_learning_path_is_followed_with_the_followers_progress(gateway):
    author, follower = LearnerFactory(), LearnerFactory()
    bank, gym = Scenario.objects.get(slug="at-the-bank"), Scenario.objects.get(slug="joining-a-gym")
    created = api_for(author).post(
        "/api/v1/learning-paths",
        {"title": "Settling in", "visibility": "public", "scenarios": [gym.pk, bank.pk]},
        format="json",
    )
    assert created.status_code == 201
    path = LearningPath.objects.get()
    play = play_services.scenario_start(
        owner=follower, scenario=gym, language=Language.objects.get(code="it"), level="A2"
    )
    play_services.play_finish(play=play)
    api = api_for(follower)
    assert api.post(f"/api/v1/learning-paths/{path.pk}/follow").json()["following"] is True
    assert api.get(f"/api/v1/learning-paths/{path.pk}").json()["scenarios"] == [
        {"id": gym.pk, "title": "Joining a gym", "completed": True},
        {"id": bank.pk, "title": "At the bank", "completed": False},
    ]
    assert list(path.followers.all()) == [follower]
    assert Play.objects.get().state == "completed"


def test_a_private_path_is_hidden_from_others():
    author = LearnerFactory()
    path = library.path_create(
        owner=author, title="Mine", description="", visibility="private", scenarios=[Scenario.objects.first()]
    )
    assert api_for(LearnerFactory()).get(f"/api/v1/learning-paths/{path.pk}").status_code == 404


def test_bookmark_page_refuses_a_too_long_folder_and_keeps_the_old_one(client):
    learner = LearnerFactory()
    scenario = Scenario.objects.get(slug="at-the-bank")
    library.bookmark_set(user=learner, scenario=scenario, folder_name="Money")
    client.force_login(learner)
    response = client.post(f"/conversations/scenarios/{scenario.pk}/bookmark/", {"folder": "x" * 61}, follow=True)
    assert "Ensure this value has at most 60 characters (it has 61)." in response.content.decode()
    assert list(Bookmark.objects.values_list("owner", "scenario", "folder__name")) == [
        (learner.pk, scenario.pk, "Money")
    ]
