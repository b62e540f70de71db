"""service.chat end to end: the real `anthropic` and `openai` SDKs against the local fake servers
(tests/fakes), the registry's prices, the budgets and the ledger in the database. Nothing is patched.

Fallback and retries: test_gateway_fallback.py. Concurrent calls against a budget: test_gateway_budget_race.py."""

import re
from decimal import Decimal

import pytest
from django.utils import timezone

from admin_tools import budgets
from admin_tools.gateway import circuit, service
from admin_tools.gateway.service import GatewayError
from admin_tools.gateway.types import Message
from admin_tools.models import Budget, UsageRecord
from admin_tools.tests.factories import UserFactory
from admin_tools.tests.gateway_support import (
    KEY_ENV,
    Deltas,
    claude,
    gateway_fixture,  # noqa: F401  (the `gateway` fixture)
    local,
    rows,
    spanish,
)

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
