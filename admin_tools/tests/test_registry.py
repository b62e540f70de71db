from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from admin_tools import registry
from admin_tools.models import AIModel

pytestmark = pytest.mark.django_db

PRICES = ["price_input", "price_output", "price_cache_write", "price_cache_read"]


def _registry() -> list[tuple]:
    return list(
        AIModel.objects.order_by("priority").values_list(
            "provider", "model_id", "enabled", "priority", "base_url", "api_key_env", *PRICES
        )
    )


def test_migrate_seeds_the_registry():
    d = Decimal
    assert _registry() == [
        ("anthropic", "claude-sonnet-4-5", True, 10, "", "ANTHROPIC_API_KEY", d(3), d(15), d("3.75"), d("0.30")),
        ("anthropic", "claude-haiku-4-5", True, 20, "", "ANTHROPIC_API_KEY", d(1), d(5), d("1.25"), d("0.10")),
        ("anthropic", "claude-opus-4-5", False, 30, "", "ANTHROPIC_API_KEY", d(5), d(25), d("6.25"), d("0.50")),
        ("openai_compat", "llama3.1:8b", False, 50, "http://127.0.0.1:11434/v1", "", d(0), d(0), d(0), d(0)),
        ("offline", "offline-tutor", True, 1000, "", "", d(0), d(0), d(0), d(0)),
    ]
    for model in AIModel.objects.all():
        model.full_clean()


@pytest.mark.parametrize(
    ("language", "use_case", "expected"),
    [
        ("fr", "conversation", ["claude-sonnet-4-5", "claude-haiku-4-5", "offline-tutor"]),
        ("fr", "analysis", ["claude-haiku-4-5", "offline-tutor"]),
        ("ja", "content", ["claude-sonnet-4-5", "claude-haiku-4-5", "offline-tutor"]),
    ],
)
def test_seeded_priorities_give_each_use_case_its_model_and_fallbacks(language, use_case, expected):
    served = [model.model_id for model in AIModel.objects.enabled() if model.serves(language, use_case)]
    assert served == expected


def test_registry_ensure_is_idempotent():
    before = _registry()
    assert registry.registry_ensure() == 0
    assert registry.registry_ensure() == 0
    assert _registry() == before


def test_registry_ensure_keeps_admin_edits_and_adds_missing_rows():
    AIModel.objects.filter(model_id="claude-sonnet-4-5").update(price_input=Decimal("2.5"), enabled=False, priority=5)
    AIModel.objects.filter(model_id="claude-haiku-4-5").delete()
    assert registry.registry_ensure() == 1
    sonnet = AIModel.objects.get(model_id="claude-sonnet-4-5")
    assert (sonnet.price_input, sonnet.enabled, sonnet.priority) == (Decimal("2.5"), False, 5)
    haiku = AIModel.objects.get(model_id="claude-haiku-4-5")
    assert (haiku.display_name, haiku.price_output, haiku.enabled) == ("Claude Haiku 4.5", Decimal(5), True)
    assert AIModel.objects.count() == 5


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"use_cases": ["chat"]}, "use_cases"),
        ({"languages": "fr"}, "languages"),
        ({"provider": "openai_compat", "base_url": ""}, "base_url"),
        ({"provider": "acme"}, "provider"),
        ({"price_input": Decimal("-1")}, "price_input"),
    ],
)
def test_ai_model_rejects_bad_settings_naming_the_field(fields, field):
    model = AIModel(**{"provider": "anthropic", "model_id": "x", "display_name": "X", **fields})
    with pytest.raises(ValidationError) as error:
        model.full_clean()
    assert list(error.value.message_dict) == [field]
