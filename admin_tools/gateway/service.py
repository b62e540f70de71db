"""chat(): the one way any app calls an AI model.

For each candidate model in route order: skip it if its circuit is open; reserve the estimated
cost in every budget that covers the call; call the provider (streaming deltas to `on_delta`),
retrying 429/5xx/timeouts with backoff; settle the real cost from the provider's usage; write one
ledger row per attempt. A failed model hands over to the next one; the offline tutor comes last.
"""

import logging
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

from admin_tools import budgets
from admin_tools.gateway import circuit, pricing, routing
from admin_tools.gateway.providers import provider_for
from admin_tools.gateway.types import ChatRequest, GatewayReply, OnDelta, ProviderError, ProviderReply, Usage
from admin_tools.models import AIModel, UsageRecord, User

log = logging.getLogger(__name__)


class GatewayError(Exception):
    """No answer. `code` tells the page what to show: "budget_blocked", "unavailable" or "cut_off"."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class _Call:
    """Who asked, for what: copied onto every ledger row the call writes."""

    user: User | None
    feature: str
    use_case: str
    request: ChatRequest
    on_delta: OnDelta | None


def chat(
    *,
    user: User | None,
    feature: str,
    use_case: str,
    request: ChatRequest,
    on_delta: OnDelta | None = None,
) -> GatewayReply:
    call = _Call(user=user, feature=feature, use_case=use_case, request=request, on_delta=on_delta)
    models, circuits = routing.route(language=request.language, use_case=use_case)
    if not models:
        raise GatewayError("unavailable", "No AI model is configured for this language.")
    for position, model in enumerate(models):
        allowed, failures_on_record = circuit.verdict(circuits[model.pk])
        if not allowed:
            continue
        prices = routing.prices_of(model)
        reservation = budgets.reserve(user=user, model=model, estimate=pricing.estimate(request, prices))
        if reservation.refused:
            _record(call, model=model, outcome=UsageRecord.Outcome.REFUSED, is_fallback=position > 0)
            raise GatewayError("budget_blocked", "The AI budget for this period is used up.")
        if reservation.skip_model:
            continue
        reply = _call_with_retries(
            call, model=model, reservation=reservation, is_fallback=position > 0, failures_on_record=failures_on_record
        )
        if reply is not None:
            return reply
    raise GatewayError("unavailable", "The tutor cannot answer right now. Please try again in a moment.")


def _call_with_retries(
    call: _Call, *, model: AIModel, reservation, is_fallback: bool, failures_on_record: bool
) -> GatewayReply | None:
    """Answer from this model, or None after its last failed attempt (nothing stays reserved).
    `failures_on_record`: the circuit had failures when the call began, so a success must reset them."""
    request, on_delta = call.request, call.on_delta
    provider = provider_for(model.provider)
    spec = routing.spec_for(model)
    prices = routing.prices_of(model)
    streamed = []

    def relay(text: str) -> None:
        streamed.append(text)
        on_delta(text)

    for attempt in range(settings.AI_RETRIES + 1):
        started = time.monotonic()
        try:
            reply = provider.chat(spec, request, relay if on_delta is not None else None)
        except ProviderError as error:
            latency = _ms(started)
            circuit.record_failure(model.pk)
            failures_on_record = True
            partial = error.partial or ProviderReply(text="", usage=Usage())
            cost = pricing.cost(partial.usage, prices)
            outcome = UsageRecord.Outcome.CUT_OFF if streamed else UsageRecord.Outcome.ERROR
            last = bool(streamed) or not error.retryable or attempt == settings.AI_RETRIES
            _record(
                call,
                model=model,
                outcome=outcome,
                usage=partial.usage,
                cost=cost,
                latency_ms=latency,
                is_fallback=is_fallback,
                error=str(error),
                settles=reservation if last else None,
            )
            if streamed:  # the learner has seen part of this reply: a retry would repeat it
                raise GatewayError("cut_off", "The reply was cut off. Please send your message again.") from error
            if last:
                log.warning("model %s failed: %s", model.model_id, error)
                return None
            time.sleep(settings.AI_RETRY_DELAY * 2**attempt)
            continue
        except Exception as error:
            # Not the provider's failure (on_delta raised because the learner went away, say): record the
            # attempt, give the reservation back, and let the caller have its own error.
            _record(
                call,
                model=model,
                outcome=UsageRecord.Outcome.CUT_OFF if streamed else UsageRecord.Outcome.ERROR,
                latency_ms=_ms(started),
                is_fallback=is_fallback,
                error=f"{type(error).__name__}: {error}",
                settles=reservation,
            )
            raise
        cost = pricing.cost(reply.usage, prices)
        record = _record(
            call,
            model=model,
            outcome=UsageRecord.Outcome.OK,
            usage=reply.usage,
            cost=cost,
            latency_ms=_ms(started),
            is_fallback=is_fallback,
            settles=reservation,
        )
        if failures_on_record:
            circuit.record_success(model.pk)
        return GatewayReply(
            text=reply.text,
            model_id=model.model_id,
            provider=model.provider,
            is_fallback=is_fallback,
            usage=reply.usage,
            cost=cost,
            usage_record_id=record.pk,
        )
    return None


def _ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _record(
    call: _Call,
    *,
    model: AIModel,
    outcome,
    usage: Usage | None = None,
    cost=Decimal(0),
    latency_ms=0,
    is_fallback=False,
    error="",
    settles: budgets.Reservation | None = None,
) -> UsageRecord:
    """Write the attempt's ledger row; with `settles`, in the same transaction as settling that reservation at
    the row's cost (one statement on PostgreSQL)."""
    usage = usage or Usage()
    record = UsageRecord(
        request_id=uuid.uuid4().hex,
        user=call.user,
        feature=call.feature,
        use_case=call.use_case,
        language=call.request.language,
        provider=model.provider,
        model=model,
        model_name=model.model_id,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_write_tokens=usage.cache_write_tokens,
        cache_read_tokens=usage.cache_read_tokens,
        cost=cost,
        latency_ms=latency_ms,
        outcome=outcome,
        is_fallback=is_fallback,
        error=error[:300],
    )
    if settles is None:
        record.save()
    else:
        budgets.settle(settles, cost, record=record)
    return record
