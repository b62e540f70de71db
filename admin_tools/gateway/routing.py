"""Which models may answer a request, in the order to try them."""

import os
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from admin_tools.gateway import circuit
from admin_tools.gateway.types import ModelSpec, Prices
from admin_tools.models import AIModel, Provider

ENABLED_KEY = "gateway:enabled-models"
# The token of the cached list, read with the circuits on every call: while it matches the copy this process
# unpickled last, that copy is used as it is (a registry row unpickles slowly, and every call would pay that).
VERSION_KEY = "gateway:enabled-models-version"
# Saving or deleting a registry row clears the cached list at once (signals, gateway/__init__.py); a change
# that bypasses save() (a queryset update) shows within this many seconds.
ENABLED_SECONDS = 30

# (token, models): the registry as this process last read it from the cache or the database.
_copy: tuple[str | None, list[AIModel]] = (None, [])


def enabled_models() -> list[AIModel]:
    """The enabled registry rows, kept in the cache (shared by every process with Redis), so a call costs a
    cache read here rather than a query. The list is shared by the calls of this process: read it, don't
    change it."""
    return _current(cache.get(VERSION_KEY))


def _current(version: str | None) -> list[AIModel]:
    """The rows the cache's `version` names: this process's copy, else the cached list, else the database
    (cached then under a new token)."""
    global _copy
    if version is not None and _copy[0] == version:
        return _copy[1]
    cached = cache.get(ENABLED_KEY)
    if cached is not None and cached[0] == version:
        _copy = cached
        return cached[1]
    models = list(AIModel.objects.enabled())
    token = uuid.uuid4().hex
    cache.set_many({ENABLED_KEY: (token, models), VERSION_KEY: token}, ENABLED_SECONDS)
    _copy = (token, models)
    return models


def enabled_models_forget() -> None:
    """Now, and again when the transaction that changed a row commits (a call in between could cache the
    rows as they were before the commit)."""
    keys = [ENABLED_KEY, VERSION_KEY]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def candidates(*, language: str, use_case: str) -> list[AIModel]:
    """Enabled models that serve this language and use case, by priority; the offline tutor last.
    Models that need a key whose environment variable is empty are left out (not configured)."""
    return _serving(enabled_models(), language, use_case)


def _serving(models: list[AIModel], language: str, use_case: str) -> list[AIModel]:
    models = [
        model
        for model in models
        if (not model.languages or language in model.languages)
        and (not model.use_cases or use_case in model.use_cases)
        and is_configured(model)
    ]
    return sorted(models, key=lambda model: (model.provider == Provider.OFFLINE, model.priority, model.pk))


# Which models' circuit states to read along with the registry: the enabled models this process saw last. Only
# a hint: a model it misses costs a second cache read, never a wrong answer.
_enabled_seen: tuple[int, ...] = ()


def route(*, language: str, use_case: str) -> tuple[list[AIModel], dict[int, circuit.State]]:
    """`candidates`, and the circuit state of each (see circuit.admit), in one cache round trip when the
    registry has not changed since this process last read it (its token and the circuits, small values)."""
    global _enabled_seen
    seen = _enabled_seen
    found = cache.get_many([VERSION_KEY, *(key for pk in seen for key in circuit.keys(pk))])
    models = _current(found.get(VERSION_KEY))
    _enabled_seen = tuple(model.pk for model in models)
    serving = _serving(models, language, use_case)
    unread = [key for model in serving if model.pk not in seen for key in circuit.keys(model.pk)]
    if unread:
        found.update(cache.get_many(unread))
    return serving, {model.pk: circuit.state_from(found, model.pk) for model in serving}


def is_configured(model: AIModel) -> bool:
    if model.provider == Provider.ANTHROPIC:
        return bool(_api_key(model))
    if model.provider == Provider.OPENAI_COMPAT:
        return bool(model.base_url)
    return True


def _api_key(model: AIModel) -> str:
    return os.environ.get(model.api_key_env, "") if model.api_key_env else ""


def spec_for(model: AIModel) -> ModelSpec:
    return ModelSpec(
        provider=model.provider,
        model_id=model.model_id,
        base_url=model.base_url,
        api_key=_api_key(model),
        timeout=settings.AI_TIMEOUT,
    )


def prices_of(model: AIModel) -> Prices:
    return Prices(
        input=model.price_input,
        output=model.price_output,
        cache_write=model.price_cache_write,
        cache_read=model.price_cache_read,
    )
