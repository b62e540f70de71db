"""Browse and discover: filters and search, recommended for the learner, trending and top-rated from real plays and
ratings in their sliding windows, and the pages with their empty states."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations import scenario_selectors as selectors
from conversations.models import LearningPath, Play, Rating, Scenario
from conversations.services import scenario_library as library
from conversations.services import scenarios as play_services
from learning.models import Language
from learning.tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db


def _slugs(queryset) -> list[str]:
    return [scenario.slug for scenario in queryset]


def _play(learner, slug: str, *, days_ago: int = 0, done: bool = False) -> Play:
    play = play_services.scenario_start(
        owner=learner, scenario=Scenario.objects.get(slug=slug), language=Language.objects.get(code="es"), level="A2"
    )
    if done:
        play = play_services.play_finish(play=play)
    Play.objects.filter(pk=play.pk).update(started_at=timezone.now() - timedelta(days=days_ago))
    return play


def test_filters_and_search():
    learner = LearnerFactory()
    assert len(selectors.browse(learner)) == 25
    assert _slugs(selectors.browse(learner, category="healthcare")) == ["at-the-dentist", "seeing-a-doctor"]
    assert _slugs(selectors.browse(learner, level="B2")) == [
        "calling-emergency-services",
        "job-interview",
        "lost-passport-at-the-embassy",
    ]
    assert _slugs(selectors.browse(learner, duration="10")) == ["buying-clothes", "calling-emergency-services"]
    assert _slugs(selectors.browse(learner, query="passport")) == ["lost-passport-at-the-embassy"]
    assert _slugs(selectors.browse(learner, category="travel", level="A1")) == []


def test_recommended_fits_the_level_skips_what_is_done_and_prefers_the_favourite_category(gateway):
    learner = LearnerFactory()  # Spanish A2
    at_a2 = [s.slug for s in Scenario.objects.filter(level_min__lte="A2", level_max__gte="A2").order_by("title")]
    assert _slugs(selectors.recommended(learner)) == at_a2
    _play(learner, "making-friends-at-a-party", done=True)  # social
    recommended = _slugs(selectors.recommended(learner))
    assert recommended[0] == "meeting-new-neighbours"  # the other social scenario at A2 comes first
    assert sorted(recommended) == sorted(set(at_a2) - {"making-friends-at-a-party"})
    assert "job-interview" not in recommended  # B1–B2


def test_trending_counts_plays_in_the_last_two_weeks_only(gateway):
    a, b = LearnerFactory(), LearnerFactory()
    _play(a, "at-the-bank")
    _play(b, "at-the-bank", days_ago=3)
    _play(a, "joining-a-gym", days_ago=1)
    _play(b, "at-a-concert", days_ago=20)  # outside the window
    assert [(s.slug, s.recent) for s in selectors.trending(a)] == [("at-the-bank", 2), ("joining-a-gym", 1)]


def test_top_rated_averages_ratings_in_the_window():
    a, b, c = LearnerFactory(), LearnerFactory(), LearnerFactory()
    bank, gym, concert = (Scenario.objects.get(slug=s) for s in ("at-the-bank", "joining-a-gym", "at-a-concert"))
    library.rating_set(user=a, scenario=bank, stars=4)
    library.rating_set(user=b, scenario=bank, stars=5)
    library.rating_set(user=a, scenario=gym, stars=5)
    old = library.rating_set(user=c, scenario=concert, stars=5)
    Rating.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=120))
    assert [(s.slug, s.window_avg, s.window_count) for s in selectors.top_rated(a)] == [
        ("joining-a-gym", 5.0, 1),
        ("at-the-bank", 4.5, 2),
    ]


def test_the_browse_page_shows_sections_and_empty_states(learner_client):
    page = learner_client.get("/conversations/scenarios/").content.decode()
    assert "Recommended for you" in page
    assert "No one has played a scenario in the last two weeks yet." in page
    assert "No ratings in the last 90 days yet." in page
    assert "You have not written a scenario yet." in page
    filtered = learner_client.get("/conversations/scenarios/", {"q": "zzz"}).content.decode()
    assert "No scenario matches these filters." in filtered and "Recommended for you" not in filtered


def test_a_scenario_page_and_start_opens_the_play_in_its_conversation(learner_client, learner, gateway):
    scenario = Scenario.objects.get(slug="at-the-post-office")
    page = learner_client.get(f"/conversations/scenarios/{scenario.pk}/").content.decode()
    assert "At the post office" in page and "Start the scenario" in page
    response = learner_client.post(f"/conversations/scenarios/{scenario.pk}/start/", {"language": "pt", "level": "A2"})
    play = Play.objects.get(owner=learner)
    assert response["Location"] == f"/conversations/{play.conversation_id}/"
    detail = learner_client.get(response["Location"]).content.decode()
    assert "Phase 1 of 4: Send a parcel" in detail and 'id="scenario-panel"' in detail


def test_another_learners_play_is_not_found(client, gateway):
    play = _play(LearnerFactory(), "at-the-bank")
    client.force_login(LearnerFactory())
    assert client.get(f"/conversations/plays/{play.pk}/summary/").status_code == 404
    assert client.post(f"/conversations/plays/{play.pk}/advance/").status_code == 404
    assert client.get(f"/conversations/{play.conversation_id}/").status_code == 404
    play.refresh_from_db()
    assert play.phase_index == 0


def test_build_a_path_on_the_page_and_another_learner_follows_it_with_progress(client, gateway):
    author, follower = LearnerFactory(), LearnerFactory()
    gym, bank = Scenario.objects.get(slug="joining-a-gym"), Scenario.objects.get(slug="at-the-bank")
    client.force_login(author)
    bad = client.post("/conversations/paths/new/", {"title": "Go", "visibility": "public", "step_1": gym.pk})
    assert bad.status_code == 200 and bad.context["form"].errors == {"title": ["A title needs at least 3 characters."]}
    response = client.post(
        "/conversations/paths/new/",
        {"title": "Settling in", "visibility": "public", "step_1": gym.pk, "step_2": bank.pk},
    )
    path = LearningPath.objects.get()
    assert response["Location"] == f"/conversations/paths/{path.pk}/"
    assert list(path.steps.values_list("order", "scenario__slug")) == [(0, "joining-a-gym"), (1, "at-the-bank")]

    client.force_login(follower)
    assert "Settling in" in client.get("/conversations/scenarios/").content.decode()
    _play(follower, "joining-a-gym", done=True)
    client.post(f"/conversations/paths/{path.pk}/follow/", {"follow": "1"})
    page = client.get(f"/conversations/paths/{path.pk}/").content.decode()
    assert "1 of 2 completed" in page and "Stop following" in page
    assert list(path.followers.all()) == [follower]
