"""Budgets at call time: reserve, settle and release (also racing), and periods rolling over. Periods, creating
and changing budgets, and which budgets cover a call: test_budgets.py."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from admin_tools import budgets, tasks
from admin_tools.models import Budget
from admin_tools.tests.budget_support import NOW, USD, Action, Period, Scope, alerts_of, global_budget, spend, stored
from admin_tools.tests.factories import AIModelFactory, UserFactory

pytestmark = pytest.mark.django_db

# --- reserve, settle, release


def test_reserve_holds_the_estimate_in_every_covering_budget():
    learner, model = UserFactory(), AIModelFactory()
    covering = [
        global_budget(action=Action.BLOCK),
        global_budget(scope=Scope.USER, user=learner, action=Action.FALLBACK),
    ]
    elsewhere = global_budget(scope=Scope.USER, user=UserFactory())
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.0123451"))
    assert (reservation.amount, reservation.refused, reservation.skip_model) == (USD("0.012346"), False, False)
    assert reservation.budget_ids == tuple(budget.pk for budget in covering)
    assert [stored(budget) for budget in covering] == [(USD(0), USD("0.012346"))] * 2
    assert stored(elsewhere) == (USD(0), USD(0))


def test_settle_replaces_the_estimate_by_the_actual_cost():
    learner, model = UserFactory(), AIModelFactory()
    budget = global_budget(scope=Scope.USER, user=learner, action=Action.BLOCK)
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.50"))
    budgets.reserve(user=learner, model=model, estimate=USD("0.25"))
    budgets.settle(reservation, USD("0.3125"))
    assert stored(budget) == (USD("0.312500"), USD("0.25"))


def test_release_gives_the_estimate_back():
    model = AIModelFactory()
    budget = global_budget(action=Action.BLOCK)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("4.00"))
    budgets.release(reservation)
    assert stored(budget) == (USD(0), USD(0))


def test_reserve_refuses_at_a_blocking_limit_and_holds_nothing():
    learner, model = UserFactory(), AIModelFactory()
    warn = global_budget(limit_usd=USD("100.00"))
    block = global_budget(scope=Scope.USER, user=learner, limit_usd=USD("1.00"), action=Action.BLOCK)
    spend(block, "0.80", user=learner, model=model)
    assert budgets.reserve(user=learner, model=model, estimate=USD("0.20")).refused is False
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.01"))
    assert (reservation.refused, reservation.skip_model) == (True, False)
    assert (reservation.budget_ids, reservation.full_budget_ids) == ((), (block.pk,))
    assert stored(warn) == (USD("0.80"), USD("0.20"))
    assert stored(block) == (USD("0.80"), USD("0.20"))


def test_reserve_at_a_fallback_limit_skips_the_model():
    expensive, cheap = AIModelFactory(), AIModelFactory(price_input=USD("1"))
    budget = global_budget(scope=Scope.MODEL, model=expensive, limit_usd=USD("1.00"), action=Action.FALLBACK)
    spend(budget, "0.90", model=expensive)
    reservation = budgets.reserve(user=None, model=expensive, estimate=USD("0.20"))
    assert (reservation.refused, reservation.skip_model, reservation.budget_ids) == (False, True, ())
    assert budgets.reserve(user=None, model=cheap, estimate=USD("0.20")).skip_model is False
    assert stored(budget) == (USD("0.90"), USD(0))


def test_reserve_with_a_full_blocking_and_fallback_budget_is_refused():
    model = AIModelFactory()
    global_budget(limit_usd=USD("1.00"), action=Action.BLOCK)
    global_budget(scope=Scope.MODEL, model=model, limit_usd=USD("1.00"), action=Action.FALLBACK)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("2.00"))
    assert (reservation.refused, reservation.skip_model, len(reservation.full_budget_ids)) == (True, False, 2)


def test_a_warn_budget_never_refuses():
    model = AIModelFactory()
    budget = global_budget(limit_usd=USD("1.00"))
    spend(budget, "3.00", model=model)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("5.00"))
    assert (reservation.refused, reservation.skip_model) == (False, False)
    assert stored(budget) == (USD("3.00"), USD("5.00"))


def test_a_free_call_passes_a_spent_blocking_budget():
    offline = AIModelFactory(provider="offline", price_input=0, price_output=0)
    budget = global_budget(limit_usd=USD("1.00"), action=Action.BLOCK)
    spend(budget, "1.00")
    reservation = budgets.reserve(user=None, model=offline, estimate=USD(0))
    assert (reservation.refused, reservation.budget_ids) == (False, (budget.pk,))
    budgets.settle(reservation, USD(0))
    assert stored(budget) == (USD("1.00"), USD(0))


def test_settle_after_a_rollover_leaves_the_new_periods_reservations_alone():
    model = AIModelFactory()
    budget = global_budget(period=Period.DAILY, action=Action.BLOCK, now=NOW)
    before = budgets.reserve(user=None, model=model, estimate=USD("2.00"), now=NOW)
    tomorrow = NOW + dt.timedelta(days=1)
    after = budgets.reserve(user=None, model=model, estimate=USD("3.00"), now=tomorrow)
    assert stored(budget) == (USD(0), USD("3.00"))
    budgets.settle(before, USD("1.50"))  # the call that straddled midnight is charged to the new day
    assert stored(budget) == (USD("1.50"), USD("3.00"))
    budgets.release(after)
    assert stored(budget) == (USD("1.50"), USD(0))


def test_reserve_rejects_a_negative_estimate():
    with pytest.raises(ValueError):
        budgets.reserve(user=None, model=AIModelFactory(), estimate=USD("-0.01"))


def _race(*, calls: int, action: str, estimate: Decimal, actual: Decimal) -> tuple[Budget, list, list]:
    learner, model = UserFactory(), AIModelFactory()
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), action=action)
    in_flight = threading.Barrier(calls, timeout=60)
    reservations, errors = [], []

    def call():
        try:
            reservation = budgets.reserve(user=learner, model=model, estimate=estimate)
            connection.close()  # back to the pool while "calling the provider" (PostgreSQL)
            in_flight.wait()  # every call has reserved before any settles: nothing is freed early
            if reservation.budget_ids:
                budgets.settle(reservation, actual)
            reservations.append(reservation)
        except Exception as error:  # reported by the assertion below, not swallowed
            errors.append(error)
            in_flight.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=call) for _ in range(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return budget, reservations, errors


@pytest.mark.django_db(transaction=True)
def test_concurrent_calls_never_pass_a_blocking_limit():
    """50 calls at once, room for exactly 10 estimates: 10 run, 40 are refused, the limit holds."""
    budget, reservations, errors = _race(calls=50, action=Action.BLOCK, estimate=USD("0.50"), actual=USD("0.45"))
    assert errors == []
    assert sum(1 for r in reservations if r.budget_ids) == 10
    assert sum(1 for r in reservations if r.refused) == 40
    assert not any(r.skip_model for r in reservations)
    assert stored(budget) == (USD("4.50"), USD(0))
    assert [threshold for _, threshold in alerts_of(budget)] == [50, 75, 90]


@pytest.mark.django_db(transaction=True)
def test_concurrent_calls_at_a_fallback_limit_skip_the_model():
    budget, reservations, errors = _race(calls=50, action=Action.FALLBACK, estimate=USD("0.50"), actual=USD("0.50"))
    assert errors == []
    assert sum(1 for r in reservations if r.budget_ids) == 10
    assert sum(1 for r in reservations if r.skip_model and not r.refused) == 40
    assert stored(budget) == (USD("5.00"), USD(0))
    assert [threshold for _, threshold in alerts_of(budget)] == [50, 75, 90, 100]


# --- periods roll over


def test_budgets_roll_periods_resets_the_budgets_whose_period_ended():
    model = AIModelFactory()
    daily = global_budget(period=Period.DAILY, now=NOW)
    monthly = global_budget(scope=Scope.MODEL, model=model, now=NOW)
    custom = global_budget(period=Period.CUSTOM, custom_days=10, name="ten days", now=NOW)
    spend(daily, "2.00", model=model, now=NOW)
    budgets.reserve(user=None, model=model, estimate=USD("1.00"), now=NOW)

    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(hours=8)) == 0
    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(days=12)) == 2
    for budget in (daily, monthly, custom):
        budget.refresh_from_db()
    assert (daily.period_start, daily.spent, daily.reserved) == (dt.datetime(2026, 3, 30, tzinfo=dt.UTC), 0, 0)
    assert (custom.period_start, custom.spent, custom.reserved) == (NOW + dt.timedelta(days=10), 0, 0)
    assert (monthly.period_start, monthly.spent, monthly.reserved) == (
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        USD("2.00"),
        USD("1.00"),
    )
    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(days=12)) == 0


def test_reserve_rolls_an_ended_period_over_before_checking_the_limit():
    model = AIModelFactory()
    budget = global_budget(period=Period.DAILY, limit_usd=USD("1.00"), action=Action.BLOCK, now=NOW)
    spend(budget, "1.00", model=model, now=NOW)
    assert budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=NOW).refused is True
    reservation = budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=NOW + dt.timedelta(days=1))
    assert reservation.refused is False
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent, budget.reserved) == (
        dt.datetime(2026, 3, 19, tzinfo=dt.UTC),
        USD(0),
        USD("0.10"),
    )


def test_the_beat_rolls_periods_every_five_minutes():
    assert settings.CELERY_BEAT_SCHEDULE["budgets-roll-periods"] == {
        "task": "admin_tools.tasks.budgets_roll_periods",
        "schedule": 300.0,
    }
    budget = global_budget(period=Period.DAILY)
    spend(budget, "1.00")
    Budget.objects.filter(pk=budget.pk).update(period_start=budget.period_start - dt.timedelta(days=3))
    tasks.budgets_roll_periods()
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent) == (budgets.period_start(Period.DAILY, timezone.now()), 0)
