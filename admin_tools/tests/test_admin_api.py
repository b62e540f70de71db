"""API for admins (staff): budgets of every scope and the AI model registry; everyone else gets 403."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from admin_tools import budgets, services
from admin_tools.gateway import service
from admin_tools.models import AIModel, Budget, BudgetAlert
from admin_tools.tests.factories import UsageRecordFactory, UserFactory
from admin_tools.tests.gateway_support import spanish
from admin_tools.tests.usage_data import budget_body, iso, learner_usage
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import invalid

pytestmark = pytest.mark.django_db

USD = Decimal
FORBIDDEN = {
    "error": {
        "code": "permission_denied",
        "message": "You do not have permission to perform this action.",
        "fields": {},
    }
}


@pytest.fixture
def admin_client(client):
    admin = UserFactory(username="root")
    services.admin_role_grant(user=admin)
    client.force_login(admin)
    client.user = admin
    return client


def _sonnet() -> AIModel:
    return AIModel.objects.get(model_id="claude-sonnet-4-5")


def _send(client, method: str, url: str, body: dict | None = None):
    return getattr(client, method)(url, body or {}, content_type="application/json")


# --- only staff


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/admin/budgets"),
        ("post", "/api/v1/admin/budgets"),
        ("get", "/api/v1/admin/budgets/{budget}"),
        ("patch", "/api/v1/admin/budgets/{budget}"),
        ("delete", "/api/v1/admin/budgets/{budget}"),
        ("get", "/api/v1/admin/models"),
        ("post", "/api/v1/admin/models"),
        ("patch", "/api/v1/admin/models/{model}"),
        ("delete", "/api/v1/admin/models/{model}"),
    ],
)
@pytest.mark.parametrize("who", ["learner", "parent", "child"])
def test_admin_endpoints_refuse_anyone_but_staff(client, db_rows, method, path, who):
    parent = LearnerFactory()
    child = child_of(parent)
    budget = budgets.budget_create(scope="user", user=child, limit_usd=USD("1.00"), created_by=parent)
    client.force_login({"learner": LearnerFactory(), "parent": parent, "child": child}[who])
    before = db_rows()
    body = {
        "scope": "global",
        "limit_usd": "1000",
        "limit": "1000",
        "enabled": False,
        "price_input": "0",
        "provider": "offline",
        "model_id": "mine",
        "display_name": "Mine",
    }
    response = _send(client, method, path.format(budget=budget.pk, model=_sonnet().pk), body)
    assert response.status_code == 403
    assert response.json() == FORBIDDEN
    assert db_rows() == before


def test_admin_endpoints_need_a_signed_in_user(client):
    response = client.get("/api/v1/admin/models")
    assert response.status_code == 401


# --- budgets


def test_admin_budget_list_shows_every_budget(admin_client):
    usage = learner_usage()
    global_budget = budgets.budget_create(scope="global", limit_usd=USD("100.00"))
    model_budget = budgets.budget_create(scope="model", model=_sonnet(), limit_usd=USD("20.00"), action="fallback")
    response = admin_client.get("/api/v1/admin/budgets")
    assert response.status_code == 200
    assert response.json() == {
        "count": 3,
        "next": None,
        "previous": None,
        "results": [budget_body(usage.budget), budget_body(global_budget), budget_body(model_budget)],
    }
    assert [(row["scope"], row["used_percent"]) for row in response.json()["results"]][0] == ("user", 80)


def test_admin_budget_create_counts_the_ledger_of_this_period(admin_client):
    sonnet = _sonnet()
    UsageRecordFactory(model=sonnet, cost=USD("0.25"))
    UsageRecordFactory(model=AIModel.objects.get(model_id="claude-haiku-4-5"), cost=USD("0.5"))
    response = _send(
        admin_client,
        "post",
        "/api/v1/admin/budgets",
        {
            "name": "Sonnet",
            "scope": "model",
            "model": sonnet.pk,
            "limit_usd": "20",
            "period": "daily",
            "action": "fallback",
            "thresholds": [80, 100],
        },
    )
    assert response.status_code == 201
    budget = Budget.objects.get()
    assert response.json() == budget_body(budget)
    assert (
        budget.name,
        budget.scope,
        budget.model,
        budget.limit_usd,
        budget.period,
        budget.action,
        budget.thresholds,
        budget.spent,
        budget.created_by,
    ) == ("Sonnet", "model", sonnet, USD("20.00"), "daily", "fallback", [80, 100], USD("0.25"), admin_client.user)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"limit_usd": "-5"}, {"limit_usd": ["The limit must be more than $0."]}),
        ({"limit_usd": "many"}, {"limit_usd": ["A valid number is required."]}),
        ({"thresholds": [75, 50]}, {"thresholds": ["Thresholds must be in increasing order, each once."]}),
        (
            {"thresholds": [0, 50]},
            {"thresholds": ["A list of whole percentages between 1 and 100, e.g. [50, 75, 90, 100]."]},
        ),
        ({"model": 999999}, {"model": ['Invalid pk "999999" - object does not exist.']}),
        ({"model": None}, {"model": ["A model budget needs a model."]}),
        ({"period": "yearly"}, {"period": ['"yearly" is not a valid choice.']}),
        ({"period": "custom"}, {"custom_days": ["A custom period needs a number of days (1 or more)."]}),
        ({"custom_days": 3}, {"custom_days": ["Only a custom period has a number of days."]}),
        ({"scope": "planet"}, {"scope": ['"planet" is not a valid choice.']}),
        ({"scope": "global"}, {"model": ["A global budget has no model."]}),
        ({"action": "panic"}, {"action": ['"panic" is not a valid choice.']}),
    ],
)
def test_admin_budget_create_with_bad_input_is_a_field_error_and_stores_nothing(admin_client, db_rows, body, fields):
    before = db_rows()
    valid = {"scope": "model", "model": _sonnet().pk, "limit_usd": "20", "period": "monthly", "action": "block"}
    response = _send(admin_client, "post", "/api/v1/admin/budgets", {**valid, **body})
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_admin_budget_detail_change_and_delete(admin_client):
    usage = learner_usage()
    url = f"/api/v1/admin/budgets/{usage.budget.pk}"
    assert admin_client.get(url).json() == budget_body(usage.budget)

    response = _send(admin_client, "patch", url, {"limit_usd": "0.10", "name": "Lena's"})
    assert response.status_code == 200
    # the same period and spend: only the limit changed
    assert response.json() == budget_body(usage.budget, limit_usd="0.10", name="Lena's", used_percent=40)
    usage.budget.refresh_from_db()
    assert (usage.budget.limit_usd, usage.budget.spent, usage.budget.period_start) == (
        USD("0.10"),
        USD("0.04"),
        usage.start,
    )

    response = _send(admin_client, "patch", url, {"is_active": False})
    assert (response.status_code, response.json()["is_active"]) == (200, False)

    response = admin_client.delete(url)
    assert response.status_code == 204
    assert (Budget.objects.filter(pk=usage.budget.pk).exists(), BudgetAlert.objects.exists()) == (False, False)
    assert admin_client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"limit_usd": "-0.01"}, {"limit_usd": ["The limit must be more than $0."]}),
        ({"thresholds": [50, 50]}, {"thresholds": ["Thresholds must be in increasing order, each once."]}),
        ({"scope": "model"}, {"model": ["A model budget needs a model."], "user": ["A model budget has no user."]}),
        ({"period": "fortnightly"}, {"period": ['"fortnightly" is not a valid choice.']}),
    ],
)
def test_admin_budget_change_with_bad_input_is_a_field_error_and_changes_nothing(admin_client, db_rows, body, fields):
    usage = learner_usage()
    before = db_rows()
    response = _send(admin_client, "patch", f"/api/v1/admin/budgets/{usage.budget.pk}", body)
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_admin_budget_unknown_is_not_found(admin_client, method):
    response = _send(admin_client, method, "/api/v1/admin/budgets/999999", {"limit_usd": "1"})
    assert response.status_code == 404


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
