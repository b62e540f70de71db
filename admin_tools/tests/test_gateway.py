"""service.chat end to end: the real `anthropic` and `openai` SDKs against the local fake servers
(tests/fakes), the registry's prices, the budgets and the ledger in the database. Nothing is patched.

Fallback and retries: test_gateway_fallback.py. Concurrent calls against a budget: test_gateway_budget_race.py."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from admin_tools import budgets
from admin_tools.gateway import circuit, service
from admin_tools.gateway.service import GatewayError
from admin_tools.gateway.types import ChatRequest, Message
from admin_tools.models import Budget, BudgetAlert, UsageRecord
from admin_tools.tests.factories import AIModelFactory, UserFactory
from admin_tools.tests.gateway_support import (
    KEY_ENV,
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


# --- a streamed reply, priced and recorded


def test_streamed_claude_reply_is_relayed_in_order_and_recorded_at_the_servers_usage_and_registry_prices(
    gateway, fake_anthropic
):
    learner = UserFactory()
    model = claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    chunks = ["¡Claro!", " ¿Qué", " café", " quieres?"]
    fake_anthropic.reply_with(
        "".join(chunks),
        chunks=chunks,
        usage={
            "input_tokens": 1234,
            "output_tokens": 567,
            "cache_creation_input_tokens": 2048,
            "cache_read_input_tokens": 4096,
        },
    )
    deltas = Deltas()
    before = timezone.now()

    reply = service.chat(
        user=learner, feature="conversation", use_case="conversation", request=spanish(), on_delta=deltas
    )

    assert deltas == chunks
    assert (reply.text, reply.model_id, reply.provider, reply.is_fallback) == (
        "¡Claro! ¿Qué café quieres?",
        "claude-test",
        "anthropic",
        False,
    )
    # 1234 × $3 + 567 × $15 + 2048 × $3.75 + 4096 × $0.30 per million tokens
    # = $0.003702 + $0.008505 + $0.007680 + $0.0012288 = $0.0211158, stored to the micro-dollar
    expected_cost = USD("0.021116")
    assert reply.cost == expected_cost
    record = UsageRecord.objects.get()
    assert reply.usage_record_id == record.pk
    assert (
        record.user,
        record.feature,
        record.use_case,
        record.language,
        record.provider,
        record.model,
        record.model_name,
        record.outcome,
        record.is_fallback,
        record.error,
    ) == (learner, "conversation", "conversation", "es", "anthropic", model, "claude-test", "ok", False, "")
    assert (record.input_tokens, record.output_tokens, record.cache_write_tokens, record.cache_read_tokens) == (
        1234,
        567,
        2048,
        4096,
    )
    assert record.cost == expected_cost
    assert record.cost.quantize(USD("0.01")) == USD("0.02")
    assert re.fullmatch(r"[0-9a-f]{32}", record.request_id)
    assert record.provider_request_id == "req_fake_1"  # the request-id header, as Anthropic's logs know the call
    assert record.latency_ms >= 0
    assert before <= record.created_at <= timezone.now()

    (body,) = fake_anthropic.bodies
    assert body["stream"] is True
    assert body["model"] == "claude-test"
    assert body["max_tokens"] == 300
    assert body["system"] == [
        {"type": "text", "text": "You are a friendly Spanish tutor.", "cache_control": {"type": "ephemeral"}},
        {
            "type": "text",
            "text": "Scenario: ordering coffee in a café in Madrid.",
            "cache_control": {"type": "ephemeral"},
        },
    ]
    assert body["messages"] == [{"role": "user", "content": "Hola, quiero pedir un café."}]
    headers = fake_anthropic.requests[0].headers
    assert "test-key" in (headers.get("x-api-key") or headers.get("authorization", ""))  # the key from the environment


def test_each_call_gets_its_own_request_id_and_the_whole_history_is_sent(gateway, fake_anthropic):
    claude(fake_anthropic)
    history = (
        Message("user", "Hola."),
        Message("assistant", "¡Hola! ¿Cómo estás?"),
        Message("user", "Bien, gracias."),
    )
    for _ in range(3):
        service.chat(
            user=None,
            feature="conversation",
            use_case="conversation",
            request=spanish(messages=history),
            on_delta=Deltas(),
        )
    request_ids = list(UsageRecord.objects.values_list("request_id", flat=True))
    assert len(set(request_ids)) == 3
    assert all(
        body["messages"] == [{"role": m.role, "content": m.content} for m in history] for body in fake_anthropic.bodies
    )


def test_a_plain_claude_reply_without_on_delta_is_recorded_the_same_way(gateway, fake_anthropic):
    claude(fake_anthropic, prices=("1", "5", "1.25", "0.10"))
    fake_anthropic.reply_with("Muy bien.", usage={"input_tokens": 200, "output_tokens": 40})

    reply = service.chat(user=None, feature="correction", use_case="analysis", request=spanish())

    assert (reply.text, reply.is_fallback) == ("Muy bien.", False)
    assert "stream" not in fake_anthropic.bodies[0]
    # 200 × $1 + 40 × $5 per million = $0.000400
    assert rows() == [("claude-test", "anthropic", "ok", False, 200, 40, 0, 0, USD("0.000400"))]
    assert UsageRecord.objects.get().feature == "correction"


def test_streamed_reply_from_an_openai_compatible_server(gateway, fake_openai):
    learner = UserFactory()
    model = local(fake_openai, prices=("0.20", "0.60", "0", "0.05"))
    chunks = ["Bonjour", " !", " Un", " café", " ?"]
    fake_openai.reply_with(
        "".join(chunks),
        chunks=chunks,
        usage={"prompt_tokens": 5000, "completion_tokens": 700, "cached_tokens": 3000},
    )
    deltas = Deltas()
    request = spanish("Je voudrais un café.", language="fr")

    reply = service.chat(
        user=learner, feature="conversation", use_case="conversation", request=request, on_delta=deltas
    )

    assert deltas == chunks
    assert (reply.text, reply.model_id, reply.provider, reply.is_fallback) == (
        "Bonjour ! Un café ?",
        "llama-test",
        "openai_compat",
        False,
    )
    # The server counts the 3000 cached tokens inside its 5000 prompt tokens: 2000 plain input.
    # 2000 × $0.20 + 700 × $0.60 + 3000 × $0.05 per million = $0.000400 + $0.000420 + $0.000150
    expected_cost = USD("0.000970")
    record = UsageRecord.objects.get()
    assert (record.user, record.feature, record.use_case, record.language, record.model, record.outcome) == (
        learner,
        "conversation",
        "conversation",
        "fr",
        model,
        "ok",
    )
    assert rows() == [("llama-test", "openai_compat", "ok", False, 2000, 700, 0, 3000, expected_cost)]
    assert reply.cost == expected_cost
    assert record.provider_request_id == "chatcmpl-fake-1"  # no x-request-id header: the completion's id

    (body,) = fake_openai.bodies
    assert (body["model"], body["stream"], body["stream_options"], body["max_tokens"]) == (
        "llama-test",
        True,
        {"include_usage": True},
        300,
    )
    assert body["messages"] == [
        {
            "role": "system",
            "content": "You are a friendly Spanish tutor.\n\nScenario: ordering coffee in a café in Madrid.",
        },
        {"role": "user", "content": "Je voudrais un café."},
    ]


def test_a_call_settles_its_real_cost_in_every_covering_budget(gateway, fake_anthropic):
    learner = UserFactory()
    model = claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    everyone = budgets.budget_create(scope=Budget.Scope.GLOBAL, limit_usd=USD("10.00"), action=Budget.Action.BLOCK)
    own = budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("1.00"))
    per_model = budgets.budget_create(scope=Budget.Scope.MODEL, model=model, limit_usd=USD("5.00"))
    fake_anthropic.reply_with("Vale.", usage={"input_tokens": 1000, "output_tokens": 100})

    reply = service.chat(user=learner, feature="conversation", use_case="conversation", request=spanish())

    assert reply.cost == USD("0.004500")  # 1000 × $3 + 100 × $15 per million
    for budget in (everyone, own, per_model):
        budget.refresh_from_db()
        assert (budget.spent, budget.reserved) == (USD("0.004500"), USD(0))


# --- cut off mid-stream


def test_a_stream_cut_off_mid_way_is_an_error_and_still_recorded_with_its_usage_so_far(gateway, fake_anthropic):
    learner = UserFactory()
    model = claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    secondary = claude(fake_anthropic, model_id="claude-backup", priority=20)
    budget = budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("1.00"))
    fake_anthropic.reply_with(
        "Uno dos tres cuatro cinco",
        usage={"input_tokens": 800, "output_tokens": 5, "cache_read_input_tokens": 1000},
    )
    fake_anthropic.cut_off_after(2)
    deltas = Deltas()

    with pytest.raises(GatewayError) as caught:
        service.chat(user=learner, feature="conversation", use_case="conversation", request=spanish(), on_delta=deltas)

    assert caught.value.code == "cut_off"
    assert deltas == ["Uno", " dos"]
    # Not retried, and no other model asked: the learner has already seen part of this reply.
    assert len(fake_anthropic.requests) == 1
    # Input and cache reads from message_start; one output token per delta received (the final count never came).
    # 800 × $3 + 2 × $15 + 1000 × $0.30 per million = $0.002400 + $0.000030 + $0.000300
    assert rows() == [("claude-test", "anthropic", "cut_off", False, 800, 2, 0, 1000, USD("0.002730"))]
    record = UsageRecord.objects.get()
    assert (record.user, record.model, record.language) == (learner, model, "es")
    assert record.error
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (USD("0.002730"), USD(0))
    assert not circuit.is_open(model.pk)
    assert not UsageRecord.objects.filter(model=secondary).exists()


def test_an_overloaded_event_mid_stream_is_a_cut_off_too(gateway, fake_anthropic):
    claude(fake_anthropic)
    fake_anthropic.reply_with("Uno dos tres", usage={"input_tokens": 100})
    fake_anthropic.cut_off_after(1, error_type="overloaded_error")

    with pytest.raises(GatewayError) as caught:
        service.chat(user=None, feature="conversation", use_case="conversation", request=spanish(), on_delta=Deltas())

    assert caught.value.code == "cut_off"
    # 100 × $3 + 1 × $15 per million
    assert rows() == [("claude-test", "anthropic", "cut_off", False, 100, 1, 0, 0, USD("0.000315"))]


# --- nothing to answer with


def test_no_model_for_the_language_is_unavailable_and_records_nothing(gateway, fake_anthropic):
    gateway.enabled = False  # the offline tutor serves every language: switched off here
    gateway.save()
    claude(fake_anthropic, languages=["fr", "de"])

    with pytest.raises(GatewayError) as caught:
        service.chat(user=UserFactory(), feature="conversation", use_case="conversation", request=spanish())

    assert caught.value.code == "unavailable"
    assert fake_anthropic.requests == []
    assert UsageRecord.objects.count() == 0


def test_a_claude_model_without_its_key_in_the_environment_is_not_configured(gateway, fake_anthropic, monkeypatch):
    gateway.enabled = False
    gateway.save()
    claude(fake_anthropic)
    monkeypatch.delenv(KEY_ENV)

    with pytest.raises(GatewayError) as caught:
        service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())

    assert caught.value.code == "unavailable"
    assert fake_anthropic.requests == []


def test_a_model_for_other_use_cases_only_is_not_asked(gateway, fake_anthropic):
    claude(fake_anthropic, use_cases=["analysis"])

    reply = service.chat(user=None, feature="conversation", use_case="conversation", request=spanish())

    assert (reply.provider, reply.is_fallback) == ("offline", False)  # the only candidate: nothing to fall back from
    assert fake_anthropic.requests == []


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
