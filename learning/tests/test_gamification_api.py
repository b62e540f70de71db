"""Gamification API: read only, each learner's own data, a parent's children, and the league opt-out setting."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from admin_tools.models import FeatureFlag
from learning.gamification import rules, services
from learning.models import LeagueMembership, LearnerStats, Profile, XpEvent
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import invalid

pytestmark = pytest.mark.django_db

_ids = iter(range(1, 10**6))


def _study(user, at=None):
    return services.content_study_record(
        user=user, item_id=next(_ids), language="es", imported=False, at=at or timezone.now()
    )


def _status(**overrides):
    return {
        "xp_total": 0,
        "level": 1,
        "title": "Novice",
        "xp_into_level": 0,
        "xp_for_next_level": 100,
        "streak_days": 0,
        "freezes": 0,
        "today_xp": 0,
        "daily_goal": 20,
        "goal_met_today": False,
        "multiplier": 1.0,
        **overrides,
    }


@pytest.mark.parametrize(
    "path", ["/api/v1/gamification", "/api/v1/leaderboards", "/api/v1/league", "/api/v1/children/1/gamification"]
)
def test_gamification_api_needs_credentials(client, path):
    assert client.get(path).status_code == 401


def test_gamification_shows_the_callers_status_and_achievements(learner_client, learner):
    _study(learner)
    body = learner_client.get("/api/v1/gamification").json()
    assert body["status"] == _status(xp_total=45, xp_into_level=45, streak_days=1, today_xp=20, goal_met_today=True)
    assert len(body["achievements"]) == 30
    assert body["achievements"][0] == {
        "code": "scenarios-1",
        "name": "Curtain up",
        "description": "Complete your first scenario.",
        "icon": "🎬",
        "rarity": "common",
        "xp": 10,
        "unlocked_at": None,
    }


def test_gamification_never_shows_another_learners_xp(learner_client):
    _study(LearnerFactory())
    assert learner_client.get("/api/v1/gamification").json()["status"] == _status()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_no_endpoint_awards_xp(learner_client, learner, method):
    for path in ["/api/v1/gamification", "/api/v1/leaderboards", "/api/v1/league"]:
        response = getattr(learner_client, method)(path, {"xp": 1000}, content_type="application/json")
        assert response.status_code == 405
    assert XpEvent.objects.count() == 0


def test_parent_reads_a_childs_gamification(learner_client, learner):
    child = child_of(learner)
    _study(child)
    response = learner_client.get(f"/api/v1/children/{child.pk}/gamification")
    assert response.status_code == 200
    assert response.json()["status"]["xp_total"] == 45


def test_nobody_reads_another_familys_child_or_another_learner(learner_client, client):
    other_parent = LearnerFactory()
    stranger_child = child_of(other_parent, username="theirs")
    other_learner = LearnerFactory()
    for user in (stranger_child, other_learner):
        response = learner_client.get(f"/api/v1/children/{user.pk}/gamification")
        assert response.status_code == 404
        assert response.json() == {
            "error": {"code": "not_found", "message": "No User matches the given query.", "fields": {}}
        }
    client.force_login(stranger_child)
    assert client.get(f"/api/v1/children/{other_parent.pk}/gamification").status_code == 404


def test_leaderboards_by_period(learner_client, learner):
    _study(learner)
    week = learner_client.get("/api/v1/leaderboards").json()
    assert week == {
        "period": "week",
        "results": [{"rank": 1, "display_name": learner.profile.name, "xp": 45, "is_me": True}],
    }
    assert learner_client.get("/api/v1/leaderboards", {"period": "all"}).json()["period"] == "all"


def test_leaderboards_refuse_a_bad_period(learner_client):
    response = learner_client.get("/api/v1/leaderboards", {"period": "month"})
    assert response.status_code == 400
    assert response.json() == invalid({"period": ['"month" is not a valid choice.']})


def test_league_shows_my_league_or_null(learner_client, learner):
    assert learner_client.get("/api/v1/league").json() == {"league": None}
    _study(learner)
    body = learner_client.get("/api/v1/league").json()
    assert body == {
        "league": {
            "tier": 1,
            "tier_name": "Bronze",
            "week_start": rules.week_start(timezone.now()).isoformat(),
            "rows": [{"rank": 1, "display_name": learner.profile.name, "xp": 45, "is_me": True, "zone": "stay"}],
        }
    }


def test_leagues_flag_off_hides_leagues_and_leaderboards(learner_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        flag = FeatureFlag.objects.get(name="leagues")
        flag.everyone = False
        flag.save()
    assert learner_client.get("/api/v1/league").status_code == 404
    assert learner_client.get("/api/v1/leaderboards").status_code == 404
    assert learner_client.get("/api/v1/gamification").status_code == 200


def test_profile_api_sets_league_opt_out(learner_client, learner):
    response = learner_client.patch("/api/v1/profile", {"league_opt_out": True}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["league_opt_out"] is True
    assert Profile.objects.get(user=learner).league_opt_out is True


def test_settings_page_checkbox_opts_out_of_leagues(learner_client, learner):
    form = {
        "daily_goal_xp": "20",
        "time_zone": "UTC",
        "preferred_persona": "friendly-partner",
        "correction_strictness": "gentle",
    }
    page = learner_client.get("/settings/")
    assert 'name="league_opt_out"' in page.text
    learner_client.post("/settings/", {**form, "league_opt_out": "on"})
    assert Profile.objects.get(user=learner).league_opt_out is True
    _study(learner, at=datetime(2025, 1, 8, tzinfo=UTC))
    assert LeagueMembership.objects.filter(user=learner).count() == 0
    assert LearnerStats.objects.get(user=learner).xp_total == 45  # XP still counts for the learner
    learner_client.post("/settings/", form)
    assert Profile.objects.get(user=learner).league_opt_out is False
