"""Budgets on the gateway's route: a full blocking budget on a model or a provider rules that model or provider
out and the next model in route order answers; only a full blocking global or user budget refuses the call."""

from decimal import Decimal

import pytest

from admin_tools import budgets
from admin_tools.gateway import service
from admin_tools.gateway.service import GatewayError
from admin_tools.models import Budget, UsageRecord
from admin_tools.tests.factories import UserFactory
from admin_tools.tests.gateway_support import (
    Deltas,
    claude,
    gateway_fixture,  # noqa: F401  (the `gateway` fixture)
    local,
    rows,
    spanish,
)

pytestmark = pytest.mark.django_db
USD = Decimal
BLOCK = Budget.Action.BLOCK


def _chat(user=None):
    return service.chat(
        user=user, feature="conversation", use_case="conversation", request=spanish(), on_delta=Deltas()
    )


def _full(**target) -> Budget:
    """A blocking budget with no room for another call."""
    budget = budgets.budget_create(limit_usd=USD("0.01"), action=BLOCK, **target)
    Budget.objects.filter(pk=budget.pk).update(spent=USD("0.01"))
    return budget


def test_a_full_blocking_model_budget_skips_that_model_and_the_next_model_answers(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    local(fake_openai)
    budget = _full(scope=Budget.Scope.MODEL, model=primary)
    fake_openai.reply_with("Claro.", usage={"prompt_tokens": 100, "completion_tokens": 5})

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert fake_anthropic.requests == []
    # 100 × $0.20 + 5 × $0.60 per million; nothing refused, nothing charged to the full budget
    assert rows() == [("llama-test", "openai_compat", "ok", True, 100, 5, 0, 0, USD("0.000023"))]
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (USD("0.01"), USD(0))


def test_a_full_blocking_provider_budget_skips_every_model_of_that_provider(gateway, fake_anthropic, fake_openai):
    claude(fake_anthropic)
    claude(fake_anthropic, model_id="claude-second", priority=15)
    local(fake_openai)
    _full(scope=Budget.Scope.PROVIDER, provider="anthropic")

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert fake_anthropic.requests == []
    assert [row[:3] for row in rows()] == [("llama-test", "openai_compat", "ok")]


def test_full_blocking_model_budgets_on_every_paid_model_leave_the_offline_tutor(gateway, fake_anthropic):
    first = claude(fake_anthropic)
    second = claude(fake_anthropic, model_id="claude-second", priority=15)
    _full(scope=Budget.Scope.MODEL, model=first)
    _full(scope=Budget.Scope.MODEL, model=second)

    reply = _chat()

    assert (reply.provider, reply.is_fallback, reply.cost) == ("offline", True, USD(0))
    assert fake_anthropic.requests == []


@pytest.mark.parametrize("scope", [Budget.Scope.GLOBAL, Budget.Scope.USER])
def test_a_full_blocking_global_or_user_budget_refuses_the_call_though_another_model_could_answer(
    gateway, fake_anthropic, fake_openai, scope
):
    learner = UserFactory()
    claude(fake_anthropic)
    local(fake_openai)
    _full(scope=scope, **({"user": learner} if scope == Budget.Scope.USER else {}))

    with pytest.raises(GatewayError) as caught:
        _chat(user=learner)

    assert caught.value.code == "budget_blocked"
    assert (fake_anthropic.requests, fake_openai.requests) == ([], [])
    assert [row[:4] for row in rows()] == [("claude-test", "anthropic", "refused", False)]
    assert UsageRecord.objects.get().user == learner
