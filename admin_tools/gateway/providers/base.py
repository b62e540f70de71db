from typing import Protocol

from admin_tools.gateway.types import ChatRequest, ModelSpec, OnDelta, ProviderReply


class Provider(Protocol):
    def chat(self, spec: ModelSpec, request: ChatRequest, on_delta: OnDelta | None = None) -> ProviderReply:
        """Answer the request. With `on_delta`, stream: call it with each text delta as it arrives,
        and return the whole reply with the final usage. Raise ProviderError on failure."""
