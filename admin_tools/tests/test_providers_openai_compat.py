"""The OpenAI-compatible provider through the official SDK, against a local server speaking the real wire format
(tests/fakes). Nothing in our code or the SDK is patched. The Anthropic provider: test_providers.py."""

import pytest

from admin_tools.gateway.providers.openai_compat import OpenAICompatProvider
from admin_tools.gateway.types import ChatRequest, ModelSpec, ProviderReply, Usage
from admin_tools.tests.provider_support import CORRECTIONS_SCHEMA, HISTORY, REQUEST, failure, local_model


def test_openai_plain_reply_separates_cached_tokens_from_input(fake_openai):
    fake_openai.reply_with("¡Genial!", usage={"prompt_tokens": 200, "completion_tokens": 3, "cached_tokens": 150})

    reply = OpenAICompatProvider().chat(local_model(fake_openai), REQUEST)

    assert reply == ProviderReply(
        text="¡Genial!",
        usage=Usage(input_tokens=50, output_tokens=3, cache_write_tokens=0, cache_read_tokens=150),
        request_id="chatcmpl-fake-1",
        stop_reason="stop",
    )
    [request] = fake_openai.requests
    assert request.path == "/v1/chat/completions"
    assert request.body == {
        "model": "llama-test",
        "max_tokens": 300,
        "temperature": 0.7,
        "messages": [
            {
                "role": "system",
                "content": "You are a friendly Spanish tutor.\n\nScenario: ordering coffee in a café in Madrid.",
            },
            {"role": "user", "content": "Hola, me llamo Ana."},
            {"role": "assistant", "content": "¡Hola, Ana! ¿De dónde eres?"},
            {"role": "user", "content": "Soy de Madrid y tengo 20 años."},
        ],
    }
    assert request.headers["authorization"] == "Bearer not-needed"


def test_openai_stream_relays_deltas_and_takes_usage_from_the_last_chunk(fake_openai):
    fake_openai.reply_with(
        "Très bien, et toi ?",
        chunks=["Très", " bien,", " et", " toi ?"],
        usage={"prompt_tokens": 80, "completion_tokens": 6, "cached_tokens": 64},
    )
    deltas = []
    spec = ModelSpec(provider="openai_compat", model_id="mistral", base_url=fake_openai.base_url, api_key="sk-x")

    reply = OpenAICompatProvider().chat(spec, REQUEST, deltas.append)

    assert deltas == ["Très", " bien,", " et", " toi ?"]
    assert reply == ProviderReply(
        text="Très bien, et toi ?",
        usage=Usage(input_tokens=16, output_tokens=6, cache_write_tokens=0, cache_read_tokens=64),
        request_id="chatcmpl-fake-1",
        stop_reason="stop",
    )
    body = fake_openai.bodies[0]
    assert (body["stream"], body["stream_options"]) == (True, {"include_usage": True})
    assert fake_openai.requests[0].headers["authorization"] == "Bearer sk-x"


def test_openai_structured_request_asks_for_the_json_schema(fake_openai):
    fake_openai.reply_with('{"corrections": []}')
    request = ChatRequest(system="Correct the learner.", messages=HISTORY, json_schema=CORRECTIONS_SCHEMA)

    reply = OpenAICompatProvider().chat(local_model(fake_openai), request)

    assert reply.text == '{"corrections": []}'
    assert fake_openai.bodies[0]["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": CORRECTIONS_SCHEMA},
    }


def test_openai_structured_answer_that_is_not_json_is_a_final_error(fake_openai):
    fake_openai.reply_with("Here are your corrections: none.")
    request = ChatRequest(system="Correct the learner.", messages=HISTORY, json_schema=CORRECTIONS_SCHEMA)

    error = failure(OpenAICompatProvider(), local_model(fake_openai), request, lambda text: None)

    assert (error.status, error.retryable) == (None, False)


@pytest.mark.parametrize(
    ("status", "retryable"), [(429, True), (500, True), (503, True), (400, False), (401, False), (404, False)]
)
@pytest.mark.parametrize("streaming", [False, True])
def test_openai_http_errors_map_to_provider_errors(fake_openai, status, retryable, streaming):
    fake_openai.fail_with(status)

    error = failure(OpenAICompatProvider(), local_model(fake_openai), REQUEST, (lambda t: None) if streaming else None)

    assert (error.status, error.retryable, error.partial) == (status, retryable, None)
    assert len(fake_openai.requests) == 1


def test_openai_stream_cut_off_keeps_the_partial_text_and_estimates_its_usage(fake_openai):
    fake_openai.reply_with("Un deux trois quatre")
    fake_openai.cut_off_after(3)
    deltas = []

    error = failure(OpenAICompatProvider(), local_model(fake_openai), REQUEST, deltas.append)

    assert deltas == ["Un", " deux", " trois"]
    assert error.retryable is True
    # The usage chunk never came: pricing.usage_estimate, a token per four characters of the request's 155
    # (system, context and history) and of the 13 received.
    assert error.partial == ProviderReply(
        text="Un deux trois", usage=Usage(input_tokens=39, output_tokens=4), request_id="chatcmpl-fake-1"
    )


def test_openai_error_event_mid_stream_is_retryable(fake_openai):
    fake_openai.reply_with("Un deux trois")
    fake_openai.cut_off_after(1, error_type="server_error")

    error = failure(OpenAICompatProvider(), local_model(fake_openai), REQUEST, lambda text: None)

    assert error.retryable is True
    assert error.partial.text == "Un"


def test_openai_stream_stalling_past_the_timeout_is_retryable(fake_openai):
    fake_openai.slow(1.0)

    error = failure(OpenAICompatProvider(), local_model(fake_openai, timeout=0.2), REQUEST, lambda text: None)

    assert (error.status, error.retryable) == (None, True)
    assert str(error).startswith("APITimeoutError")


def test_openai_unreachable_server_is_retryable(fake_openai):
    spec = local_model(fake_openai)
    fake_openai.stop()

    error = failure(OpenAICompatProvider(), spec, REQUEST)

    assert (error.status, error.retryable, error.partial) == (None, True, None)
