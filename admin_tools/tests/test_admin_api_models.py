"""API for admins (staff): the AI model registry, its week of stats, and adding, changing and removing models.
Who may call it, and the budget endpoints: test_admin_api.py."""

import datetime as dt

import pytest
from django.utils import timezone

from admin_tools import budgets
from admin_tools.gateway import service
from admin_tools.models import AIModel, Budget
from admin_tools.tests.admin_api_support import admin_client_fixture  # noqa: F401  (the `admin_client` fixture)
from admin_tools.tests.admin_api_support import seeded_sonnet as _sonnet
from admin_tools.tests.admin_api_support import send_json as _send
from admin_tools.tests.factories import UsageRecordFactory
from admin_tools.tests.gateway_support import spanish
from admin_tools.tests.usage_data import USD, iso
from learning.tests.helpers import invalid

pytestmark = pytest.mark.django_db


# --- models


def _model_body(model: AIModel, **stats) -> dict:
    model = AIModel.objects.get(pk=model.pk)
    return {
        "id": model.pk,
        "provider": model.provider,
        "model_id": model.model_id,
        "display_name": model.display_name,
        "enabled": model.enabled,
        "priority": model.priority,
        "languages": model.languages,
        "use_cases": model.use_cases,
        "context_window": model.context_window,
        "base_url": model.base_url,
        "price_input": f"{model.price_input:.4f}",
        "price_output": f"{model.price_output:.4f}",
        "price_cache_write": f"{model.price_cache_write:.4f}",
        "price_cache_read": f"{model.price_cache_read:.4f}",
        "updated_at": iso(model.updated_at),
        "stats_7_days": {
            "requests": 0,
            "errors": 0,
            "error_rate": None,
            "p50_ms": None,
            "p95_ms": None,
            "cost": "0.000000",
            **stats,
        },
    }


def test_admin_model_list_is_the_registry_with_a_weeks_stats(admin_client):
    sonnet = _sonnet()
    now = timezone.now()
    UsageRecordFactory(model=sonnet, cost=USD("0.01"), latency_ms=400, created_at=now - dt.timedelta(hours=1))
    UsageRecordFactory(model=sonnet, cost=USD("0.02"), latency_ms=600, created_at=now - dt.timedelta(hours=2))
    UsageRecordFactory(model=sonnet, cost=0, latency_ms=100, outcome="error", created_at=now - dt.timedelta(hours=3))
    UsageRecordFactory(model=sonnet, cost=USD("5"), created_at=now - dt.timedelta(days=8))  # older than a week
    body = admin_client.get("/api/v1/admin/models").json()
    assert [row["model_id"] for row in body["results"]] == [
        "claude-sonnet-4-5",
        "claude-haiku-4-5",
        "claude-opus-4-5",
        "llama3.1:8b",
        "offline-tutor",
    ]
    assert body["results"][0] == _model_body(
        sonnet, requests=3, errors=1, error_rate=1 / 3, p50_ms=500.0, p95_ms=590.0, cost="0.030000"
    )
    assert body["results"][1:] == [_model_body(model) for model in AIModel.objects.exclude(pk=sonnet.pk)]
    assert (body["results"][0]["price_input"], body["results"][0]["price_output"]) == ("3.0000", "15.0000")


def test_admin_model_change_switches_it_off_reorders_and_reprices(admin_client):
    sonnet = _sonnet()
    body = {"enabled": False, "priority": 5, "price_input": "2.5", "price_cache_read": "0"}
    response = _send(admin_client, "patch", f"/api/v1/admin/models/{sonnet.pk}", body)
    assert response.status_code == 200
    assert response.json() == _model_body(sonnet)
    sonnet.refresh_from_db()
    assert (
        sonnet.enabled,
        sonnet.priority,
        sonnet.price_input,
        sonnet.price_output,
        sonnet.price_cache_write,
        sonnet.price_cache_read,
    ) == (False, 5, USD("2.5"), USD("15"), USD("3.75"), USD("0"))


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"price_input": "-1"}, {"price_input": ["A price cannot be negative."]}),
        ({"price_output": "-0.0001"}, {"price_output": ["A price cannot be negative."]}),
        ({"price_cache_read": "free"}, {"price_cache_read": ["A valid number is required."]}),
        (
            {"price_cache_write": "1.23456"},
            {"price_cache_write": ["Ensure that there are no more than 4 decimal places."]},
        ),
        ({"priority": -1}, {"priority": ["Ensure this value is greater than or equal to 0."]}),
        ({"priority": "first"}, {"priority": ["A valid integer is required."]}),
        ({"enabled": "perhaps"}, {"enabled": ["Must be a valid boolean."]}),
    ],
)
def test_admin_model_change_with_bad_input_is_a_field_error_and_changes_nothing(admin_client, db_rows, body, fields):
    before = db_rows()
    response = _send(admin_client, "patch", f"/api/v1/admin/models/{_sonnet().pk}", body)
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_admin_model_change_of_an_unknown_model_is_not_found(admin_client, db_rows):
    before = db_rows()
    response = _send(admin_client, "patch", "/api/v1/admin/models/999999", {"enabled": False})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert db_rows() == before


# --- adding and removing models


def test_admin_model_create_adds_a_model_that_serves_from_the_next_call(admin_client, fake_openai):
    body = {
        "provider": "openai_compat",
        "model_id": "mistral-small",
        "display_name": "Mistral Small (local)",
        "priority": 5,
        "languages": ["fr", "es"],
        "use_cases": ["conversation"],
        "context_window": 32000,
        "base_url": fake_openai.base_url,
        "price_input": "0.1",
        "price_output": "0.3",
    }
    response = _send(admin_client, "post", "/api/v1/admin/models", body)

    assert response.status_code == 201
    model = AIModel.objects.get(model_id="mistral-small")
    assert response.json() == _model_body(model)
    assert (
        model.provider,
        model.display_name,
        model.enabled,
        model.priority,
        model.languages,
        model.use_cases,
        model.context_window,
        model.base_url,
        model.api_key_env,
        model.price_input,
        model.price_output,
        model.price_cache_write,
        model.price_cache_read,
    ) == (
        "openai_compat",
        "Mistral Small (local)",
        True,
        5,
        ["fr", "es"],
        ["conversation"],
        32000,
        fake_openai.base_url,
        "",
        USD("0.1"),
        USD("0.3"),
        USD(0),
        USD(0),
    )
    # The gateway's cached registry was cleared: a French conversation goes to it at once.
    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish(language="fr"))
    assert (reply.model_id, len(fake_openai.requests)) == ("mistral-small", 1)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {f: ["This field is required."] for f in ("provider", "model_id", "display_name")}),
        (
            {"provider": "openai_compat", "model_id": "m", "display_name": "M"},
            {"base_url": ["An OpenAI-compatible server needs its base URL."]},
        ),
        (
            {"provider": "acme", "model_id": "m", "display_name": "M"},
            {"provider": ['"acme" is not a valid choice.']},
        ),
        (
            {"provider": "offline", "model_id": "m", "display_name": "M", "use_cases": ["chitchat"]},
            {"use_cases": ["A list drawn from conversation, analysis, content, or [] for all."]},
        ),
        (
            {"provider": "offline", "model_id": "m", "display_name": "M", "price_output": "-1"},
            {"price_output": ["A price cannot be negative."]},
        ),
        (
            {"provider": "anthropic", "model_id": "claude-sonnet-4-5", "display_name": "Again"},
            {"__all__": ["AI model with this Provider, Model id and Base url already exists."]},
        ),
    ],
)
def test_admin_model_create_with_bad_input_is_a_field_error_and_stores_nothing(admin_client, db_rows, body, fields):
    before = db_rows()
    response = _send(admin_client, "post", "/api/v1/admin/models", body)
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_admin_model_delete_keeps_its_ledger_rows_and_drops_its_budgets(admin_client):
    sonnet = _sonnet()
    record = UsageRecordFactory(model=sonnet, cost=USD("0.25"))
    budget = budgets.budget_create(scope="model", model=sonnet, limit_usd=USD("20.00"))
    other = budgets.budget_create(scope="global", limit_usd=USD("20.00"))

    response = _send(admin_client, "delete", f"/api/v1/admin/models/{sonnet.pk}")

    assert response.status_code == 204
    assert not AIModel.objects.filter(pk=sonnet.pk).exists()
    record.refresh_from_db()
    assert (record.model, record.model_name, record.cost) == (None, "claude-sonnet-4-5", USD("0.25"))
    assert list(Budget.objects.values_list("pk", flat=True)) == [other.pk]
    assert not Budget.objects.filter(pk=budget.pk).exists()
    assert _send(admin_client, "delete", f"/api/v1/admin/models/{sonnet.pk}").status_code == 404
