"""A circuit breaker per model, kept in the cache (shared by every process when the cache is Redis).

After FAILURES consecutive failed calls the circuit opens: the model is skipped for COOL_DOWN
seconds, then one call is let through (half-open); a success closes the circuit again."""

import time

from django.core.cache import cache

FAILURES = 3
COOL_DOWN = 30.0


def key(model_pk: int) -> str:
    return f"gateway:circuit:{model_pk}"


def allows(model_pk: int, *, now: float | None = None) -> bool:
    return verdict(cache.get(key(model_pk)), now=now)[0]


def verdict(state: dict | None, *, now: float | None = None) -> tuple[bool, bool]:
    """From a model's state in the cache (routing.route reads them with the registry, in one round trip):
    whether a call may go to the model, and whether it has failures on record. A call that began with none
    and did not fail itself has nothing to reset when it succeeds, so the gateway skips record_success then
    (one cache round trip less per call); failures that other calls record meanwhile are reset by the next
    success that began after them."""
    if not state:
        return True, False
    return state["failures"] < FAILURES or (now or time.time()) >= state["open_until"], True


def is_open(model_pk: int, *, now: float | None = None) -> bool:
    return not allows(model_pk, now=now)


def record_failure(model_pk: int, *, now: float | None = None) -> None:
    state = cache.get(key(model_pk)) or {"failures": 0, "open_until": 0.0}
    state["failures"] += 1
    if state["failures"] >= FAILURES:
        state["open_until"] = (now or time.time()) + COOL_DOWN
    cache.set(key(model_pk), state, timeout=None)


def record_success(model_pk: int) -> None:
    cache.delete(key(model_pk))
