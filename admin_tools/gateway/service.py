"""chat(): the one way any app calls an AI model.

For each candidate model in route order: skip it if its circuit is open (or half-open with its one trial call
taken); reserve the estimated cost in every budget that covers the call (a full global or user budget that
blocks refuses the whole call, a full provider or model budget only skips this model); call the provider
(streaming deltas to `on_delta`), retrying 429/5xx/timeouts after the wait the provider asked for or a
backoff; settle the real cost from the provider's usage; write one ledger row per attempt. A failed model
counts one failure against its circuit and hands over to the next one; the offline tutor comes last.
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
from admin_tools.gateway.types import (
    CallerGone,
    ChatRequest,
    GatewayReply,
    OnDelta,
    ProviderError,
    ProviderReply,
    Usage,
)
from admin_tools.models import AIModel, UsageRecord, User

log = logging.getLogger(__name__)

# The longest a retry waits when the provider's retry-after asks for more (a learner is waiting for the reply);
# AI_TIMEOUT caps it too.
RETRY_AFTER_MAX = 10.0


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
        admission = circuit.admit(model.pk, circuits[model.pk])
        if not admission.allowed:
            continue
        prices = routing.prices_of(model)
        reservation = budgets.reserve(user=user, model=model, estimate=pricing.estimate(request, prices))
        if reservation.refused or reservation.skip_model:
            if admission.trial:
                circuit.trial_end(model.pk)
            if reservation.skip_model:
                continue
            _record(call, model=model, outcome=UsageRecord.Outcome.REFUSED, is_fallback=position > 0)
            raise GatewayError("budget_blocked", "The AI budget for this period is used up.")
        reply = _call_with_retries(
            call, model=model, reservation=reservation, is_fallback=position > 0, admission=admission
        )
        if reply is not None:
            return reply
    raise GatewayError("unavailable", "The tutor cannot answer right now. Please try again in a moment.")


def retry_delay(attempt: int, retry_after: float | None) -> float:
    """Seconds to wait before retrying after failed attempt number `attempt` (0 for the first): what the provider
    asked for in its retry-after, at most RETRY_AFTER_MAX and AI_TIMEOUT, else a backoff doubling from
    AI_RETRY_DELAY."""
    if retry_after is not None:
        return min(retry_after, RETRY_AFTER_MAX, settings.AI_TIMEOUT)
    return settings.AI_RETRY_DELAY * 2**attempt


def _call_with_retries(
    call: _Call, *, model: AIModel, reservation, is_fallback: bool, admission: circuit.Admission
) -> GatewayReply | None:
    """Answer from this model, or None after its last failed attempt (nothing stays reserved). However many
    attempts fail, the call counts one failure against the model's circuit, and only for an outage."""
    request, on_delta = call.request, call.on_delta
    provider = provider_for(model.provider)
    spec = routing.spec_for(model)
    prices = routing.prices_of(model)
    streamed: list[str] = []

    def relay(text: str) -> None:
        streamed.append(text)
        on_delta(text)

    for attempt in range(settings.AI_RETRIES + 1):
        started = time.monotonic()
        try:
            reply = provider.chat(spec, request, relay if on_delta is not None else None)
        except ProviderError as error:
            partial = error.partial or ProviderReply(text="", usage=Usage())
            last = bool(streamed) or not error.retryable or attempt == settings.AI_RETRIES
            _record(
                call,
                model=model,
                outcome=UsageRecord.Outcome.CUT_OFF if streamed else UsageRecord.Outcome.ERROR,
                usage=partial.usage,
                cost=pricing.cost(partial.usage, prices),
                latency_ms=_ms(started),
                is_fallback=is_fallback,
                error=str(error),
                provider_request_id=error.request_id,
                settles=reservation if last else None,
            )
            if not last:
                time.sleep(retry_delay(attempt, error.retry_after))
                continue
            if error.is_outage:
                circuit.record_failure(model.pk)
            elif admission.trial:
                circuit.trial_end(model.pk)
            if streamed:  # the learner has seen part of this reply: a retry would repeat it
                raise GatewayError("cut_off", "The reply was cut off. Please send your message again.") from error
            log.warning("model %s failed: %s", model.model_id, error)
            return None
        except Exception as error:
            # Not the provider's failure (on_delta raised because the learner went away, say): the tokens the
            # provider reported so far are billed all the same, so the attempt is priced from them (or, if it
            # never said, from the request and the text streamed), settled, and the caller gets its own error.
            partial = error.partial if isinstance(error, CallerGone) else None
            usage = partial.usage if partial is not None else pricing.usage_estimate(request, streamed)
            _record(
                call,
                model=model,
                outcome=UsageRecord.Outcome.CUT_OFF if streamed else UsageRecord.Outcome.ERROR,
                usage=usage,
                cost=pricing.cost(usage, prices),
                latency_ms=_ms(started),
                is_fallback=is_fallback,
                error=_describe(error),
                provider_request_id=partial.request_id if partial is not None else "",
                settles=reservation,
            )
            if admission.trial:
                circuit.trial_end(model.pk)
            if isinstance(error, CallerGone):
                raise error.__cause__ from None
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
            provider_request_id=reply.request_id,
            settles=reservation,
        )
        if admission.failures_on_record:
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


def _describe(error: Exception) -> str:
    cause = error.__cause__ if isinstance(error, CallerGone) else error
    return f"{type(cause).__name__}: {cause}"


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
    provider_request_id="",
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
        provider_request_id=provider_request_id[:100],
    )
    if settles is None:
        record.save()
    else:
        budgets.settle(settles, cost, record=record)
    return record
