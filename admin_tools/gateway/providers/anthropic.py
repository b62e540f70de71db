"""Claude through the official `anthropic` SDK.

The system prompt and the stable context go first, each marked for prompt caching, then the whole message
history. Structured requests force a tool whose input schema is the requested JSON Schema: every Claude model
supports it, and the tool input is the JSON answer. The SDK does not retry (max_retries=0): the gateway does.
`temperature` is not sent: the Messages API this SDK speaks has no sampling parameters any more.
"""

import json
from functools import lru_cache

import anthropic
import httpx2

from admin_tools.gateway.providers.base import relay, retry_after_seconds
from admin_tools.gateway.types import ChatRequest, ModelSpec, OnDelta, ProviderError, ProviderReply, Usage

CACHED = {"type": "ephemeral"}
ANSWER_TOOL = "answer"
RETRYABLE_TYPES = {"rate_limit_error", "api_error", "overloaded_error", "timeout_error"}
# A mid-stream error event arrives on a 200 response; its type says what the status would have been.
STATUS_OF_TYPE = {"rate_limit_error": 429, "api_error": 500, "timeout_error": 504, "overloaded_error": 529}


@lru_cache(maxsize=32)
def _client(base_url: str, api_key: str, timeout: float) -> anthropic.Anthropic:
    """One client per endpoint and key, so calls reuse its connection pool."""
    return anthropic.Anthropic(api_key=api_key, base_url=base_url or None, max_retries=0, timeout=timeout)


def _params(spec: ModelSpec, request: ChatRequest) -> dict:
    system = [
        {"type": "text", "text": text, "cache_control": CACHED} for text in (request.system, request.context) if text
    ]
    params = {
        "model": spec.model_id,
        "max_tokens": request.max_tokens,
        "messages": [{"role": message.role, "content": message.content} for message in request.messages],
    }
    if system:
        params["system"] = system
    if request.json_schema is not None:
        params["tools"] = [
            {
                "name": ANSWER_TOOL,
                "description": "Give your answer as this tool's input.",
                "input_schema": request.json_schema,
            }
        ]
        params["tool_choice"] = {"type": "tool", "name": ANSWER_TOOL}
    return params


def _usage(usage) -> Usage:
    return Usage(
        input_tokens=usage.input_tokens or 0,
        output_tokens=usage.output_tokens or 0,
        cache_write_tokens=usage.cache_creation_input_tokens or 0,
        cache_read_tokens=usage.cache_read_input_tokens or 0,
    )


def _usage_update(usage: Usage, delta) -> None:
    """message_delta's usage: cumulative totals, each optional one absent when it does not apply."""
    usage.output_tokens = delta.output_tokens or 0
    for ours, theirs in (
        ("input_tokens", "input_tokens"),
        ("cache_write_tokens", "cache_creation_input_tokens"),
        ("cache_read_tokens", "cache_read_input_tokens"),
    ):
        if (value := getattr(delta, theirs, None)) is not None:
            setattr(usage, ours, value)


def _text_of(message) -> str:
    for block in message.content:
        if block.type == "tool_use":
            return json.dumps(block.input, ensure_ascii=False)
    return "".join(block.text for block in message.content if block.type == "text")


def _checked_json(text: str, request: ChatRequest) -> str:
    if request.json_schema is not None:
        try:
            json.loads(text)
        except ValueError as error:
            raise ProviderError(f"The model did not answer valid JSON: {error}") from error
    return text


def _error(error: Exception, partial: ProviderReply | None = None) -> ProviderError:
    if isinstance(error, anthropic.APIStatusError):
        status = error.status_code if error.status_code >= 400 else STATUS_OF_TYPE.get(error.type or "", 500)
        retryable = status in (408, 409, 429) or status >= 500 or error.type in RETRYABLE_TYPES
        return ProviderError(
            str(error),
            status=status,
            retryable=retryable,
            partial=partial,
            retry_after=retry_after_seconds(error.response.headers) if retryable else None,
            request_id=error.request_id or "",
        )
    if isinstance(error, anthropic.APIConnectionError | httpx2.TransportError):  # includes timeouts
        return ProviderError(f"{type(error).__name__}: {error}", retryable=True, partial=partial)
    return ProviderError(f"{type(error).__name__}: {error}", partial=partial)


class AnthropicProvider:
    def chat(self, spec: ModelSpec, request: ChatRequest, on_delta: OnDelta | None = None) -> ProviderReply:
        if not spec.api_key:
            raise ProviderError(f"No API key is set for {spec.model_id}.", status=401)
        client = _client(spec.base_url, spec.api_key, spec.timeout)
        params = _params(spec, request)
        if on_delta is None:
            try:
                message = client.messages.create(**params)
            except anthropic.AnthropicError as error:
                raise _error(error) from error
            text = _checked_json(_text_of(message), request)
            return ProviderReply(
                text=text,
                usage=_usage(message.usage),
                request_id=message._request_id or message.id,
                stop_reason=message.stop_reason or "",
            )
        return self._stream(client, params, request, on_delta)

    def _stream(
        self, client: anthropic.Anthropic, params: dict, request: ChatRequest, on_delta: OnDelta
    ) -> ProviderReply:
        """The raw event stream (`create(stream=True)`): the SDK's `stream()` helper rebuilds the whole message
        after every event, which costs more CPU than parsing the events themselves, for a reply the pieces
        already give. Usage is what the stream's last word says: message_start's counts, overwritten by the
        cumulative ones message_delta carries (output always, input and cache when it has them)."""
        pieces: list[str] = []
        # What the server has reported so far, kept for a stream that breaks off or that the caller leaves.
        reported = ProviderReply(text="", usage=Usage())
        started = finished = False

        def so_far() -> ProviderReply | None:
            """What streamed before a failure: the text, the input and cache tokens from message_start, and at
            least one output token per delta received (the final output count never came). None if the
            message never started."""
            if not started:
                return None
            reported.text = "".join(pieces)
            reported.usage.output_tokens = max(reported.usage.output_tokens, len(pieces))
            return reported

        try:
            with client.messages.create(**params, stream=True) as stream:
                reported.request_id = stream.response.headers.get("request-id") or ""
                for event in stream:
                    if event.type == "content_block_delta":
                        piece = getattr(event.delta, "text", None) or getattr(event.delta, "partial_json", "")
                        if piece:
                            pieces.append(piece)
                            relay(on_delta, piece, so_far)
                    elif event.type == "message_start":
                        started = True
                        reported.usage = _usage(event.message.usage)
                        reported.request_id = reported.request_id or event.message.id
                    elif event.type == "message_delta":
                        _usage_update(reported.usage, event.usage)
                        reported.stop_reason = event.delta.stop_reason or ""
                    elif event.type == "message_stop":
                        finished = True
        except (anthropic.AnthropicError, httpx2.TransportError, ValueError) as error:
            raise _error(error, partial=so_far()) from error
        if not finished:
            raise ProviderError("The stream ended before message_stop.", retryable=True, partial=so_far())
        reported.text = _checked_json("".join(pieces), request)
        return reported
