"""service.chat when providers fail: retries with backoff, the circuit breaker, falling back along the
route to the offline tutor. Real SDKs against the fake servers (tests/fakes); AI_RETRIES = 2, so a model
gets three attempts per call."""

import time
from decimal import Decimal

import pytest

from admin_tools import budgets
from admin_tools.gateway import circuit, service
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
ATTEMPTS = 3  # the first try and AI_RETRIES = 2 retries


def _chat(*, user=None, on_delta=None):
    return service.chat(
        user=user,
        feature="conversation",
        use_case="conversation",
        request=spanish(),
        on_delta=Deltas() if on_delta is None else on_delta,
    )


def _error_rows(model_id: str, provider: str, count: int, *, is_fallback=False) -> list[tuple]:
    return [(model_id, provider, "error", is_fallback, 0, 0, 0, 0, USD(0))] * count


def test_a_failing_primary_is_retried_then_its_circuit_opens_and_the_next_model_answers(
    gateway, fake_anthropic, fake_openai
):
    primary = claude(fake_anthropic)
    secondary = local(fake_openai, prices=("0.20", "0.60", "0", "0"))
    fake_anthropic.fail_with(500, times=ATTEMPTS)
    fake_openai.reply_with("¡Claro que sí!", usage={"prompt_tokens": 1000, "completion_tokens": 10})
    deltas = Deltas()

    reply = _chat(on_delta=deltas)

    assert len(fake_anthropic.requests) == ATTEMPTS
    assert circuit.is_open(primary.pk)
    assert (reply.text, reply.model_id, reply.provider, reply.is_fallback) == (
        "¡Claro que sí!",
        "llama-test",
        "openai_compat",
        True,
    )
    assert "".join(deltas) == "¡Claro que sí!"  # the failed attempts streamed nothing
    # 1000 × $0.20 + 10 × $0.60 per million
    assert rows() == [
        *_error_rows("claude-test", "anthropic", ATTEMPTS),
        ("llama-test", "openai_compat", "ok", True, 1000, 10, 0, 0, USD("0.000206")),
    ]
    errors = UsageRecord.objects.filter(model=primary).values_list("error", flat=True)
    assert all("500" in error for error in errors)

    # The next call skips the open circuit: the primary is not asked at all.
    second = _chat()
    assert len(fake_anthropic.requests) == ATTEMPTS
    assert len(fake_openai.requests) == 2
    assert (second.model_id, second.is_fallback) == ("llama-test", True)
    assert UsageRecord.objects.filter(model=secondary, outcome="ok", is_fallback=True).count() == 2


def test_after_the_cool_down_an_open_circuit_lets_a_call_through_and_its_success_closes_it(
    gateway, fake_anthropic, fake_openai
):
    primary = claude(fake_anthropic)
    local(fake_openai)
    long_ago = time.time() - circuit.COOL_DOWN - 1
    for _ in range(circuit.FAILURES):
        circuit.record_failure(primary.pk, now=long_ago)
    assert circuit.is_open(primary.pk, now=long_ago)
    assert not circuit.is_open(primary.pk)  # the cool-down has passed: half-open

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("claude-test", False)
    assert len(fake_anthropic.requests) == 1
    assert not circuit.is_open(primary.pk, now=long_ago)  # closed: the failures are forgotten


def test_a_half_open_circuit_that_fails_again_opens_for_another_cool_down(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    local(fake_openai)
    long_ago = time.time() - circuit.COOL_DOWN - 1
    for _ in range(circuit.FAILURES):
        circuit.record_failure(primary.pk, now=long_ago)
    fake_anthropic.fail_with(500, times=ATTEMPTS)

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert circuit.is_open(primary.pk)
    assert not circuit.is_open(primary.pk, now=time.time() + circuit.COOL_DOWN + 1)
    _chat()
    assert len(fake_anthropic.requests) == ATTEMPTS


def test_all_remote_models_down_the_offline_tutor_answers(gateway, fake_anthropic, fake_openai):
    learner = UserFactory()
    first = claude(fake_anthropic)
    second = claude(fake_anthropic, model_id="claude-second", priority=15)
    third = local(fake_openai)
    fake_anthropic.fail_with(529, times=2 * ATTEMPTS)  # overloaded, for both Claude models
    fake_openai.fail_with(503, times=ATTEMPTS)
    budget = budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("1.00"))
    deltas = Deltas()

    reply = _chat(user=learner, on_delta=deltas)

    assert (reply.provider, reply.model_id, reply.is_fallback, reply.cost) == ("offline", "offline-tutor", True, 0)
    assert reply.text and "".join(deltas) == reply.text
    assert len(fake_anthropic.requests) == 2 * ATTEMPTS
    assert len(fake_openai.requests) == ATTEMPTS
    assert all(circuit.is_open(model.pk) for model in (first, second, third))
    assert rows() == [
        *_error_rows("claude-test", "anthropic", ATTEMPTS),
        *_error_rows("claude-second", "anthropic", ATTEMPTS, is_fallback=True),
        *_error_rows("llama-test", "openai_compat", ATTEMPTS, is_fallback=True),
        ("offline-tutor", "offline", "ok", True, reply.usage.input_tokens, reply.usage.output_tokens, 0, 0, USD(0)),
    ]
    # Every failed model gave its reservation back.
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (USD(0), USD(0))

    # Next call: every remote circuit is open, the offline tutor answers without asking anyone.
    again = _chat(user=learner)
    assert (again.provider, again.is_fallback) == ("offline", True)
    assert (len(fake_anthropic.requests), len(fake_openai.requests)) == (2 * ATTEMPTS, ATTEMPTS)


def test_all_models_down_and_no_offline_tutor_is_unavailable(gateway, fake_anthropic):
    gateway.enabled = False
    gateway.save()
    claude(fake_anthropic)
    fake_anthropic.fail_with(500, times=ATTEMPTS)

    with pytest.raises(GatewayError) as caught:
        _chat()

    assert caught.value.code == "unavailable"
    assert rows() == _error_rows("claude-test", "anthropic", ATTEMPTS)


def test_a_429_is_retried_and_the_retry_answers(gateway, fake_anthropic):
    model = claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    fake_anthropic.fail_with(429)
    fake_anthropic.reply_with("Vale, ¿algo más?", usage={"input_tokens": 100, "output_tokens": 20})

    reply = _chat()

    assert (reply.text, reply.model_id, reply.is_fallback) == ("Vale, ¿algo más?", "claude-test", False)
    assert len(fake_anthropic.requests) == 2
    # One row per attempt: the refused attempt (nothing charged), then the answer (100 × $3 + 20 × $15 per million).
    assert rows() == [
        ("claude-test", "anthropic", "error", False, 0, 0, 0, 0, USD(0)),
        ("claude-test", "anthropic", "ok", False, 100, 20, 0, 0, USD("0.000600")),
    ]
    error_row, ok_row = UsageRecord.objects.order_by("pk")
    assert error_row.error.startswith("Error code: 429")
    assert ok_row.error == ""
    assert error_row.request_id != ok_row.request_id
    # The success reset the failure count: two more failures do not open the circuit.
    circuit.record_failure(model.pk)
    circuit.record_failure(model.pk)
    assert not circuit.is_open(model.pk)
    circuit.record_failure(model.pk)
    assert circuit.is_open(model.pk)


def test_a_non_retryable_error_falls_back_at_once(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    local(fake_openai)
    fake_anthropic.fail_with(400, message="messages: roles must alternate")

    reply = _chat()

    assert len(fake_anthropic.requests) == 1
    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert not circuit.is_open(primary.pk)  # one failure: below the threshold
    assert [row[:4] for row in rows()] == [
        ("claude-test", "anthropic", "error", False),
        ("llama-test", "openai_compat", "ok", True),
    ]


def test_a_stream_broken_before_any_text_is_retried(gateway, fake_anthropic):
    claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    fake_anthropic.reply_with("Hola", usage={"input_tokens": 100, "output_tokens": 1})
    fake_anthropic.cut_off_after(0)
    fake_anthropic.reply_with("Hola otra vez", usage={"input_tokens": 100, "output_tokens": 3})

    reply = _chat()

    # The learner saw nothing of the broken stream, so a retry repeats nothing.
    assert (reply.text, reply.is_fallback) == ("Hola otra vez", False)
    assert len(fake_anthropic.requests) == 2
    # The broken attempt is recorded with what message_start reported (100 input tokens, 1 output).
    assert rows() == [
        ("claude-test", "anthropic", "error", False, 100, 1, 0, 0, USD("0.000315")),
        ("claude-test", "anthropic", "ok", False, 100, 3, 0, 0, USD("0.000345")),
    ]
