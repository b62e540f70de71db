"""API: my AI usage, my budgets, and a parent setting a child's budget."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from admin_tools import budgets
from admin_tools.models import Budget
from admin_tools.tests.factories import UsageRecordFactory, UserFactory
from admin_tools.tests.usage_data import HOUR, budget_body, iso, learner_usage
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import invalid

pytestmark = pytest.mark.django_db

USD = Decimal


def _put(client, url: str, body: dict):
    return client.put(url, body, content_type="application/json")


# --- GET /api/v1/usage


def test_usage_needs_a_signed_in_user(client):
    response = client.get("/api/v1/usage")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_usage_of_this_period_counts_only_my_calls(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    before = timezone.now()
    body = client.get("/api/v1/usage").json()
    until = body.pop("until")
    assert before <= dt.datetime.fromisoformat(until) <= timezone.now()
    assert body == {
        "since": iso(usage.start),
        "total_usd": "0.040000",
        "calls": 3,
        "per_day": [{"date": day.isoformat(), "cost_usd": f"{cost:.6f}"} for day, cost in usage.day_totals()],
        "per_model": [
            {"provider": "anthropic", "model": "claude-sonnet-4-5", "calls": 2, "cost_usd": "0.037000"},
            {"provider": "anthropic", "model": "claude-haiku-4-5", "calls": 1, "cost_usd": "0.003000"},
        ],
        "per_feature": [
            {"feature": "conversation", "calls": 2, "cost_usd": "0.037000"},
            {"feature": "correction", "calls": 1, "cost_usd": "0.003000"},
        ],
    }


def test_usage_of_another_learner_shows_none_of_the_first_learners_calls(client):
    usage = learner_usage()
    client.force_login(usage.other)
    body = client.get("/api/v1/usage", {"days": 90}).json()
    assert (body["total_usd"], body["calls"]) == ("0.900000", 1)
    assert body["per_model"] == [{"provider": "anthropic", "model": "ottos-model", "calls": 1, "cost_usd": "0.900000"}]
    assert body["per_feature"] == [{"feature": "translation", "calls": 1, "cost_usd": "0.900000"}]


def test_usage_of_the_last_days_starts_at_midnight_utc(client):
    learner = LearnerFactory()
    today = timezone.now().astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday = today - dt.timedelta(days=1)
    UsageRecordFactory(user=learner, cost=USD("0.1"), created_at=yesterday + HOUR)
    UsageRecordFactory(user=learner, cost=USD("0.2"), created_at=yesterday - HOUR)  # the day before: left out
    client.force_login(learner)
    body = client.get("/api/v1/usage", {"days": 2}).json()
    assert (body["since"], body["total_usd"], body["calls"]) == (iso(yesterday), "0.100000", 1)
    assert body["per_day"] == [
        {"date": yesterday.date().isoformat(), "cost_usd": "0.100000"},
        {"date": today.date().isoformat(), "cost_usd": "0.000000"},
    ]


def test_usage_without_a_budget_is_this_calendar_month(client):
    learner = LearnerFactory()
    client.force_login(learner)
    body = client.get("/api/v1/usage").json()
    month = budgets.period_start(Budget.Period.MONTHLY, dt.datetime.fromisoformat(body["until"]))
    assert (body["since"], body["total_usd"], body["calls"], body["per_model"]) == (iso(month), "0.000000", 0, [])


@pytest.mark.parametrize(
    ("days", "error"),
    [
        ("0", "Ensure this value is greater than or equal to 1."),
        ("91", "Ensure this value is less than or equal to 90."),
        ("-3", "Ensure this value is greater than or equal to 1."),
        ("week", "A valid integer is required."),
    ],
)
def test_usage_with_bad_days_is_a_field_error(learner_client, days, error):
    response = learner_client.get("/api/v1/usage", {"days": days})
    assert response.status_code == 400
    assert response.json() == invalid({"days": [error]})


# --- GET /api/v1/usage/budgets


def test_my_budgets_show_limit_spend_percent_period_end_and_alerts(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    body = client.get("/api/v1/usage/budgets").json()
    [alert_75, alert_50] = usage.budget.alerts.order_by("-threshold")
    assert body == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": usage.budget.pk,
                "name": "",
                "scope": "user",
                "provider": "",
                "model": None,
                "user": usage.learner.pk,
                "period": "custom",
                "custom_days": 7,
                "limit_usd": "0.05",
                "thresholds": [50, 75, 90, 100],
                "action": "block",
                "is_active": True,
                "period_start": iso(usage.start),
                "period_end": iso(usage.start + dt.timedelta(days=7)),
                "spent": "0.040000",
                "reserved": "0.000000",
                "used_percent": 80,
                "alerts": [
                    {
                        "id": alert_75.pk,
                        "threshold": 75,
                        "spent": "0.040000",
                        "created_at": iso(alert_75.created_at),
                        "dismissed": False,
                    },
                    {
                        "id": alert_50.pk,
                        "threshold": 50,
                        "spent": "0.040000",
                        "created_at": iso(alert_50.created_at),
                        "dismissed": False,
                    },
                ],
            }
        ],
    }


def test_my_budgets_leave_out_other_learners_and_my_childrens(client):
    usage = learner_usage()
    parent = LearnerFactory()
    budgets.budget_create(scope="user", user=child_of(parent), limit_usd=USD("1.00"))
    budgets.budget_create(scope="global", limit_usd=USD("100.00"))
    client.force_login(usage.other)
    assert client.get("/api/v1/usage/budgets").json()["results"] == []
    client.force_login(parent)
    assert client.get("/api/v1/usage/budgets").json()["results"] == []


# --- GET/PUT /api/v1/children/<id>/budget


def test_child_budget_put_creates_then_changes_the_childs_budget(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    client.force_login(parent)
    url = f"/api/v1/children/{child.pk}/budget"
    assert client.get(url).json() == {
        "error": {"code": "not_found", "message": "No budget is set for this child yet.", "fields": {}}
    }

    response = _put(client, url, {"limit_usd": "2.50", "period": "weekly", "action": "fallback"})
    assert response.status_code == 201
    budget = Budget.objects.get(user=child)
    assert response.json() == budget_body(budget, viewer=parent)
    assert (budget.scope, budget.limit_usd, budget.period, budget.action, budget.thresholds, budget.created_by) == (
        "user",
        USD("2.50"),
        "weekly",
        "fallback",
        [50, 75, 90, 100],
        parent,
    )

    response = _put(client, url, {"limit_usd": "4", "period": "daily", "action": "block", "thresholds": [80, 100]})
    assert response.status_code == 200
    assert response.json() == budget_body(budget, viewer=parent)
    assert list(Budget.objects.filter(user=child).values_list("pk", "limit_usd", "period", "thresholds")) == [
        (budget.pk, USD("4.00"), "daily", [80, 100])
    ]
    assert client.get(url).json() == budget_body(budget, viewer=parent)


def test_child_budget_counts_what_the_child_spent_this_period(client):
    parent = LearnerFactory()
    child = child_of(parent)
    usage = learner_usage(learner=child)  # a custom 7-day budget from two days ago, $0.040 spent
    client.force_login(parent)
    body = client.get(f"/api/v1/children/{child.pk}/budget").json()
    assert (body["id"], body["spent"], body["used_percent"], [a["threshold"] for a in body["alerts"]]) == (
        usage.budget.pk,
        "0.040000",
        80,
        [75, 50],
    )


@pytest.mark.parametrize("who", ["other_parent", "child_itself", "not_a_child"])
def test_child_budget_of_anyone_but_ones_own_child_is_not_found(client, db_rows, who):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    budgets.budget_create(scope="user", user=child, limit_usd=USD("1.00"), created_by=parent)
    other_parent = LearnerFactory()
    child_of(other_parent, username="ben")
    target, viewer = {
        "other_parent": (child, other_parent),
        "child_itself": (child, child),
        "not_a_child": (UserFactory(), parent),
    }[who]
    client.force_login(viewer)
    url = f"/api/v1/children/{target.pk}/budget"
    assert client.get(url).json() == {
        "error": {"code": "not_found", "message": "No User matches the given query.", "fields": {}}
    }
    before = db_rows()
    response = _put(client, url, {"limit_usd": "100", "period": "monthly", "action": "warn"})
    assert response.status_code == 404
    assert db_rows() == before


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"limit_usd": "-1"}, {"limit_usd": ["The limit must be more than $0."]}),
        ({"limit_usd": "0"}, {"limit_usd": ["The limit must be more than $0."]}),
        ({"limit_usd": "lots"}, {"limit_usd": ["A valid number is required."]}),
        ({"limit_usd": "1.234"}, {"limit_usd": ["Ensure that there are no more than 2 decimal places."]}),
        ({"limit_usd": None}, {"limit_usd": ["This field may not be null."]}),
        ({"thresholds": [90, 50]}, {"thresholds": ["Thresholds must be in increasing order, each once."]}),
        (
            {"thresholds": [50, 101]},
            {"thresholds": ["A list of whole percentages between 1 and 100, e.g. [50, 75, 90, 100]."]},
        ),
        (
            {"thresholds": []},
            {
                "thresholds": [
                    "This field cannot be blank.",
                    "A list of whole percentages between 1 and 100, e.g. [50, 75, 90, 100].",
                ]
            },
        ),
        ({"thresholds": ["half"]}, {"thresholds": {"0": ["A valid integer is required."]}}),
        ({"period": "custom"}, {"period": ['"custom" is not a valid choice.']}),
        ({"period": "yearly"}, {"period": ['"yearly" is not a valid choice.']}),
        ({"action": "explode"}, {"action": ['"explode" is not a valid choice.']}),
    ],
)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_child_budget_with_bad_input_is_a_field_error_and_changes_nothing(client, db_rows, changes, fields, existing):
    parent = LearnerFactory()
    child = child_of(parent)
    if existing:
        budgets.budget_create(scope="user", user=child, limit_usd=USD("3.00"), created_by=parent)
    client.force_login(parent)
    before = db_rows()
    body = {"limit_usd": "2.00", "period": "monthly", "action": "block", **changes}
    response = _put(client, f"/api/v1/children/{child.pk}/budget", body)
    assert response.status_code == 400
    assert response.json() == invalid(fields)
    assert db_rows() == before


def test_child_budget_put_needs_every_setting(client, db_rows):
    parent = LearnerFactory()
    child = child_of(parent)
    client.force_login(parent)
    before = db_rows()
    response = _put(client, f"/api/v1/children/{child.pk}/budget", {})
    assert response.json() == invalid(
        {
            "limit_usd": ["This field is required."],
            "period": ["This field is required."],
            "action": ["This field is required."],
        }
    )
    assert db_rows() == before


# --- GET /api/v1/children/<id>/usage


def test_child_usage_is_the_childs_spend_this_period(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    usage = learner_usage(learner=child)
    UsageRecordFactory(user=parent, cost=USD("0.7"))  # the parent's own call is not the child's
    client.force_login(parent)

    body = client.get(f"/api/v1/children/{child.pk}/usage").json()

    body.pop("until")
    assert body == {
        "since": iso(usage.start),
        "total_usd": "0.040000",
        "calls": 3,
        "per_day": [{"date": day.isoformat(), "cost_usd": f"{cost:.6f}"} for day, cost in usage.day_totals()],
        "per_model": [
            {"provider": "anthropic", "model": "claude-sonnet-4-5", "calls": 2, "cost_usd": "0.037000"},
            {"provider": "anthropic", "model": "claude-haiku-4-5", "calls": 1, "cost_usd": "0.003000"},
        ],
        "per_feature": [
            {"feature": "conversation", "calls": 2, "cost_usd": "0.037000"},
            {"feature": "correction", "calls": 1, "cost_usd": "0.003000"},
        ],
    }
    last_day = client.get(f"/api/v1/children/{child.pk}/usage", {"days": 1}).json()
    assert (last_day["calls"], last_day["total_usd"]) == (0, "0.000000")  # the child's calls were days ago


@pytest.mark.parametrize("who", ["other_parent", "child_itself", "not_a_child", "admin"])
def test_child_usage_of_anyone_but_ones_own_child_is_not_found(client, who):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    learner_usage(learner=child)
    other_parent = LearnerFactory()
    child_of(other_parent, username="oscar")
    admin = UserFactory(username="root", is_staff=True)
    viewer, target = {
        "other_parent": (other_parent, child),
        "child_itself": (child, child),
        "not_a_child": (parent, LearnerFactory()),
        "admin": (admin, child),
    }[who]
    client.force_login(viewer)

    response = client.get(f"/api/v1/children/{target.pk}/usage")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_child_usage_needs_a_signed_in_user(client):
    child = child_of(LearnerFactory())
    assert client.get(f"/api/v1/children/{child.pk}/usage").status_code == 401
