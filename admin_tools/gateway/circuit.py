"""A circuit breaker per model, kept in the cache (shared by every process when the cache is Redis).

Closed: calls go through. A call that fails on a model (all its attempts, retries included, count once, and only
an outage counts: see ProviderError.is_outage) adds one to the model's failure count, atomically (cache.add /
cache.incr), so concurrent failures are all counted. At FAILURES the circuit opens: the model is skipped for
COOL_DOWN seconds. Then it is half-open: exactly one call, the one that wins cache.add of the trial key, is let
through, while the others keep skipping the model. The trial's success closes the circuit (the count is
forgotten); its failure opens it for another cool-down. A trial that ends neither way (its budget skipped the
model, the caller went away) hands the trial on; one whose process died gives it up when the key expires.

Three keys per model: the failure count, the time the circuit may close (open_until), and the trial token.
routing.route reads the first two with the registry, in one round trip.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

FAILURES = 3
COOL_DOWN = 30.0


def failures_key(model_pk: int) -> str:
    return f"gateway:circuit:{model_pk}:failures"


def open_until_key(model_pk: int) -> str:
    return f"gateway:circuit:{model_pk}:open-until"


def trial_key(model_pk: int) -> str:
    return f"gateway:circuit:{model_pk}:trial"


def keys(model_pk: int) -> tuple[str, str]:
    """The keys routing.route reads for each model (the trial key is only touched when half-open)."""
    return failures_key(model_pk), open_until_key(model_pk)


@dataclass(frozen=True)
class State:
    failures: int = 0
    open_until: float = 0.0


def state_from(found: dict, model_pk: int) -> State:
    """A model's state out of a cache.get_many of its `keys`."""
    return State(failures=found.get(failures_key(model_pk)) or 0, open_until=found.get(open_until_key(model_pk)) or 0.0)


def read(model_pk: int) -> State:
    return state_from(cache.get_many(keys(model_pk)), model_pk)


def is_open(model_pk: int, *, now: float | None = None) -> bool:
    """Open and cooling down: every call skips the model."""
    state = read(model_pk)
    return state.failures >= FAILURES and _now(now) < state.open_until


def is_half_open(model_pk: int, *, now: float | None = None) -> bool:
    state = read(model_pk)
    return state.failures >= FAILURES and _now(now) >= state.open_until


@dataclass(frozen=True)
class Admission:
    """Whether a call may go to the model; whether the model had failures on record when the call began (so
    its success must reset them); whether it is the half-open circuit's one trial call."""

    allowed: bool
    failures_on_record: bool = False
    trial: bool = False


def admit(model_pk: int, state: State, *, now: float | None = None) -> Admission:
    """From the state routing.route read. A call that began with no failures on record and did not fail itself
    has nothing to reset when it succeeds, so the gateway skips record_success then (one cache round trip less
    per call); failures that other calls record meanwhile are reset by the next success that began after them."""
    if not state.failures:
        return Admission(allowed=True)
    if state.failures < FAILURES:
        return Admission(allowed=True, failures_on_record=True)
    if _now(now) < state.open_until:
        return Admission(allowed=False)
    if cache.add(trial_key(model_pk), 1, timeout=_trial_seconds()):
        return Admission(allowed=True, failures_on_record=True, trial=True)
    return Admission(allowed=False)  # another call holds the trial


def _trial_seconds() -> float:
    """Long enough for the trial call's every attempt and wait between them (at most ten seconds each); after that
    a lost trial is given up."""
    return (settings.AI_TIMEOUT + 10) * (settings.AI_RETRIES + 1)


def record_failure(model_pk: int, *, now: float | None = None) -> int:
    """Count one failed call; open the circuit at FAILURES. Returns the count."""
    key = failures_key(model_pk)
    if cache.add(key, 1, timeout=None):
        failures = 1
    else:
        try:
            failures = cache.incr(key)
        except ValueError:  # a success reset the count between the two
            cache.add(key, 1, timeout=None)
            failures = 1
    if failures >= FAILURES:
        cache.set(open_until_key(model_pk), _now(now) + COOL_DOWN, timeout=None)
        cache.delete(trial_key(model_pk))
    return failures


def record_success(model_pk: int) -> None:
    cache.delete_many([failures_key(model_pk), open_until_key(model_pk), trial_key(model_pk)])


def trial_end(model_pk: int) -> None:
    """The trial call ended without a verdict on the model: let the next call try."""
    cache.delete(trial_key(model_pk))


def _now(now: float | None) -> float:
    return time.time() if now is None else now
