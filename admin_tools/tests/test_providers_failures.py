"""What a provider tells the gateway when a call goes wrong: the wait a 429 asks for, the provider's request id,
whether the failure is an outage, and what had streamed when the caller went away. The real SDKs against the
fake servers (tests/fakes); nothing is patched."""

import email.utils

import pytest

from admin_tools.gateway.providers.anthropic import AnthropicProvider
from admin_tools.gateway.providers.base import retry_after_seconds
from admin_tools.gateway.providers.offline import OfflineProvider, count_tokens
from admin_tools.gateway.providers.openai_compat import OpenAICompatProvider
from admin_tools.gateway.types import CallerGone, ModelSpec, ProviderError, ProviderReply, Usage
from admin_tools.tests.provider_support import REQUEST, claude, failure, local_model


class Gone(Exception):
    pass


def _leaves_after(count: int):
    received = []

    def on_delta(text: str) -> None:
        received.append(text)
        if len(received) == count:
            raise Gone("the learner closed the page")

    return on_delta, received


# --- retry-after and request ids


@pytest.mark.parametrize("streaming", [False, True])
def test_anthropic_429_carries_its_retry_after_and_request_id(fake_anthropic, streaming):
    fake_anthropic.fail_with(429)  # the fake sends retry-after: 1, as the API does

    error = failure(AnthropicProvider(), claude(fake_anthropic), REQUEST, (lambda text: None) if streaming else None)

    assert (error.status, error.retryable, error.retry_after, error.request_id) == (429, True, 1.0, "req_fake_1")


def test_anthropic_500_without_retry_after_leaves_the_wait_to_the_backoff(fake_anthropic):
    fake_anthropic.fail_with(500)

    error = failure(AnthropicProvider(), claude(fake_anthropic), REQUEST)

    assert (error.status, error.retry_after, error.request_id) == (500, None, "req_fake_1")


@pytest.mark.parametrize("streaming", [False, True])
def test_openai_429_carries_its_retry_after(fake_openai, streaming):
    fake_openai.fail_with(429)

    error = failure(OpenAICompatProvider(), local_model(fake_openai), REQUEST, (lambda t: None) if streaming else None)

    assert (error.status, error.retry_after) == (429, 1.0)


def test_anthropic_plain_reply_gives_the_request_id_header(fake_anthropic):
    reply = AnthropicProvider().chat(claude(fake_anthropic), REQUEST)
    assert reply.request_id == "req_fake_1"


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "7"}, 0.25),  # the precise one first
        ({"retry-after-ms": "soon", "retry-after": "7"}, 7.0),
        ({"retry-after": email.utils.formatdate(1_000_030, usegmt=True)}, 30.0),  # an HTTP date, 30 s away
        ({"retry-after": email.utils.formatdate(999_000, usegmt=True)}, 0.0),  # already past
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "later"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_retry_after_seconds(headers, seconds):
    assert retry_after_seconds(headers, now=1_000_000.0) == seconds


@pytest.mark.parametrize(
    ("error", "is_outage"),
    [
        (ProviderError("rate limited", status=429, retryable=True), True),
        (ProviderError("overloaded", status=529, retryable=True), True),
        (ProviderError("timed out", retryable=True), True),
        (ProviderError("bad key", status=401), True),
        (ProviderError("no such model", status=404), True),
        (ProviderError("roles must alternate", status=400), False),
        (ProviderError("The model did not answer valid JSON"), False),
    ],
)
def test_an_outage_is_what_counts_against_the_models_circuit(error, is_outage):
    assert error.is_outage is is_outage


# --- the caller goes away mid-stream


def test_anthropic_caller_gone_stops_the_stream_with_the_usage_so_far(fake_anthropic):
    fake_anthropic.reply_with(
        "Uno dos tres cuatro", usage={"input_tokens": 50, "output_tokens": 4, "cache_read_input_tokens": 900}
    )
    on_delta, received = _leaves_after(2)

    with pytest.raises(CallerGone) as caught:
        AnthropicProvider().chat(claude(fake_anthropic), REQUEST, on_delta)

    assert received == ["Uno", " dos"]
    assert isinstance(caught.value.__cause__, Gone)
    assert caught.value.partial == ProviderReply(
        text="Uno dos", usage=Usage(input_tokens=50, output_tokens=2, cache_read_tokens=900), request_id="req_fake_1"
    )


def test_openai_caller_gone_estimates_the_usage_the_server_never_sent(fake_openai):
    fake_openai.reply_with("Un deux trois quatre", usage={"prompt_tokens": 900, "completion_tokens": 4})
    on_delta, received = _leaves_after(1)

    with pytest.raises(CallerGone) as caught:
        OpenAICompatProvider().chat(local_model(fake_openai), REQUEST, on_delta)

    assert received == ["Un"]
    # 155 characters of request (a token per four), 1 delta of 2 characters (at least a token a delta)
    assert caught.value.partial == ProviderReply(
        text="Un", usage=Usage(input_tokens=39, output_tokens=1), request_id="chatcmpl-fake-1"
    )


def test_offline_caller_gone_reports_what_it_had_said():
    on_delta, received = _leaves_after(2)
    spec = ModelSpec(provider="offline", model_id="offline-tutor")

    with pytest.raises(CallerGone) as caught:
        OfflineProvider().chat(spec, REQUEST, on_delta)

    said = "".join(received)
    assert caught.value.partial.text == said
    assert caught.value.partial.usage.output_tokens == count_tokens(said) == 2
