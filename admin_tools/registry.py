"""The models a fresh install starts with. Prices are Anthropic's published list prices in USD per
million tokens; cache writes at the 5-minute rate (1.25 × input), cache reads at 0.1 × input.

Routing tries lower priorities first among the models serving a use case: Sonnet answers
conversations and generates content, Haiku does corrections and analysis and is the cheaper
fallback for the rest, Opus is there to be switched on, a local Ollama server is free once
configured, and the offline tutor answers last, whatever happens.
"""

from decimal import Decimal

from admin_tools.gateway.types import UseCase
from admin_tools.models import AIModel, Provider

ANTHROPIC_KEY = "ANTHROPIC_API_KEY"
OFFLINE_PRIORITY = 1000

SEED: list[dict] = [
    {
        "provider": Provider.ANTHROPIC,
        "model_id": "claude-sonnet-4-5",
        "display_name": "Claude Sonnet 4.5",
        "priority": 10,
        "use_cases": [UseCase.CONVERSATION, UseCase.CONTENT],
        "api_key_env": ANTHROPIC_KEY,
        "prices": ("3", "15", "3.75", "0.30"),
    },
    {
        "provider": Provider.ANTHROPIC,
        "model_id": "claude-haiku-4-5",
        "display_name": "Claude Haiku 4.5",
        "priority": 20,
        "use_cases": [],
        "api_key_env": ANTHROPIC_KEY,
        "prices": ("1", "5", "1.25", "0.10"),
    },
    {
        "provider": Provider.ANTHROPIC,
        "model_id": "claude-opus-4-5",
        "display_name": "Claude Opus 4.5",
        "priority": 30,
        "enabled": False,
        "use_cases": [],
        "api_key_env": ANTHROPIC_KEY,
        "prices": ("5", "25", "6.25", "0.50"),
    },
    {
        "provider": Provider.OPENAI_COMPAT,
        "model_id": "llama3.1:8b",
        "display_name": "Local Ollama (Llama 3.1 8B)",
        "priority": 50,
        "enabled": False,
        "use_cases": [],
        "base_url": "http://127.0.0.1:11434/v1",
        "context_window": 128_000,
        "prices": ("0", "0", "0", "0"),
    },
    {
        "provider": Provider.OFFLINE,
        "model_id": "offline-tutor",
        "display_name": "Offline tutor",
        "priority": OFFLINE_PRIORITY,
        "use_cases": [],
        "context_window": 1_000_000,
        "prices": ("0", "0", "0", "0"),
    },
]


def registry_ensure() -> int:
    """Add the seeded models that are missing (idempotent; runs after migrate). A row that exists is
    left exactly as the admin set it. Returns how many were added."""
    added = 0
    for seed in SEED:
        fields = dict(seed)
        price_input, price_output, price_cache_write, price_cache_read = (Decimal(p) for p in fields.pop("prices"))
        _, created = AIModel.objects.get_or_create(
            provider=fields.pop("provider"),
            model_id=fields.pop("model_id"),
            base_url=fields.pop("base_url", ""),
            defaults={
                **fields,
                "price_input": price_input,
                "price_output": price_output,
                "price_cache_write": price_cache_write,
                "price_cache_read": price_cache_read,
            },
        )
        added += created
    return added


MODEL_SETTINGS = ["enabled", "priority", "price_input", "price_output", "price_cache_write", "price_cache_read"]


def ai_model_update(*, model: AIModel, **changes) -> AIModel:
    """Switch a model on or off, reorder it, or change its prices (the admin API). The rules are the
    model's own (AIModel.clean, its fields and constraints); nothing is stored when one fails."""
    unknown = set(changes) - set(MODEL_SETTINGS)
    if unknown:
        raise TypeError(f"Not a model setting: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(model, name, value)
    model.full_clean()
    model.save(update_fields=[*changes, "updated_at"])
    return model


def ai_model_create(**fields) -> AIModel:
    """A new registry row (the admin API); the rules are the model's own, and nothing is stored when one fails.
    The gateway's cached registry is cleared on save, so it serves from the next call."""
    model = AIModel(**fields)
    model.full_clean()
    model.save()
    return model


def ai_model_delete(*, model: AIModel) -> None:
    """Remove a registry row. Its ledger rows stay (model_name keeps what was called); its model budgets go."""
    model.delete()
