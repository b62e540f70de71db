"""Which models may answer a request, in the order to try them."""

import os

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from admin_tools.gateway import circuit
from admin_tools.gateway.types import ModelSpec, Prices
from admin_tools.models import AIModel, Provider

ENABLED_KEY = "gateway:enabled-models"
# Saving or deleting a registry row clears the cached list at once (signals, gateway/__init__.py); a change
# that bypasses save() (a queryset update) shows within this many seconds.
ENABLED_SECONDS = 30


def enabled_models() -> list[AIModel]:
    """The enabled registry rows, kept in the cache (shared by every process with Redis), so a call costs a
    cache read here rather than a query."""
    models = cache.get(ENABLED_KEY)
    if models is None:
        models = list(AIModel.objects.enabled())
        cache.set(ENABLED_KEY, models, ENABLED_SECONDS)
    return models


def enabled_models_forget() -> None:
    """Now, and again when the transaction that changed a row commits (a call in between could cache the
    rows as they were before the commit)."""
    cache.delete(ENABLED_KEY)
    transaction.on_commit(lambda: cache.delete(ENABLED_KEY))


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
    registry has not changed since this process last read it."""
    global _enabled_seen
    seen = _enabled_seen
    found = cache.get_many([ENABLED_KEY, *(key for pk in seen for key in circuit.keys(pk))])
    models = found.get(ENABLED_KEY)
    if models is None:
        models = list(AIModel.objects.enabled())
        cache.set(ENABLED_KEY, models, ENABLED_SECONDS)
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
