"""What the provider tests share: a Spanish lesson to send, a JSON schema to answer in, models pointed at the
fake servers (tests/fakes), and the ProviderError a failing call raises."""

import pytest

from admin_tools.gateway.types import ChatRequest, Message, ModelSpec, ProviderError

HISTORY = (
    Message("user", "Hola, me llamo Ana."),
    Message("assistant", "¡Hola, Ana! ¿De dónde eres?"),
    Message("user", "Soy de Madrid y tengo 20 años."),
)
REQUEST = ChatRequest(
    system="You are a friendly Spanish tutor.",
    context="Scenario: ordering coffee in a café in Madrid.",
    messages=HISTORY,
    max_tokens=300,
    temperature=0.7,
    language="es",
)
CORRECTIONS_SCHEMA = {
    "type": "object",
    "properties": {"corrections": {"type": "array", "items": {"type": "object"}}},
    "required": ["corrections"],
}


def claude(fake, **fields) -> ModelSpec:
    return ModelSpec(provider="anthropic", model_id="claude-test", base_url=fake.url, api_key="test-key", **fields)


def local_model(fake, **fields) -> ModelSpec:
    return ModelSpec(provider="openai_compat", model_id="llama-test", base_url=fake.base_url, **fields)


def failure(provider, spec, request, on_delta=None) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        provider.chat(spec, request, on_delta)
    return caught.value
