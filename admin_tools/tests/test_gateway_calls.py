"""service.chat and what surrounds a call: the budget alerts a call raises, what the caller's own errors leave
behind, the registry read from the cache, and budget periods on the gateway's path. The real SDKs against the
local fake servers (tests/fakes), as in test_gateway.py. Nothing is patched."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.cache import cache

from admin_tools import budgets
from admin_tools.gateway import circuit, routing, service
from admin_tools.gateway.types import ChatRequest, Message
from admin_tools.models import Budget, BudgetAlert, UsageRecord
from admin_tools.tests.factories import AIModelFactory, UserFactory
from admin_tools.tests.gateway_support import (
    Deltas,
    claude,
    gateway_fixture,  # noqa: F401  (the `gateway` fixture)
    local,
    rows,
    spanish,
)
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db
USD = Decimal


# --- budget alerts through the gateway


def test_crossing_half_the_budget_alerts_once_and_emails_the_admins(
    gateway, fake_anthropic, settings, django_capture_on_commit_callbacks
):
    settings.ADMINS = [("Ops", "ops@example.com")]
    # Output at $1000 per million tokens: a call's cost is its output tokens in thousandths of a dollar.
    claude(fake_anthropic, prices=("0", "1000", "0", "0"))
    budget = budgets.budget_create(scope=Budget.Scope.GLOBAL, name="All AI", limit_usd=USD("1.00"))
    fake_anthropic.reply_with("Primera respuesta.", usage={"input_tokens": 50, "output_tokens": 600})
    fake_anthropic.reply_with("Segunda respuesta.", usage={"input_tokens": 50, "output_tokens": 100})

    with django_capture_on_commit_callbacks(execute=True):
        first = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert first.cost == USD("0.600000")
    assert list(budget.alerts.values_list("threshold", "spent")) == [(50, USD("0.600000"))]
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["ops@example.com"], "[Django] Budget alert: All AI reached 50%")
    ]
    assert mail.outbox[0].body == "“All AI” has reached 50% ($0.60 of $1.00)."

    with django_capture_on_commit_callbacks(execute=True):
        second = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert second.cost == USD("0.100000")
    budget.refresh_from_db()
    assert budget.spent == USD("0.700000")  # still between 50 % and 75 %: nothing new to say
    assert BudgetAlert.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_childs_budget_alert_from_a_gateway_call_emails_the_admins_and_the_parent(
    gateway, fake_anthropic, settings, django_capture_on_commit_callbacks
):
    settings.ADMINS = [("Ops", "ops@example.com")]
    parent = LearnerFactory(username="paula")
    child = child_of(parent, username="kiddo")
    claude(fake_anthropic, prices=("0", "1000", "0", "0"))
    budget = budgets.budget_create(
        scope=Budget.Scope.USER, user=child, created_by=parent, limit_usd=USD("2.00"), thresholds=[50]
    )
    fake_anthropic.reply_with("Très bien !", usage={"output_tokens": 1000})

    with django_capture_on_commit_callbacks(execute=True):
        service.chat(user=child, feature="conversation", use_case="conversation", request=spanish(language="fr"))

    assert list(budget.alerts.values_list("threshold", flat=True)) == [50]
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["ops@example.com"], "[Django] Budget alert: Monthly budget for kiddo reached 50%"),
        (["paula@example.com"], "[Language Tutor] kiddo reached 50% of the AI budget"),
    ]


def test_the_offline_tutor_answers_free_of_charge_when_it_is_the_only_model(gateway):
    deltas = Deltas()
    request = ChatRequest(
        system="", messages=(Message("user", "Me gusta el café con leche."),), language="es", level="A2", topic="food"
    )

    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=request, on_delta=deltas)

    # The only candidate, so not a fallback from anything.
    assert (reply.provider, reply.model_id, reply.is_fallback, reply.cost) == (
        "offline",
        "offline-tutor",
        False,
        USD(0),
    )
    assert "".join(deltas) == reply.text
    assert rows() == [
        ("offline-tutor", "offline", "ok", False, reply.usage.input_tokens, reply.usage.output_tokens, 0, 0, USD(0))
    ]


# --- what the caller's own errors leave behind


def test_an_on_delta_that_raises_is_priced_from_the_usage_the_provider_reported_so_far(gateway, fake_anthropic):
    learner = UserFactory()
    model = claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    budget = budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("1.00"))
    fake_anthropic.reply_with(
        "Uno dos tres cuatro", usage={"input_tokens": 100, "cache_read_input_tokens": 2000, "output_tokens": 4}
    )
    received = []

    def learner_left(text: str) -> None:
        received.append(text)
        if len(received) == 2:
            raise ConnectionResetError("the learner closed the page")

    with pytest.raises(ConnectionResetError):
        service.chat(
            user=learner, feature="conversation", use_case="conversation", request=spanish(), on_delta=learner_left
        )

    # Billed all the same: input and cache reads from message_start, an output token per delta received.
    # 100 × $3 + 2000 × $0.30 + 2 × $15 per million = $0.000300 + $0.000600 + $0.000030
    assert rows() == [("claude-test", "anthropic", "cut_off", False, 100, 2, 0, 2000, USD("0.000930"))]
    record = UsageRecord.objects.get()
    assert (record.error, record.provider_request_id) == (
        "ConnectionResetError: the learner closed the page",
        "req_fake_1",
    )
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (USD("0.000930"), USD(0))  # settled at that cost, nothing held
    assert len(fake_anthropic.requests) == 1  # not retried
    assert circuit.read(model.pk) == circuit.State()  # the caller's error is not the provider's


def test_an_on_delta_that_raises_before_the_server_reports_usage_is_priced_from_an_estimate(gateway, fake_openai):
    """An OpenAI-compatible server reports usage only in its last chunk: the input is estimated from the request
    and the output from the text streamed, with pricing.usage_estimate."""
    learner = UserFactory()
    local(fake_openai, prices=("1000", "2000", "0", "0"))
    fake_openai.reply_with("Un deux trois quatre", usage={"prompt_tokens": 900, "completion_tokens": 4})
    request = spanish("Je voudrais un café.", language="fr")

    def learner_left(text: str) -> None:
        if text == " deux":
            raise ConnectionResetError("gone")

    with pytest.raises(ConnectionResetError):
        service.chat(
            user=learner, feature="conversation", use_case="conversation", request=request, on_delta=learner_left
        )

    # "You are a friendly Spanish tutor." + "Scenario: ordering coffee in a café in Madrid." + "Je voudrais un
    # café." = 33 + 46 + 20 = 99 characters: 25 tokens; "Un deux" streamed (7 characters in 2 deltas): 2 tokens.
    # 25 × $1000 + 2 × $2000 per million = $0.025 + $0.004
    assert rows() == [("llama-test", "openai_compat", "cut_off", False, 25, 2, 0, 0, USD("0.029000"))]
    assert UsageRecord.objects.get().provider_request_id == "chatcmpl-fake-1"


# --- the registry is read from the cache; edits apply at once


def test_registry_edits_apply_to_the_next_call(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert len(fake_anthropic.requests) == 1

    primary.enabled = False  # as the admin does it: save() clears the cached registry
    primary.save()
    local(fake_openai, priority=5)
    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert (reply.model_id, len(fake_anthropic.requests), len(fake_openai.requests)) == ("llama-test", 1, 1)

    primary.enabled, primary.priority, primary.price_output = True, 1, USD("1000")
    primary.save()
    fake_anthropic.reply_with("Hola.", usage={"input_tokens": 0, "output_tokens": 10})
    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert (reply.model_id, reply.cost) == ("claude-test", USD("0.010000"))  # the new price, at once

    primary.delete()
    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())
    assert reply.model_id == "llama-test"


def test_the_process_keeps_its_registry_copy_only_while_the_cached_token_names_it(gateway, fake_anthropic, fake_openai):
    claude(fake_anthropic)
    fallback = local(fake_openai, priority=5)

    def first_two() -> list[str]:
        return [model.model_id for model in routing.candidates(language="es", use_case="conversation")][:2]

    assert first_two() == ["llama-test", "claude-test"]
    # Another process read the registry after a change this one missed: its token and its list are in the cache.
    cache.set_many({routing.ENABLED_KEY: ("another", [fallback]), routing.VERSION_KEY: "another"}, 30)
    assert first_two() == ["llama-test"]
    cache.delete(routing.VERSION_KEY)  # the token expired: the registry is read from the database again
    assert first_two() == ["llama-test", "claude-test"]
    assert cache.get(routing.VERSION_KEY) not in (None, "another")


# --- budget periods on the gateway's path (PostgreSQL checks them in SQL, SQLite in Python: same answers)


@pytest.mark.parametrize(
    ("period", "custom_days", "created", "ends"),
    [
        (Budget.Period.DAILY, None, "2026-03-18 15:30", "2026-03-19 00:00"),
        (Budget.Period.WEEKLY, None, "2026-03-18 15:30", "2026-03-23 00:00"),
        (Budget.Period.MONTHLY, None, "2026-02-10 08:00", "2026-03-01 00:00"),
        (Budget.Period.MONTHLY, None, "2026-12-31 23:59", "2027-01-01 00:00"),
        (Budget.Period.CUSTOM, 10, "2026-03-18 15:30", "2026-03-28 15:30"),
    ],
)
def test_reserve_rolls_a_budget_over_exactly_when_its_period_ends(period, custom_days, created, ends):
    created, ends = (dt.datetime.fromisoformat(f"{text}+00:00") for text in (created, ends))
    model = AIModelFactory()
    budget = budgets.budget_create(
        scope=Budget.Scope.GLOBAL,
        limit_usd=USD("1.00"),
        action=Budget.Action.BLOCK,
        period=period,
        custom_days=custom_days,
        now=created,
    )
    first_start = budget.period_start
    assert budgets.period_end(budget) == ends

    budgets.settle(budgets.reserve(user=None, model=model, estimate=USD("1.00"), now=created), USD("1.00"))
    just_before = budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=ends - dt.timedelta(microseconds=1))
    assert just_before.refused  # still the first period, and it is spent
    at_the_end = budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=ends)
    assert not at_the_end.refused
    budget.refresh_from_db()
    assert budget.period_start > first_start
    assert (budget.period_start, budget.spent, budget.reserved) == (ends, USD(0), USD("0.10"))
