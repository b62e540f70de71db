"""Budgets: periods, creating and changing them, and which budgets cover a call. Holding and charging a call's
cost, and periods rolling over: test_budget_reservations.py."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from admin_tools import budgets
from admin_tools.models import Budget
from admin_tools.tests.budget_support import NOW, USD, Action, Period, Scope, global_budget, spend, stored
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory, UserFactory
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

# --- periods


@pytest.mark.parametrize(
    ("period", "start"),
    [
        (Period.DAILY, dt.datetime(2026, 3, 18, tzinfo=dt.UTC)),
        (Period.WEEKLY, dt.datetime(2026, 3, 16, tzinfo=dt.UTC)),
        (Period.MONTHLY, dt.datetime(2026, 3, 1, tzinfo=dt.UTC)),
        (Period.CUSTOM, NOW),
    ],
)
def test_period_start_is_the_calendar_start_in_utc(period, start):
    assert budgets.period_start(period, NOW) == start
    assert budgets.period_start(period, NOW.astimezone(dt.timezone(dt.timedelta(hours=-8)))) == start


@pytest.mark.parametrize(
    ("period", "custom_days", "start", "end"),
    [
        (Period.DAILY, None, dt.datetime(2026, 12, 31, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
        (Period.WEEKLY, None, dt.datetime(2026, 3, 16, tzinfo=dt.UTC), dt.datetime(2026, 3, 23, tzinfo=dt.UTC)),
        (Period.MONTHLY, None, dt.datetime(2026, 12, 1, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
        (Period.MONTHLY, None, dt.datetime(2026, 2, 1, tzinfo=dt.UTC), dt.datetime(2026, 3, 1, tzinfo=dt.UTC)),
        (Period.CUSTOM, 10, NOW, NOW + dt.timedelta(days=10)),
    ],
)
def test_period_end(period, custom_days, start, end):
    assert budgets.period_end(Budget(period=period, custom_days=custom_days, period_start=start)) == end


# --- creating and changing budgets


def test_budget_create_starts_the_current_period_with_the_defaults():
    budget = global_budget(now=NOW)
    budget.refresh_from_db()
    assert budget.thresholds == [50, 75, 90, 100]
    assert (budget.period, budget.action, budget.is_active) == (Period.MONTHLY, Action.WARN, True)
    assert budget.period_start == dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert (budget.spent, budget.reserved) == (USD(0), USD(0))
    assert str(budget) == "Monthly global budget"


def test_budget_create_counts_what_the_ledger_holds_for_the_current_period():
    learner, other = UserFactory(), UserFactory()
    UsageRecordFactory(user=learner, cost=USD("1.25"), created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    UsageRecordFactory(user=learner, cost=USD("0.50"), created_at=NOW - dt.timedelta(minutes=1))
    UsageRecordFactory(user=learner, cost=USD("7.00"), created_at=dt.datetime(2026, 2, 28, 23, 59, tzinfo=dt.UTC))
    UsageRecordFactory(user=other, cost=USD("3.00"), created_at=NOW - dt.timedelta(minutes=1))
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), now=NOW)
    assert stored(budget) == (USD("1.75"), USD(0))
    assert stored(global_budget(now=NOW)) == (USD("4.75"), USD(0))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"limit_usd": USD("-5")}, "limit_usd"),
        ({"limit_usd": USD("0")}, "limit_usd"),
        ({"limit_usd": USD("1.005")}, "limit_usd"),
        ({"thresholds": [75, 50, 90]}, "thresholds"),
        ({"thresholds": [50, 50]}, "thresholds"),
        ({"thresholds": [0, 50]}, "thresholds"),
        ({"thresholds": [50, 120]}, "thresholds"),
        ({"thresholds": []}, "thresholds"),
        ({"thresholds": ["50"]}, "thresholds"),
        ({"period": Period.CUSTOM}, "custom_days"),
        ({"period": Period.CUSTOM, "custom_days": 0}, "custom_days"),
        ({"period": "yearly"}, "period"),
        ({"action": "explode"}, "action"),
        ({"scope": "team"}, "scope"),
        ({"scope": Scope.USER}, "user"),
        ({"scope": Scope.PROVIDER}, "provider"),
        ({"scope": Scope.PROVIDER, "provider": "acme"}, "provider"),
        ({"provider": "anthropic"}, "provider"),
        ({"scope": Scope.MODEL}, "model"),
        ({"scope": Scope.MODEL, "model": 999_999}, "model"),
    ],
)
def test_budget_create_rejects_bad_input_naming_the_field(fields, field):
    with pytest.raises(ValidationError) as error:
        global_budget(**fields)
    assert list(error.value.message_dict) == [field]
    assert Budget.objects.exists() is False


def test_budget_create_for_each_scope():
    learner, model = UserFactory(username="lena"), AIModelFactory(display_name="Claude Test")
    created = [
        global_budget(),
        global_budget(scope=Scope.PROVIDER, provider="anthropic", period=Period.DAILY),
        global_budget(scope=Scope.MODEL, model=model, period=Period.WEEKLY),
        global_budget(scope=Scope.MODEL, model=model.pk, name="by id"),
        global_budget(scope=Scope.USER, user=learner),
        global_budget(period=Period.CUSTOM, custom_days=10),
    ]
    assert [str(budget) for budget in created] == [
        "Monthly global budget",
        "Daily Anthropic budget",
        "Weekly Claude Test budget",
        "by id",
        "Monthly budget for lena",
        "Custom global budget",
    ]


def test_budget_create_by_a_parent_is_for_their_own_child_only():
    parent, stranger = LearnerFactory(username="paula"), LearnerFactory()
    child = child_of(parent, username="kiddo")
    budget = budgets.budget_create(scope=Scope.USER, user=child, created_by=parent, limit_usd=USD("2.00"))
    assert (budget.user, budget.created_by) == (child, parent)
    with pytest.raises(PermissionDenied):
        budgets.budget_create(scope=Scope.USER, user=child, created_by=stranger, limit_usd=USD("2.00"))
    with pytest.raises(PermissionDenied):
        budgets.budget_create(scope=Scope.GLOBAL, created_by=parent, limit_usd=USD("2.00"))
    assert list(Budget.objects.all()) == [budget]


def test_budget_update_never_writes_back_stale_counters():
    budget = global_budget(action=Action.BLOCK)
    stale = Budget.objects.get(pk=budget.pk)
    spend(budget, "3.00")
    budgets.reserve(user=None, model=AIModelFactory(), estimate=USD("1.00"))
    budgets.budget_update(budget=stale, limit_usd=USD("20.00"), thresholds=[80, 100])
    budget.refresh_from_db()
    assert (budget.limit_usd, budget.thresholds) == (USD("20.00"), [80, 100])
    assert (budget.spent, budget.reserved) == (USD("3.00"), USD("1.00"))
    assert (stale.spent, stale.reserved) == (USD("3.00"), USD("1.00"))


def test_budget_update_of_the_period_restarts_it_from_the_ledger():
    learner = UserFactory()
    UsageRecordFactory(user=learner, cost=USD("2.00"), created_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    UsageRecordFactory(user=learner, cost=USD("0.40"), created_at=NOW - dt.timedelta(hours=1))
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), now=NOW)
    assert stored(budget) == (USD("2.40"), USD(0))
    budgets.budget_update(budget=budget, period=Period.DAILY, now=NOW)
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent) == (dt.datetime(2026, 3, 18, tzinfo=dt.UTC), USD("0.40"))


def test_budget_update_rejects_bad_input_and_changes_nothing():
    budget = global_budget()
    with pytest.raises(ValidationError) as error:
        budgets.budget_update(budget=budget, thresholds=[90, 50], limit_usd=USD("-1"))
    assert sorted(error.value.message_dict) == ["limit_usd", "thresholds"]
    budget.refresh_from_db()
    assert (budget.limit_usd, budget.thresholds) == (USD("10.00"), [50, 75, 90, 100])
    with pytest.raises(TypeError):
        budgets.budget_update(budget=budget, spent=USD("0"))


# --- which budgets cover a call


def test_applicable_budgets_are_the_calls_scopes():
    learner, other = UserFactory(), UserFactory()
    model, other_model = AIModelFactory(provider="anthropic"), AIModelFactory(provider="openai_compat")
    covering = [
        global_budget(),
        global_budget(scope=Scope.PROVIDER, provider="anthropic"),
        global_budget(scope=Scope.MODEL, model=model),
        global_budget(scope=Scope.USER, user=learner),
    ]
    global_budget(scope=Scope.PROVIDER, provider="openai_compat")
    global_budget(scope=Scope.MODEL, model=other_model)
    global_budget(scope=Scope.USER, user=other)
    budgets.budget_update(budget=global_budget(), is_active=False)
    assert list(budgets.applicable_budgets(user=learner, model=model).order_by("pk")) == covering
    assert list(budgets.applicable_budgets(user=None, model=model).order_by("pk")) == covering[:3]


def test_a_parents_budget_for_a_child_covers_the_child_only():
    parent = LearnerFactory(username="paula")
    child, sibling = child_of(parent, username="kiddo"), child_of(parent, username="sis")
    model = AIModelFactory()
    budget = budgets.budget_create(
        scope=Scope.USER, user=child, created_by=parent, limit_usd=USD("1.00"), action=Action.BLOCK
    )
    assert list(budgets.applicable_budgets(user=child, model=model)) == [budget]
    assert list(budgets.applicable_budgets(user=parent, model=model)) == []
    assert list(budgets.applicable_budgets(user=sibling, model=model)) == []
    assert budgets.reserve(user=parent, model=model, estimate=USD("5.00")).refused is False
    assert budgets.reserve(user=child, model=model, estimate=USD("5.00")).refused is True
    assert list(Budget.objects.concerning(parent)) == [budget]
    assert list(Budget.objects.for_user(child)) == [budget]
    assert list(Budget.objects.for_user(sibling)) == []
