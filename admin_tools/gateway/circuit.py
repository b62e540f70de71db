"""A circuit breaker per model, kept in the cache (shared by every process when the cache is Redis).

After FAILURES consecutive failed calls the circuit opens: the model is skipped for COOL_DOWN
seconds, then one call is let through (half-open); a success closes the circuit again."""

import time

from django.core.cache import cache

FAILURES = 3
COOL_DOWN = 30.0


def _key(model_pk: int) -> str:
    return f"gateway:circuit:{model_pk}"


def allows(model_pk: int, *, now: float | None = None) -> bool:
    state = cache.get(_key(model_pk))
    if not state or state["failures"] < FAILURES:
        return True
    return (now or time.time()) >= state["open_until"]


def is_open(model_pk: int, *, now: float | None = None) -> bool:
    return not allows(model_pk, now=now)


def record_failure(model_pk: int, *, now: float | None = None) -> None:
    state = cache.get(_key(model_pk)) or {"failures": 0, "open_until": 0.0}
    state["failures"] += 1
    if state["failures"] >= FAILURES:
        state["open_until"] = (now or time.time()) + COOL_DOWN
    cache.set(_key(model_pk), state, timeout=None)


def record_success(model_pk: int) -> None:
    cache.delete(_key(model_pk))
