"""Which models may answer a request, in the order to try them."""

import os

from django.conf import settings

from admin_tools.gateway.types import ModelSpec, Prices
from admin_tools.models import AIModel, Provider


def candidates(*, language: str, use_case: str) -> list[AIModel]:
    """Enabled models that serve this language and use case, by priority; the offline tutor last.
    Models that need a key whose environment variable is empty are left out (not configured)."""
    models = [
        model
        for model in AIModel.objects.enabled()
        if (not model.languages or language in model.languages)
        and (not model.use_cases or use_case in model.use_cases)
        and is_configured(model)
    ]
    return sorted(models, key=lambda model: (model.provider == Provider.OFFLINE, model.priority, model.pk))


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
