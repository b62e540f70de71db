"""The circuit breaker under concurrency: failures counted atomically in the cache (also on Redis when
REDIS_URL is set), and a half-open circuit that lets exactly one of many concurrent calls through."""

import os
import threading
import uuid
from collections import Counter

import pytest
from django.db import connection

from admin_tools.gateway import circuit, service
from admin_tools.tests.gateway_support import (
    Deltas,
    claude,
    gateway_fixture,  # noqa: F401  (the `gateway` fixture)
    spanish,
)

THREADS = 20


def _caches() -> list:
    caches = [pytest.param({"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, id="locmem")]
    if os.environ.get("REDIS_URL"):
        redis = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"test-circuit-{uuid.uuid4().hex}",  # never meets another run's keys
        }
        caches.append(pytest.param(redis, id="redis"))
    return caches


def _at_once(target, count: int) -> list[Exception]:
    start = threading.Barrier(count, timeout=30)
    errors = []

    def run() -> None:
        try:
            start.wait()
            target()
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.parametrize("cache_settings", _caches())
def test_concurrent_failures_are_each_counted_and_open_the_circuit(settings, cache_settings):
    settings.CACHES = {"default": cache_settings}
    model_pk = 4242
    try:
        assert _at_once(lambda: circuit.record_failure(model_pk), THREADS) == []

        state = circuit.read(model_pk)
        assert state.failures == THREADS
        assert circuit.is_open(model_pk)
        circuit.record_success(model_pk)
        assert circuit.read(model_pk) == circuit.State()
    finally:
        circuit.record_success(model_pk)


@pytest.mark.parametrize("cache_settings", _caches())
def test_a_half_open_circuit_gives_its_trial_to_exactly_one_of_many_callers(settings, cache_settings):
    settings.CACHES = {"default": cache_settings}
    model_pk = 4343
    try:
        for _ in range(circuit.FAILURES):
            circuit.record_failure(model_pk, now=0.0)  # opened, and cooled down long ago
        admissions = []
        assert _at_once(lambda: admissions.append(circuit.admit(model_pk, circuit.read(model_pk))), THREADS) == []

        assert Counter(admissions) == {
            circuit.Admission(allowed=True, failures_on_record=True, trial=True): 1,
            circuit.Admission(allowed=False): THREADS - 1,
        }
    finally:
        circuit.record_success(model_pk)


@pytest.mark.django_db(transaction=True)
def test_of_many_concurrent_calls_to_a_half_open_model_one_is_its_trial_and_the_rest_fall_back(gateway, fake_anthropic):
    primary = claude(fake_anthropic)
    for _ in range(circuit.FAILURES):
        circuit.record_failure(primary.pk, now=0.0)
    fake_anthropic.reply_with("Uno dos tres cuatro cinco")
    fake_anthropic.slow(0.02)  # the trial is still streaming while the other calls route
    answers = []

    def call() -> None:
        reply = service.chat(
            user=None, feature="conversation", use_case="conversation", request=spanish(), on_delta=Deltas()
        )
        answers.append((reply.model_id, reply.is_fallback))

    connection.close()
    assert _at_once(call, 10) == []

    assert Counter(answers) == {("claude-test", False): 1, ("offline-tutor", True): 9}
    assert len(fake_anthropic.requests) == 1
    assert circuit.read(primary.pk) == circuit.State()  # the trial's success closed it
