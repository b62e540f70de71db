import email.utils
import math
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from admin_tools.gateway.types import CallerGone, ChatRequest, ModelSpec, OnDelta, ProviderReply


class Provider(Protocol):
    def chat(self, spec: ModelSpec, request: ChatRequest, on_delta: OnDelta | None = None) -> ProviderReply:
        """Answer the request. With `on_delta`, stream: call it with each text delta as it arrives,
        and return the whole reply with the final usage. Raise ProviderError on failure, and CallerGone
        (from the caller's exception) when on_delta raises."""


def relay(on_delta: OnDelta, piece: str, so_far: Callable[[], ProviderReply | None]) -> None:
    """Hand a delta to the caller; if the caller raises, stop with what the provider has reported so far."""
    try:
        on_delta(piece)
    except Exception as error:
        raise CallerGone(partial=so_far()) from error


def retry_after_seconds(headers: Mapping[str, str] | None, *, now: float | None = None) -> float | None:
    """The wait a 429 or 503 asks for: retry-after-ms (Anthropic and OpenAI send it), else retry-after in
    seconds or as an HTTP date. None when the response says nothing usable."""
    if not headers:
        return None
    try:
        return _seconds(float(headers["retry-after-ms"]) / 1000)
    except (KeyError, TypeError, ValueError):
        pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _seconds(float(value))
    except ValueError:
        pass
    date = email.utils.parsedate_tz(value)
    if date is None:
        return None
    return _seconds(email.utils.mktime_tz(date) - (now if now is not None else time.time()))


def _seconds(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(value)
    return max(value, 0.0)
