"""The provider for each registry kind, and the Anthropic provider through the official SDK, against a local
server speaking the real wire format (tests/fakes). Nothing in our code or the SDK is patched. OpenAI-compatible
servers: test_providers_openai_compat.py."""

import json

import pytest

from admin_tools.gateway.providers import provider_for
from admin_tools.gateway.providers.anthropic import AnthropicProvider
from admin_tools.gateway.providers.offline import OfflineProvider
from admin_tools.gateway.providers.openai_compat import OpenAICompatProvider
from admin_tools.gateway.types import ChatRequest, Message, ModelSpec, ProviderReply, Usage
from admin_tools.tests.provider_support import CORRECTIONS_SCHEMA, HISTORY, REQUEST, claude, failure


def test_provider_for_maps_each_registry_kind():
    assert type(provider_for("anthropic")) is AnthropicProvider
    assert type(provider_for("openai_compat")) is OpenAICompatProvider
    assert type(provider_for("offline")) is OfflineProvider
    with pytest.raises(KeyError):
        provider_for("unknown")


# --- Anthropic


def test_anthropic_stream_relays_each_delta_in_order_and_returns_the_final_usage(fake_anthropic):
    fake_anthropic.reply_with(
        "¡Muy bien! ¿Y qué estudias?",
        chunks=["¡Muy", " bien!", " ¿Y qué", " estudias?"],
        usage={
            "input_tokens": 120,
            "output_tokens": 11,
            "cache_creation_input_tokens": 2048,
            "cache_read_input_tokens": 0,
        },
    )
    deltas = []

    reply = AnthropicProvider().chat(claude(fake_anthropic), REQUEST, deltas.append)

    assert deltas == ["¡Muy", " bien!", " ¿Y qué", " estudias?"]
    assert reply == ProviderReply(
        text="¡Muy bien! ¿Y qué estudias?",
        usage=Usage(input_tokens=120, output_tokens=11, cache_write_tokens=2048, cache_read_tokens=0),
        request_id="req_fake_1",
        stop_reason="end_turn",
    )


def test_anthropic_request_carries_the_cached_system_prompt_and_context_and_the_whole_history(fake_anthropic):
    AnthropicProvider().chat(claude(fake_anthropic), REQUEST, lambda text: None)

    [request] = fake_anthropic.requests
    assert request.path == "/v1/messages"
    assert request.body == {
        "model": "claude-test",
        "max_tokens": 300,
        "stream": True,
        "system": [
            {"type": "text", "text": "You are a friendly Spanish tutor.", "cache_control": {"type": "ephemeral"}},
            {
                "type": "text",
                "text": "Scenario: ordering coffee in a café in Madrid.",
                "cache_control": {"type": "ephemeral"},
            },
        ],
        "messages": [
            {"role": "user", "content": "Hola, me llamo Ana."},
            {"role": "assistant", "content": "¡Hola, Ana! ¿De dónde eres?"},
            {"role": "user", "content": "Soy de Madrid y tengo 20 años."},
        ],
    }
    key = request.headers.get("x-api-key") or request.headers["authorization"].removeprefix("Bearer ")
    assert key == "test-key"
    assert request.headers["x-stainless-retry-count"] == "0"


def test_anthropic_without_context_sends_only_the_system_block(fake_anthropic):
    request = ChatRequest(system="Be brief.", messages=(Message("user", "Hola"),))

    AnthropicProvider().chat(claude(fake_anthropic), request)

    assert fake_anthropic.bodies[0]["system"] == [
        {"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}
    ]


def test_anthropic_plain_reply_reports_cache_reads(fake_anthropic):
    fake_anthropic.reply_with(
        "Perfecto.", usage={"input_tokens": 35, "output_tokens": 4, "cache_read_input_tokens": 2048}
    )

    reply = AnthropicProvider().chat(claude(fake_anthropic), REQUEST)

    assert reply == ProviderReply(
        text="Perfecto.",
        usage=Usage(input_tokens=35, output_tokens=4, cache_write_tokens=0, cache_read_tokens=2048),
        request_id="req_fake_1",
        stop_reason="end_turn",
    )
    assert "stream" not in fake_anthropic.bodies[0]


def test_anthropic_structured_request_forces_a_tool_with_the_schema_and_returns_its_json(fake_anthropic):
    answer = {"corrections": [{"wrong": "tengo 20 años", "right": "tengo veinte años"}]}
    fake_anthropic.reply_with(json.dumps(answer, ensure_ascii=False))
    request = ChatRequest(system="Correct the learner.", messages=HISTORY, json_schema=CORRECTIONS_SCHEMA)

    reply = AnthropicProvider().chat(claude(fake_anthropic), request)

    assert json.loads(reply.text) == answer
    assert reply.text == '{"corrections": [{"wrong": "tengo 20 años", "right": "tengo veinte años"}]}'
    assert reply.stop_reason == "tool_use"
    body = fake_anthropic.bodies[0]
    assert body["tools"] == [
        {"name": "answer", "description": "Give your answer as this tool's input.", "input_schema": CORRECTIONS_SCHEMA}
    ]
    assert body["tool_choice"] == {"type": "tool", "name": "answer"}


def test_anthropic_structured_stream_relays_the_json_as_it_arrives(fake_anthropic):
    fake_anthropic.reply_with('{"corrections": []}', chunks=['{"correc', 'tions": ', "[]}"])
    request = ChatRequest(system="Correct the learner.", messages=HISTORY, json_schema=CORRECTIONS_SCHEMA)
    deltas = []

    reply = AnthropicProvider().chat(claude(fake_anthropic), request, deltas.append)

    assert deltas == ['{"correc', 'tions": ', "[]}"]
    assert reply.text == '{"corrections": []}'


def test_anthropic_structured_answer_that_is_not_json_is_a_final_error(fake_anthropic):
    fake_anthropic.reply_with("Sorry, I cannot do that.")
    request = ChatRequest(system="Correct the learner.", messages=HISTORY, json_schema=CORRECTIONS_SCHEMA)

    error = failure(AnthropicProvider(), claude(fake_anthropic), request)

    assert error.retryable is False
    assert str(error).startswith("The model did not answer valid JSON")


@pytest.mark.parametrize(
    ("status", "error_type", "retryable"),
    [
        (429, "rate_limit_error", True),
        (500, "api_error", True),
        (529, "overloaded_error", True),
        (400, "invalid_request_error", False),
        (401, "authentication_error", False),
        (403, "permission_error", False),
        (404, "not_found_error", False),
    ],
)
@pytest.mark.parametrize("streaming", [False, True])
def test_anthropic_http_errors_map_to_provider_errors(fake_anthropic, status, error_type, retryable, streaming):
    fake_anthropic.fail_with(status)

    error = failure(AnthropicProvider(), claude(fake_anthropic), REQUEST, (lambda text: None) if streaming else None)

    assert (error.status, error.retryable, error.partial) == (status, retryable, None)
    assert error_type in str(error)
    assert len(fake_anthropic.requests) == 1  # the SDK did not retry on its own: the gateway does


def test_anthropic_stream_cut_off_mid_way_keeps_the_partial_text_and_usage(fake_anthropic):
    fake_anthropic.reply_with(
        "Uno dos tres cuatro",
        usage={"input_tokens": 50, "output_tokens": 4, "cache_read_input_tokens": 900},
    )
    fake_anthropic.cut_off_after(2)
    deltas = []

    error = failure(AnthropicProvider(), claude(fake_anthropic), REQUEST, deltas.append)

    assert deltas == ["Uno", " dos"]
    assert (error.status, error.retryable) == (None, True)
    assert error.partial == ProviderReply(
        text="Uno dos",
        usage=Usage(input_tokens=50, output_tokens=2, cache_write_tokens=0, cache_read_tokens=900),
        request_id="req_fake_1",
    )


def test_anthropic_overloaded_event_mid_stream_is_a_retryable_529_with_the_partial_text(fake_anthropic):
    fake_anthropic.reply_with("Uno dos tres", usage={"input_tokens": 30})
    fake_anthropic.cut_off_after(1, error_type="overloaded_error")

    error = failure(AnthropicProvider(), claude(fake_anthropic), REQUEST, lambda text: None)

    assert (error.status, error.retryable) == (529, True)
    assert error.partial == ProviderReply(
        text="Uno", usage=Usage(input_tokens=30, output_tokens=1), request_id="req_fake_1"
    )


def test_anthropic_slow_stream_within_the_timeout_completes(fake_anthropic):
    fake_anthropic.reply_with("Poco a poco", usage={"input_tokens": 9, "output_tokens": 3})
    fake_anthropic.slow(0.05)
    deltas = []

    reply = AnthropicProvider().chat(claude(fake_anthropic, timeout=2.0), REQUEST, deltas.append)

    assert deltas == ["Poco", " a", " poco"]
    assert reply.usage == Usage(input_tokens=9, output_tokens=3)


def test_anthropic_stream_stalling_past_the_timeout_is_retryable(fake_anthropic):
    fake_anthropic.reply_with("Demasiado lento", usage={"input_tokens": 9})
    fake_anthropic.slow(1.0)

    error = failure(AnthropicProvider(), claude(fake_anthropic, timeout=0.2), REQUEST, lambda text: None)

    assert (error.status, error.retryable) == (None, True)
    assert error.partial == ProviderReply(
        text="", usage=Usage(input_tokens=9, output_tokens=1), request_id="req_fake_1"
    )


def test_anthropic_unreachable_server_is_retryable(fake_anthropic):
    spec = claude(fake_anthropic)
    fake_anthropic.stop()

    error = failure(AnthropicProvider(), spec, REQUEST)

    assert (error.status, error.retryable, error.partial) == (None, True, None)
    assert str(error).startswith("APIConnectionError")


def test_anthropic_without_a_key_fails_before_calling(fake_anthropic):
    spec = ModelSpec(provider="anthropic", model_id="claude-test", base_url=fake_anthropic.url, api_key="")

    error = failure(AnthropicProvider(), spec, REQUEST)

    assert (error.status, error.retryable) == (401, False)
    assert fake_anthropic.requests == []


def test_fake_anthropic_serves_replies_first_in_first_out_then_the_default(fake_anthropic):
    fake_anthropic.reply_with("Primero")
    fake_anthropic.reply_with("Segundo")
    provider, spec = AnthropicProvider(), claude(fake_anthropic)

    texts = [provider.chat(spec, REQUEST).text for _ in range(3)]

    assert texts == ["Primero", "Segundo", "Hello from the fake Anthropic server."]
