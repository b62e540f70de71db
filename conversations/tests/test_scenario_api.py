"""Playing through the API: start, the play with its panel, advance (once per shown phase), finish, summary, cards."""

import pytest
from rest_framework.test import APIClient

from conversations.models import Play, Scenario
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card

pytestmark = pytest.mark.django_db


def test_play_a_scenario_through_the_api(gateway):
    learner = LearnerFactory()
    api = APIClient()
    api.force_authenticate(learner)
    scenario = Scenario.objects.get(slug="buying-clothes")
    started = api.post(f"/api/v1/scenarios/{scenario.pk}/plays", {"language": "de"}, format="json")
    assert started.status_code == 201
    play = started.json()
    assert (play["language"], play["phase_index"], play["state"]) == ("de", 0, "active")
    assert play["panel"]["phase"] == "Browse and ask" and play["panel"]["count"] == 3
    assert [o["met"] for o in play["panel"]["objectives"]] == [False] * len(play["panel"]["objectives"])
    conversation = api.get(f"/api/v1/conversations/{play['conversation']}").json()
    assert conversation["level"] == "A1"  # German is not among the learner's languages
    url = f"/api/v1/plays/{play['id']}"
    assert api.post(f"{url}/advance", {"phase": 0}, format="json").json()["phase_index"] == 1
    assert api.post(f"{url}/advance", {"phase": 0}, format="json").json()["phase_index"] == 1  # a repeat: no skip
    assert api.post(f"{url}/finish").json()["state"] == "completed"
    summary = api.get(f"{url}/summary").json()
    assert (summary["objectives_met"], summary["xp_awarded"], summary["mistakes"]) == (0, 65, 0)
    cards = api.post(f"{url}/cards").json()["cards"]
    assert len(cards) == Card.objects.filter(deck__owner=learner, deck__language="de").count() > 0
    assert Play.objects.get().xp_awarded == 65


def test_bad_input_to_start_is_a_400_with_the_field(gateway):
    api = APIClient()
    api.force_authenticate(LearnerFactory())
    response = api.post(f"/api/v1/scenarios/{Scenario.objects.first().pk}/plays", {"language": "xx"}, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["language"]
    assert Play.objects.count() == 0
