"""The OpenAPI schema of /api/v1/ and its documentation pages."""

import re
from pathlib import Path

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.management import call_command
from drf_spectacular.drainage import GENERATOR_STATS

pytestmark = pytest.mark.django_db

API_PATHS = [
    "/api/v1/admin/budgets",
    "/api/v1/admin/budgets/{budget_id}",
    "/api/v1/admin/models",
    "/api/v1/admin/models/{model_id}",
    "/api/v1/cards",
    "/api/v1/cards/{card_id}",
    "/api/v1/cards/{card_id}/similar",
    "/api/v1/children",
    "/api/v1/children/{child_id}",
    "/api/v1/children/{child_id}/budget",
    "/api/v1/children/{child_id}/gamification",
    "/api/v1/children/{child_id}/usage",
    "/api/v1/conversation-preferences",
    "/api/v1/conversations",
    "/api/v1/conversations/{conversation_id}",
    "/api/v1/conversations/{conversation_id}/export",
    "/api/v1/conversations/{conversation_id}/messages",
    "/api/v1/conversations/{conversation_id}/summary",
    "/api/v1/corrections/{correction_id}/card",
    "/api/v1/corrections/{correction_id}/explain",
    "/api/v1/decks",
    "/api/v1/decks/import",
    "/api/v1/decks/{deck_id}",
    "/api/v1/decks/{deck_id}/export",
    "/api/v1/flags",
    "/api/v1/gamification",
    "/api/v1/languages",
    "/api/v1/leaderboards",
    "/api/v1/league",
    "/api/v1/learning-paths",
    "/api/v1/learning-paths/{path_id}",
    "/api/v1/learning-paths/{path_id}/follow",
    "/api/v1/me",
    "/api/v1/messages/{message_id}",
    "/api/v1/messages/{message_id}/card",
    "/api/v1/messages/{message_id}/corrections",
    "/api/v1/messages/{message_id}/retry",
    "/api/v1/messages/{message_id}/stop",
    "/api/v1/messages/{message_id}/translation",
    "/api/v1/personas",
    "/api/v1/plays/{play_id}",
    "/api/v1/plays/{play_id}/advance",
    "/api/v1/plays/{play_id}/cards",
    "/api/v1/plays/{play_id}/finish",
    "/api/v1/plays/{play_id}/summary",
    "/api/v1/profile",
    "/api/v1/review-queue",
    "/api/v1/review-stats",
    "/api/v1/reviews",
    "/api/v1/reviews/{review_id}/undo",
    "/api/v1/scenario-bookmarks",
    "/api/v1/scenarios",
    "/api/v1/scenarios/recommended",
    "/api/v1/scenarios/top-rated",
    "/api/v1/scenarios/trending",
    "/api/v1/scenarios/{scenario_id}",
    "/api/v1/scenarios/{scenario_id}/bookmark",
    "/api/v1/scenarios/{scenario_id}/duplicate",
    "/api/v1/scenarios/{scenario_id}/plays",
    "/api/v1/scenarios/{scenario_id}/rating",
    "/api/v1/sync/devices",
    "/api/v1/sync/devices/{device_id}",
    "/api/v1/sync/pull",
    "/api/v1/sync/push",
    "/api/v1/sync/status",
    "/api/v1/tutor-modes",
    "/api/v1/usage",
    "/api/v1/usage/alerts/{alert_id}/dismiss",
    "/api/v1/usage/budgets",
]


def test_schema_generates_and_validates_without_warnings(tmp_path, capsys):
    GENERATOR_STATS.reset()  # the counters are per process; count this generation only
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert bool(GENERATOR_STATS) is False
    assert capsys.readouterr().err == ""
    schema = yaml.safe_load(target.read_text())
    assert sorted(schema["paths"]) == API_PATHS
    assert schema["info"]["title"] == "Language Tutor API"


def test_schema_documents_the_session_token(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    assert schema["components"]["securitySchemes"]["XSessionTokenAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-Session-Token",
        "description": "X-Session-Token authentication",
    }
    assert schema["paths"]["/api/v1/me"]["get"]["security"] == [{"XSessionTokenAuth": []}, {"cookieAuth": []}]


def test_schema_endpoint_serves_the_api_paths(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/vnd.oai.openapi; charset=utf-8"
    schema = yaml.safe_load(response.content)
    assert sorted(schema["paths"]) == API_PATHS
    assert sorted(schema["paths"]["/api/v1/children/{child_id}"]) == ["delete", "get", "patch"]
    assert sorted(schema["paths"]["/api/v1/profile"]) == ["get", "patch"]


def test_docs_page_uses_only_our_static_files(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert '<div id="swagger-ui"></div>' in response.text
    assert re.findall(r"https?://", response.text) == []
    assert "cdn" not in response.text.lower()
    assets = re.findall(r'(?:src|href)="/static/([^"]+)"', response.text)
    assert sorted(assets) == [
        "drf_spectacular_sidecar/swagger-ui-dist/favicon-32x32.png",
        "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js",
        "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css",
    ]
    for asset in assets:
        assert Path(finders.find(asset) or "").is_file(), asset
