"""What the gateway tests share: a registry holding only the models a test creates (plus the offline
tutor), models pointed at the fake provider servers (tests/fakes), and fast retries.

Nothing in our code or the SDKs is patched: the settings fixture shortens the retry backoff, and the
API key is an environment variable, as in production."""

from decimal import Decimal

import pytest

from admin_tools.gateway.types import ChatRequest, Message
from admin_tools.models import AIModel, Provider, UsageRecord

KEY_ENV = "GATEWAY_TEST_ANTHROPIC_KEY"
ROW_FIELDS = (
    "model__model_id",
    "provider",
    "outcome",
    "is_fallback",
    "input_tokens",
    "output_tokens",
    "cache_write_tokens",
    "cache_read_tokens",
    "cost",
)


@pytest.fixture(name="gateway")
def gateway_fixture(db, settings, monkeypatch):
    """The seeded remote models switched off (the offline tutor stays, last in line), two retries
    after the first attempt with a millisecond backoff, and the test key in the environment."""
    settings.AI_RETRIES = 2
    settings.AI_RETRY_DELAY = 0.001
    settings.AI_TIMEOUT = 10.0
    monkeypatch.setenv(KEY_ENV, "test-key")
    AIModel.objects.exclude(provider=Provider.OFFLINE).update(enabled=False)
    return AIModel.objects.get(provider=Provider.OFFLINE)


def claude(fake, *, model_id="claude-test", priority=10, prices=("3", "15", "3.75", "0.30"), **fields) -> AIModel:
    """A registry row for an Anthropic model served by the fake Anthropic server."""
    return _model(
        provider=Provider.ANTHROPIC,
        model_id=model_id,
        base_url=fake.url,
        api_key_env=KEY_ENV,
        priority=priority,
        prices=prices,
        **fields,
    )


def local(fake, *, model_id="llama-test", priority=20, prices=("0.20", "0.60", "0", "0.05"), **fields) -> AIModel:
    """A registry row for an OpenAI-compatible model served by the fake OpenAI server."""
    return _model(
        provider=Provider.OPENAI_COMPAT,
        model_id=model_id,
        base_url=fake.base_url,
        priority=priority,
        prices=prices,
        **fields,
    )


def _model(*, prices, **fields) -> AIModel:
    price_input, price_output, price_cache_write, price_cache_read = (Decimal(price) for price in prices)
    return AIModel.objects.create(
        display_name=fields["model_id"],
        price_input=price_input,
        price_output=price_output,
        price_cache_write=price_cache_write,
        price_cache_read=price_cache_read,
        **fields,
    )


def spanish(text="Hola, quiero pedir un café.", **fields) -> ChatRequest:
    return ChatRequest(
        **{
            "system": "You are a friendly Spanish tutor.",
            "context": "Scenario: ordering coffee in a café in Madrid.",
            "messages": (Message("user", text),),
            "max_tokens": 300,
            "language": "es",
            "level": "A2",
            **fields,
        }
    )


def rows() -> list[tuple]:
    """The ledger in the order it was written, as comparable tuples (see ROW_FIELDS)."""
    return list(UsageRecord.objects.order_by("pk").values_list(*ROW_FIELDS))


class Deltas(list):
    """An on_delta callback that keeps what it was given."""

    def __call__(self, text: str) -> None:
        self.append(text)
