"""API for admins (staff): every admin endpoint refuses everyone else (403), and the budgets of every scope.
The AI model registry endpoints: test_admin_api_models.py."""

import pytest

from admin_tools import budgets
from admin_tools.models import AIModel, Budget, BudgetAlert
from admin_tools.tests.admin_api_support import admin_client_fixture  # noqa: F401  (the `admin_client` fixture)
from admin_tools.tests.admin_api_support import seeded_sonnet as _sonnet
from admin_tools.tests.admin_api_support import send_json as _send
from admin_tools.tests.factories import UsageRecordFactory
from admin_tools.tests.usage_data import USD, budget_body, learner_usage
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import invalid

pytestmark = pytest.mark.django_db

FORBIDDEN = {
    "error": {
        "code": "permission_denied",
        "message": "You do not have permission to perform this action.",
        "fields": {},
    }
}


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
