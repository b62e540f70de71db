"""service.chat when providers fail: retries with backoff, the circuit breaker, falling back along the
route to the offline tutor. Real SDKs against the fake servers (tests/fakes); AI_RETRIES = 2, so a model
gets three attempts per call."""

import time
from decimal import Decimal

import pytest
from django.core.cache import cache

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


def test_a_failing_primary_is_retried_then_the_next_model_answers_and_the_call_counts_one_failure(
    gateway, fake_anthropic, fake_openai
):
    primary = claude(fake_anthropic)
    local(fake_openai, prices=("0.20", "0.60", "0", "0"))
    fake_anthropic.fail_with(500, times=ATTEMPTS)
    fake_openai.reply_with("¡Claro que sí!", usage={"prompt_tokens": 1000, "completion_tokens": 10})
    deltas = Deltas()

    reply = _chat(on_delta=deltas)

    assert len(fake_anthropic.requests) == ATTEMPTS
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
    errors = UsageRecord.objects.filter(model=primary).order_by("pk").values_list("error", "provider_request_id")
    assert [(error[:15], request_id) for error, request_id in errors] == [
        ("Error code: 500", "req_fake_1"),
        ("Error code: 500", "req_fake_2"),
        ("Error code: 500", "req_fake_3"),
    ]
    # Three failed attempts, one failed call: one failure on the primary's record, its circuit still closed.
    assert circuit.read(primary.pk) == circuit.State(failures=1)


def test_failing_calls_open_the_circuit_and_then_the_primary_is_not_asked(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    secondary = local(fake_openai)
    fake_anthropic.fail_with(500, times=circuit.FAILURES * ATTEMPTS)

    for calls in range(1, circuit.FAILURES + 1):
        assert not circuit.is_open(primary.pk)
        assert (_chat().model_id, len(fake_anthropic.requests)) == ("llama-test", calls * ATTEMPTS)

    assert circuit.is_open(primary.pk)
    opened = circuit.read(primary.pk)
    assert opened.failures == circuit.FAILURES
    assert 0 < opened.open_until - time.time() <= circuit.COOL_DOWN
    second = _chat()  # skips the open circuit: the primary is not asked at all
    assert len(fake_anthropic.requests) == circuit.FAILURES * ATTEMPTS
    assert (second.model_id, second.is_fallback) == ("llama-test", True)
    assert UsageRecord.objects.filter(model=secondary, outcome="ok", is_fallback=True).count() == circuit.FAILURES + 1


def _opened_long_ago(model) -> None:
    long_ago = time.time() - circuit.COOL_DOWN - 1
    for _ in range(circuit.FAILURES):
        circuit.record_failure(model.pk, now=long_ago)
    assert circuit.is_half_open(model.pk)


def test_after_the_cool_down_an_open_circuit_lets_a_trial_call_through_and_its_success_closes_it(
    gateway, fake_anthropic, fake_openai
):
    primary = claude(fake_anthropic)
    local(fake_openai)
    _opened_long_ago(primary)

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("claude-test", False)
    assert len(fake_anthropic.requests) == 1
    assert circuit.read(primary.pk) == circuit.State()  # closed: the failures are forgotten
    assert cache.get(circuit.trial_key(primary.pk)) is None


def test_a_half_open_circuit_lets_one_trial_call_through_while_the_others_fall_back(gateway, fake_anthropic):
    primary = claude(fake_anthropic)
    _opened_long_ago(primary)
    assert circuit.admit(primary.pk, circuit.read(primary.pk)) == circuit.Admission(
        allowed=True, failures_on_record=True, trial=True
    )  # a trial call in flight, say in another process

    reply = _chat()

    assert (reply.provider, reply.is_fallback) == ("offline", True)
    assert fake_anthropic.requests == []
    circuit.trial_end(primary.pk)  # that trial ended without a verdict: the next call is the trial
    assert (_chat().model_id, len(fake_anthropic.requests)) == ("claude-test", 1)


def test_a_half_open_circuit_that_fails_again_opens_for_another_cool_down(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    local(fake_openai)
    _opened_long_ago(primary)
    fake_anthropic.fail_with(500, times=ATTEMPTS)

    reply = _chat()

    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert circuit.is_open(primary.pk)
    assert circuit.read(primary.pk).failures == circuit.FAILURES + 1
    assert not circuit.is_open(primary.pk, now=time.time() + circuit.COOL_DOWN + 1)
    _chat()
    assert len(fake_anthropic.requests) == ATTEMPTS


def test_a_half_open_trial_skipped_by_its_budget_hands_the_trial_on(gateway, fake_anthropic):
    primary = claude(fake_anthropic, prices=("0", "1000", "0", "0"))
    _opened_long_ago(primary)
    budget = budgets.budget_create(scope=Budget.Scope.MODEL, model=primary, limit_usd=USD("0.10"), action="block")

    assert _chat().provider == "offline"  # the trial's estimate ($0.30) does not fit: the model is skipped

    assert cache.get(circuit.trial_key(primary.pk)) is None
    budgets.budget_update(budget=budget, limit_usd=USD("5.00"))
    assert (_chat().model_id, len(fake_anthropic.requests)) == ("claude-test", 1)
    assert circuit.read(primary.pk) == circuit.State()


def test_all_remote_models_down_the_offline_tutor_answers(gateway, fake_anthropic, fake_openai):
    learner = UserFactory()
    first = claude(fake_anthropic)
    second = claude(fake_anthropic, model_id="claude-second", priority=15)
    third = local(fake_openai)
    fake_anthropic.fail_with(529, times=2 * ATTEMPTS * circuit.FAILURES)  # overloaded, for both Claude models
    fake_openai.fail_with(503, times=ATTEMPTS * circuit.FAILURES)
    budget = budgets.budget_create(scope=Budget.Scope.USER, user=learner, limit_usd=USD("1.00"))
    deltas = Deltas()

    reply = _chat(user=learner, on_delta=deltas)

    assert (reply.provider, reply.model_id, reply.is_fallback, reply.cost) == ("offline", "offline-tutor", True, 0)
    assert reply.text and "".join(deltas) == reply.text
    assert len(fake_anthropic.requests) == 2 * ATTEMPTS
    assert len(fake_openai.requests) == ATTEMPTS
    assert [circuit.read(model.pk).failures for model in (first, second, third)] == [1, 1, 1]
    assert rows() == [
        *_error_rows("claude-test", "anthropic", ATTEMPTS),
        *_error_rows("claude-second", "anthropic", ATTEMPTS, is_fallback=True),
        *_error_rows("llama-test", "openai_compat", ATTEMPTS, is_fallback=True),
        ("offline-tutor", "offline", "ok", True, reply.usage.input_tokens, reply.usage.output_tokens, 0, 0, USD(0)),
    ]
    # Every failed model gave its reservation back.
    budget.refresh_from_db()
    assert (budget.spent, budget.reserved) == (USD(0), USD(0))

    # Once every remote circuit is open, the offline tutor answers without asking anyone.
    for _ in range(circuit.FAILURES - 1):
        _chat(user=learner)
    assert all(circuit.is_open(model.pk) for model in (first, second, third))
    again = _chat(user=learner)
    assert (again.provider, again.is_fallback) == ("offline", True)
    assert len(fake_anthropic.requests) == 2 * ATTEMPTS * circuit.FAILURES
    assert len(fake_openai.requests) == ATTEMPTS * circuit.FAILURES


def test_all_models_down_and_no_offline_tutor_is_unavailable(gateway, fake_anthropic):
    gateway.enabled = False
    gateway.save()
    claude(fake_anthropic)
    fake_anthropic.fail_with(500, times=ATTEMPTS)

    with pytest.raises(GatewayError) as caught:
        _chat()

    assert caught.value.code == "unavailable"
    assert rows() == _error_rows("claude-test", "anthropic", ATTEMPTS)


def test_a_429_is_retried_after_the_wait_its_retry_after_asks_for(gateway, fake_anthropic):
    claude(fake_anthropic, prices=("3", "15", "3.75", "0.30"))
    fake_anthropic.fail_with(429)  # with retry-after: 1, as the API sends it
    fake_anthropic.reply_with("Vale, ¿algo más?", usage={"input_tokens": 100, "output_tokens": 20})
    started = time.monotonic()

    reply = _chat()

    assert time.monotonic() - started >= 1.0  # not the 1 ms backoff of these tests: the server's second
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
    assert (error_row.provider_request_id, ok_row.provider_request_id) == ("req_fake_1", "req_fake_2")
    assert circuit.read(ok_row.model_id) == circuit.State()  # the call succeeded: nothing against the model


def test_a_retry_after_longer_than_ai_timeout_waits_ai_timeout(gateway, fake_openai, settings):
    settings.AI_TIMEOUT = 0.3
    local(fake_openai)
    fake_openai.fail_with(429)  # retry-after: 1
    started = time.monotonic()

    reply = _chat()

    assert 0.3 <= time.monotonic() - started < 0.9
    assert (reply.model_id, len(fake_openai.requests)) == ("llama-test", 2)


@pytest.mark.parametrize(
    ("attempt", "retry_after", "timeout", "delay"),
    [
        (0, None, 60.0, 0.5),  # AI_RETRY_DELAY, doubled per attempt
        (1, None, 60.0, 1.0),
        (2, None, 60.0, 2.0),
        (0, 2.5, 60.0, 2.5),  # what the provider asked for
        (1, 0.0, 60.0, 0.0),
        (0, 120.0, 60.0, service.RETRY_AFTER_MAX),  # at most 10 s
        (0, 8.0, 5.0, 5.0),  # and at most AI_TIMEOUT
    ],
)
def test_retry_delay(settings, attempt, retry_after, timeout, delay):
    settings.AI_RETRY_DELAY, settings.AI_TIMEOUT = 0.5, timeout
    assert service.retry_delay(attempt, retry_after) == delay


def test_a_non_retryable_error_falls_back_at_once_and_does_not_count_against_the_model(
    gateway, fake_anthropic, fake_openai
):
    primary = claude(fake_anthropic)
    local(fake_openai)
    fake_anthropic.fail_with(400, message="messages: roles must alternate")

    reply = _chat()

    assert len(fake_anthropic.requests) == 1
    assert (reply.model_id, reply.is_fallback) == ("llama-test", True)
    assert circuit.read(primary.pk) == circuit.State()  # a 400 is about this request, not the provider's health
    assert [row[:4] for row in rows()] == [
        ("claude-test", "anthropic", "error", False),
        ("llama-test", "openai_compat", "ok", True),
    ]


def test_a_refused_key_falls_back_at_once_and_counts_against_the_model(gateway, fake_anthropic, fake_openai):
    primary = claude(fake_anthropic)
    local(fake_openai)
    fake_anthropic.fail_with(401)

    assert _chat().model_id == "llama-test"

    assert len(fake_anthropic.requests) == 1
    assert circuit.read(primary.pk) == circuit.State(failures=1)  # every call would fail the same way


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
