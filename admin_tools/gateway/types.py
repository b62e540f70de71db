"""Plain data passed between the gateway and its providers. No Django imports here."""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal


class UseCase:
    CONVERSATION = "conversation"
    ANALYSIS = "analysis"  # corrections, structured feedback
    CONTENT = "content"  # summaries, vocabulary, cards from imported content
    ALL = (CONVERSATION, ANALYSIS, CONTENT)


@dataclass(frozen=True)
class Message:
    role: str  # "user" | "assistant"
    content: str


@dataclass(frozen=True)
class ChatRequest:
    system: str
    messages: tuple[Message, ...]
    max_tokens: int = 1024
    # Stable context (e.g. a long scenario script) that follows the system prompt and is marked
    # for prompt caching where the provider supports it.
    context: str = ""
    # When set, the model must answer JSON matching this JSON Schema (structured analysis).
    json_schema: dict | None = None
    temperature: float | None = None
    language: str = ""  # target language code, for routing and the offline tutor
    level: str = ""  # the learner's CEFR level (A1 … C2), for the offline tutor's questions
    topic: str = ""  # free-talk topic (daily_life, food, travel, hobbies, work), for the offline tutor
    # A role-play phase for the offline tutor, which has no model to read the system prompt: {"opening": the
    # phase's first line, "hint": its model phrase, "recognised": the key words and phrases the learner's last
    # message used}. Remote providers ignore it (the system prompt says the same).
    script: dict | None = None


@dataclass
class Usage:
    # input_tokens excludes cache reads and writes (as Anthropic reports them), so each is priced once.
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0


@dataclass
class ProviderReply:
    text: str
    usage: Usage
    # The provider's own id for the call, to match its logs: the HTTP request id when the provider sends one
    # (Anthropic's request-id, req_…), else the id of its answer (chatcmpl-…).
    request_id: str = ""
    stop_reason: str = ""


@dataclass(frozen=True)
class Prices:
    """USD per million tokens."""

    input: Decimal = Decimal(0)
    output: Decimal = Decimal(0)
    cache_write: Decimal = Decimal(0)
    cache_read: Decimal = Decimal(0)


@dataclass(frozen=True)
class ModelSpec:
    """What a provider needs to know about the model it calls (copied from the registry row)."""

    provider: str  # "anthropic" | "openai_compat" | "offline"
    model_id: str
    base_url: str = ""
    api_key: str = ""
    timeout: float = 60.0


class ProviderError(Exception):
    """A failed call. `retryable` for 429, 5xx, overloaded and timeouts; `retry_after`, the seconds the provider
    asked to wait (its retry-after header), if it said; `partial` holds what streamed before a cut-off (text and
    usage so far), so the call can still be recorded; `request_id`, the provider's id for the failed request."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        partial=None,
        retry_after: float | None = None,
        request_id: str = "",
    ):
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.partial: ProviderReply | None = partial
        self.retry_after = retry_after
        self.request_id = request_id or (partial.request_id if partial is not None else "")

    @property
    def is_outage(self) -> bool:
        """The provider cannot serve anyone right now, so the failure counts towards opening its circuit: a 429,
        a 5xx, an overload, a timeout or a lost connection, or a key or model it refuses (401, 403, 404). A 400,
        or an answer that is not the JSON asked for, is about this one request."""
        return self.retryable or self.status in (401, 403, 404)


class CallerGone(Exception):
    """`on_delta` raised (the learner went away, say), so the provider stopped streaming. `partial` is what
    the provider had reported so far (None if nothing); the caller's own exception is the `__cause__`."""

    def __init__(self, *, partial: "ProviderReply | None"):
        super().__init__("on_delta raised: the stream was abandoned")
        self.partial = partial


OnDelta = Callable[[str], None]


@dataclass
class GatewayReply:
    text: str
    model_id: str
    provider: str
    is_fallback: bool
    usage: Usage = field(default_factory=Usage)
    cost: Decimal = Decimal(0)
    usage_record_id: int | None = None
