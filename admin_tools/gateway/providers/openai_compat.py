"""Any OpenAI-compatible chat completions server (Ollama, llama.cpp server, vLLM, Mistral, DeepSeek, OpenAI)
through the official `openai` SDK, by base URL and key. The SDK does not retry (max_retries=0): the gateway does.

Usage: these servers count cached tokens inside prompt_tokens; Usage keeps them apart (input_tokens is the
uncached part), as Anthropic reports them, so one price formula fits both.
"""

import json
from functools import lru_cache

import openai

from admin_tools.gateway import pricing
from admin_tools.gateway.providers.base import relay, retry_after_seconds
from admin_tools.gateway.types import ChatRequest, ModelSpec, OnDelta, ProviderError, ProviderReply, Usage


@lru_cache(maxsize=32)
def _client(base_url: str, api_key: str, timeout: float) -> openai.OpenAI:
    """One client per endpoint and key, so calls reuse its connection pool."""
    return openai.OpenAI(base_url=base_url or None, api_key=api_key or "not-needed", max_retries=0, timeout=timeout)


def _messages(request: ChatRequest) -> list[dict]:
    # One system message: several chat templates (llama.cpp, Ollama) accept only one, and first.
    system = "\n\n".join(text for text in (request.system, request.context) if text)
    history = [{"role": message.role, "content": message.content} for message in request.messages]
    return ([{"role": "system", "content": system}] if system else []) + history


def _params(spec: ModelSpec, request: ChatRequest) -> dict:
    params = {"model": spec.model_id, "messages": _messages(request), "max_tokens": request.max_tokens}
    if request.temperature is not None:
        params["temperature"] = request.temperature
    if request.json_schema is not None:
        params["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": request.json_schema},
        }
    return params


def _usage(usage) -> Usage:
    details = usage.prompt_tokens_details
    cached = (details.cached_tokens or 0) if details else 0
    cache_write = (getattr(details, "cache_write_tokens", None) or 0) if details else 0
    return Usage(
        input_tokens=max((usage.prompt_tokens or 0) - cached - cache_write, 0),
        output_tokens=usage.completion_tokens or 0,
        cache_write_tokens=cache_write,
        cache_read_tokens=cached,
    )


def _checked_json(text: str, request: ChatRequest) -> str:
    if request.json_schema is not None:
        try:
            json.loads(text)
        except ValueError as error:
            raise ProviderError(f"The model did not answer valid JSON: {error}") from error
    return text


def _error(error: openai.OpenAIError, partial: ProviderReply | None = None) -> ProviderError:
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        retryable = status in (408, 409, 429) or status >= 500
        return ProviderError(
            str(error),
            status=status,
            retryable=retryable,
            partial=partial,
            retry_after=retry_after_seconds(error.response.headers) if retryable else None,
            request_id=error.request_id or "",
        )
    if isinstance(error, openai.APIConnectionError):  # includes timeouts
        return ProviderError(f"{type(error).__name__}: {error}", retryable=True, partial=partial)
    if isinstance(error, openai.APIError):  # an error event in the middle of a stream
        return ProviderError(f"Stream error: {error}", retryable=True, partial=partial)
    return ProviderError(f"{type(error).__name__}: {error}", partial=partial)


class OpenAICompatProvider:
    def chat(self, spec: ModelSpec, request: ChatRequest, on_delta: OnDelta | None = None) -> ProviderReply:
        client = _client(spec.base_url, spec.api_key, spec.timeout)
        params = _params(spec, request)
        if on_delta is None:
            try:
                completion = client.chat.completions.create(**params)
            except openai.OpenAIError as error:
                raise _error(error) from error
            choice = completion.choices[0]
            text = choice.message.content or ""
            return ProviderReply(
                text=_checked_json(text, request),
                usage=_usage(completion.usage) if completion.usage else pricing.usage_estimate(request, [text]),
                request_id=completion._request_id or completion.id,
                stop_reason=choice.finish_reason or "",
            )
        return self._stream(client, params, request, on_delta)

    def _stream(self, client: openai.OpenAI, params: dict, request: ChatRequest, on_delta: OnDelta) -> ProviderReply:
        pieces: list[str] = []
        usage = None
        header_id = answer_id = stop_reason = ""

        def so_far() -> ProviderReply | None:
            if not answer_id:  # nothing arrived
                return None
            return ProviderReply(
                text="".join(pieces),
                usage=usage or pricing.usage_estimate(request, pieces),
                request_id=header_id or answer_id,
            )

        try:
            stream = client.chat.completions.create(**params, stream=True, stream_options={"include_usage": True})
            with stream:
                header_id = stream.response.headers.get("x-request-id", "")
                for chunk in stream:
                    answer_id = chunk.id
                    if chunk.usage:
                        usage = _usage(chunk.usage)
                    if not chunk.choices:
                        continue
                    piece = chunk.choices[0].delta.content
                    if piece:
                        pieces.append(piece)
                        relay(on_delta, piece, so_far)
                    stop_reason = chunk.choices[0].finish_reason or stop_reason
        except openai.OpenAIError as error:
            raise _error(error, partial=so_far()) from error
        if not stop_reason:
            raise ProviderError("The stream ended before a finish reason.", retryable=True, partial=so_far())
        reply = so_far()
        reply.text = _checked_json(reply.text, request)
        reply.stop_reason = stop_reason
        return reply
