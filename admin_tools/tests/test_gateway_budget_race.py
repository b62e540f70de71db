"""50 concurrent service.chat calls against a budget with room for exactly 10: exactly 10 are answered by the
budgeted model, the other 40 are refused (blocking budget) or answered by the next model (fallback budget),
and the ledger never passes the limit. Each call runs in its own thread with its own database connection,
through the real `anthropic` SDK to the fake server, on SQLite and PostgreSQL alike.

The room is exact: input is free and output costs $1000 per million tokens, so a call's estimate is its
max_tokens (100) × $0.001 = $0.10 whatever the prompt, and the fake server reports 100 output tokens, so
the real cost equals the estimate. However the threads interleave, ten calls fill a $1.00 limit and no
settle frees room for an eleventh."""

import threading
from collections import Counter
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Sum

from admin_tools import budgets
from admin_tools.gateway import pricing, routing, service
from admin_tools.gateway.service import GatewayError
from admin_tools.models import Budget, UsageRecord
from admin_tools.tests.factories import UserFactory
from admin_tools.tests.gateway_support import (
    Deltas,
    claude,
    gateway_fixture,  # noqa: F401  (the `gateway` fixture)
    spanish,
)

pytestmark = pytest.mark.django_db(transaction=True)
USD = Decimal
CALLS = 50
ROOM = 10
LIMIT = USD("1.00")
COST = USD("0.100000")
PRICES = ("0", "1000", "0", "0")  # input, output, cache write, cache read: USD per million tokens
REQUEST = spanish(max_tokens=100)


def _race(fake, users=(None,)) -> tuple[list, list]:
    """CALLS calls released at once, by `users` in turn; what each returned (a reply, or a GatewayError code) and
    any other error."""
    for _ in range(CALLS):
        fake.reply_with("¡Hola!", usage={"input_tokens": 40, "output_tokens": 100})
    fake.slow(0.002)  # streams take a moment, so calls that passed the budget are still in flight
    start = threading.Barrier(CALLS, timeout=60)
    results, errors = [], []

    def call(user) -> None:
        try:
            start.wait()
            try:
                results.append(
                    service.chat(
                        user=user, feature="conversation", use_case="conversation", request=REQUEST, on_delta=Deltas()
                    )
                )
            except GatewayError as error:
                results.append(error.code)
        except Exception as error:  # reported by the assertions, not swallowed
            errors.append(error)
            start.abort()
        finally:
            connection.close()  # this thread's connection (back to the pool on PostgreSQL)

    connection.close()  # the test's own connection is not needed while the threads run
    threads = [threading.Thread(target=call, args=(users[n % len(users)],)) for n in range(CALLS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def _answered_by(results) -> Counter:
    return Counter(
        (result.model_id, result.is_fallback) if not isinstance(result, str) else result for result in results
    )


def _ledger_total(**filters) -> Decimal:
    return UsageRecord.objects.filter(**filters).aggregate(total=Sum("cost"))["total"] or USD(0)


def _assert_exact_room(model):
    assert pricing.estimate(REQUEST, routing.prices_of(model)) == COST


def test_a_blocking_budget_lets_exactly_its_room_through_and_refuses_the_rest(gateway, fake_anthropic):
    model = claude(fake_anthropic, prices=PRICES)
    _assert_exact_room(model)
    budget = budgets.budget_create(scope=Budget.Scope.GLOBAL, limit_usd=LIMIT, action=Budget.Action.BLOCK)

    results, errors = _race(fake_anthropic)

    assert errors == []
    assert _answered_by(results) == {("claude-test", False): ROOM, "budget_blocked": CALLS - ROOM}
    assert len(fake_anthropic.requests) == ROOM  # the refused calls never reached the provider
    assert Counter(UsageRecord.objects.values_list("model__model_id", "outcome")) == {
        ("claude-test", "ok"): ROOM,
        ("claude-test", "refused"): CALLS - ROOM,
    }
    assert set(UsageRecord.objects.filter(outcome="ok").values_list("cost", flat=True)) == {COST}
    assert _ledger_total(outcome="refused") == 0
    assert _ledger_total() == ROOM * COST <= LIMIT
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (_ledger_total(), USD(0))
    assert UsageRecord.objects.values("request_id").distinct().count() == CALLS
    assert sorted(budget.alerts.values_list("threshold", flat=True)) == [50, 75, 90, 100]


def test_a_fallback_budget_sends_the_rest_to_the_offline_tutor(gateway, fake_anthropic):
    model = claude(fake_anthropic, prices=PRICES)
    _assert_exact_room(model)
    budget = budgets.budget_create(scope=Budget.Scope.GLOBAL, limit_usd=LIMIT, action=Budget.Action.FALLBACK)

    results, errors = _race(fake_anthropic)

    assert errors == []
    assert _answered_by(results) == {("claude-test", False): ROOM, ("offline-tutor", True): CALLS - ROOM}
    assert len(fake_anthropic.requests) == ROOM
    assert Counter(UsageRecord.objects.values_list("model__model_id", "outcome", "is_fallback")) == {
        ("claude-test", "ok", False): ROOM,
        ("offline-tutor", "ok", True): CALLS - ROOM,
    }
    assert _ledger_total(model=model) == _ledger_total() == ROOM * COST <= LIMIT
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (_ledger_total(), USD(0))


def test_a_fallback_budget_on_one_model_sends_the_rest_to_the_next_model(gateway, fake_anthropic):
    model = claude(fake_anthropic, prices=PRICES)
    backup = claude(fake_anthropic, model_id="claude-backup", priority=20, prices=("0", "1", "0", "0"))
    _assert_exact_room(model)
    budget = budgets.budget_create(
        scope=Budget.Scope.MODEL, model=model, limit_usd=LIMIT, action=Budget.Action.FALLBACK
    )

    results, errors = _race(fake_anthropic)

    assert errors == []
    assert _answered_by(results) == {("claude-test", False): ROOM, ("claude-backup", True): CALLS - ROOM}
    assert Counter(body["model"] for body in fake_anthropic.bodies) == {
        "claude-test": ROOM,
        "claude-backup": CALLS - ROOM,
    }
    assert _ledger_total(model=model) == ROOM * COST <= LIMIT
    # The backup's 40 calls: 100 output tokens at $1 per million each.
    assert _ledger_total(model=backup) == (CALLS - ROOM) * USD("0.000100")
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (_ledger_total(model=model), USD(0))


def test_overlapping_blocking_budgets_hold_every_limit_without_deadlocks(gateway, fake_anthropic):
    """Five learners with a budget each (room for 3 calls) under a global budget (room for 10): every call locks
    two rows, the global one and its learner's, always in the same order. No deadlock, no limit passed: the
    global budget runs out after 10 calls, and no learner gets more than 3."""
    model = claude(fake_anthropic, prices=PRICES)
    _assert_exact_room(model)
    learners = [UserFactory() for _ in range(5)]
    everyone = budgets.budget_create(scope=Budget.Scope.GLOBAL, limit_usd=LIMIT, action=Budget.Action.BLOCK)
    own = [
        budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("0.30"), action=Budget.Action.BLOCK)
        for learner in learners
    ]

    results, errors = _race(fake_anthropic, users=learners)

    assert errors == []
    assert _answered_by(results) == {("claude-test", False): ROOM, "budget_blocked": CALLS - ROOM}
    per_learner = Counter(UsageRecord.objects.filter(outcome="ok").values_list("user_id", flat=True))
    assert sum(per_learner.values()) == ROOM
    assert max(per_learner.values()) <= 3
    everyone.refresh_from_db()
    assert (everyone.spent, everyone.reserved) == (_ledger_total(), USD(0)) == (ROOM * COST, USD(0))
    for learner, budget in zip(learners, own, strict=True):
        budget.refresh_from_db()
        assert (budget.spent, budget.reserved) == (_ledger_total(user=learner), USD(0))
        assert budget.spent <= budget.limit_usd


def test_a_blocking_budget_on_one_model_lets_exactly_its_room_through_and_sends_the_rest_to_the_next_model(
    gateway, fake_anthropic
):
    model = claude(fake_anthropic, prices=PRICES)
    backup = claude(fake_anthropic, model_id="claude-backup", priority=20, prices=("0", "1", "0", "0"))
    _assert_exact_room(model)
    budget = budgets.budget_create(scope=Budget.Scope.MODEL, model=model, limit_usd=LIMIT, action=Budget.Action.BLOCK)

    results, errors = _race(fake_anthropic)

    assert errors == []
    assert _answered_by(results) == {("claude-test", False): ROOM, ("claude-backup", True): CALLS - ROOM}
    assert not UsageRecord.objects.filter(outcome="refused").exists()
    assert _ledger_total(model=model) == ROOM * COST <= LIMIT
    assert _ledger_total(model=backup) == (CALLS - ROOM) * USD("0.000100")
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (_ledger_total(model=model), USD(0))
