"""The leaderboard page, the progress link in the navigation, and a parent's view of each child's progress
(and nobody else's)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.models import Profile
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import flag_set
from learning.tests.progress_support import grade
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db

# --- the leaderboard page


def test_leaderboard_shows_the_learners_league_and_the_all_time_top(learner_client, learner):
    rival, quiet = LearnerFactory(), LearnerFactory()
    now = timezone.now()
    grade(CardFactory(deck=DeckFactory(owner=learner)), at=now, rating=3)
    rival_deck = DeckFactory(owner=rival)
    grade(CardFactory(deck=rival_deck), at=now, rating=3)
    grade(CardFactory(deck=rival_deck), at=now, rating=1)
    Profile.objects.filter(user=quiet).update(league_opt_out=True)
    grade(CardFactory(deck=DeckFactory(owner=quiet)), at=now, rating=4)

    response = learner_client.get("/progress/leaderboard/")

    assert response.status_code == 200
    league = response.context["league"]
    assert [(row["rank"], row["display_name"], row["xp"]) for row in league["rows"]] == [
        (1, rival.profile.name, 5),
        (2, learner.profile.name, 3),
    ]
    assert response.context["all_time"] == [
        {"rank": 1, "display_name": rival.profile.name, "xp": 5, "is_me": False},
        {"rank": 2, "display_name": learner.profile.name, "xp": 3, "is_me": True},
    ]
    html = response.content.decode()
    assert "Bronze league, week of" in html
    assert html.count(f"{learner.profile.name} <strong>(you)</strong>") == 2
    assert quiet.profile.name not in html


def test_leaderboard_of_a_new_install_shows_empty_states(learner_client):
    html = learner_client.get("/progress/leaderboard/").content.decode()
    assert "Not in a league this week: the first XP of the week joins one." in html
    assert "Nobody has earned XP yet: the first review puts you on the board." in html


def test_leaderboard_of_a_learner_out_of_leagues_says_so(learner_client, learner):
    Profile.objects.filter(user=learner).update(league_opt_out=True)
    html = learner_client.get("/progress/leaderboard/").content.decode()
    assert "Staying out of leagues (a choice in the settings)." in html
    assert "You stay out of leaderboards, so you are not listed." in html


def test_leaderboard_is_not_found_when_the_leagues_flag_is_off(django_capture_on_commit_callbacks, learner_client):
    flag_set(django_capture_on_commit_callbacks, "leagues", everyone=False)
    response = learner_client.get("/progress/leaderboard/")
    assert response.status_code == 404
    assert "There is nothing here, or it is not yours to see." in response.content.decode()


def test_leaderboard_needs_a_signed_in_user(client):
    response = client.get("/progress/leaderboard/")
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/progress/leaderboard/")


def test_progress_is_in_the_main_navigation(learner_client):
    response = learner_client.get("/progress/")

    assert '<a href="/progress/" aria-current="page">Progress</a>' in response.content.decode()


def test_child_progress_shows_the_childs_figures_to_the_parent(learner_client, learner):
    child = child_of(learner, username="kim")
    grade(CardFactory(deck=DeckFactory(owner=child)), at=timezone.now(), rating=3)
    grade(CardFactory(deck=DeckFactory(owner=learner)), at=timezone.now(), rating=1)  # the parent's own

    response = learner_client.get(f"/children/{child.pk}/progress/")

    assert response.status_code == 200
    assert response.context["learner"] == child
    assert response.context["reviews_today"] == 1
    assert response.context["reviews_chart"].rows[-1][1] == [1, 0]
    assert response.context["status"]["xp_total"] == 3
    html = response.content.decode()
    assert "<h1>Progress of Kim</h1>" in html
    assert "Days are counted in their time zone, UTC." in html
    assert "Kim <strong>(Kim)</strong>" in html


def test_children_pages_link_to_each_childs_progress(learner_client, learner):
    child = child_of(learner, username="kim")
    url = reverse("learning:child_progress", args=[child.pk])

    assert (
        f'<a href="{url}" aria-label="Progress of Kim">Progress</a>'
        in learner_client.get("/children/").content.decode()
    )
    assert f'<a href="{url}">Progress</a>' in learner_client.get(f"/children/{child.pk}/").content.decode()


def test_child_progress_of_another_parents_child_is_not_found(learner_client):
    stranger_child = child_of(LearnerFactory(), username="stranger-kid")

    assert learner_client.get(f"/children/{stranger_child.pk}/progress/").status_code == 404


def test_child_progress_is_not_found_for_a_learner_or_the_child_itself(client, learner):
    child = child_of(LearnerFactory(), username="kim")

    client.force_login(learner)
    assert client.get(f"/children/{child.pk}/progress/").status_code == 404
    client.force_login(child)
    assert client.get(f"/children/{child.pk}/progress/").status_code == 404
