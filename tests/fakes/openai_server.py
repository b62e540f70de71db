"""A local server speaking the OpenAI chat completions API (POST /v1/chat/completions), plain JSON and SSE
streaming, as Ollama, llama.cpp server, vLLM and hosted OpenAI-compatible APIs do. Point the official
`openai` SDK at it with `base_url=fake.base_url` (the URL with /v1).

Usage keys: prompt_tokens, completion_tokens, cached_tokens (sent as prompt_tokens_details.cached_tokens; like
the real API, prompt_tokens includes the cached tokens).
"""

import json

from tests.fakes.base import FakeServer, RecordedRequest, ScriptedReply, _Handler

CREATED = 1_767_225_600  # a fixed timestamp: replies are reproducible
DEFAULT_PROMPT_TOKENS = 12
ERRORS = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests."),
    500: ("server_error", None, "The server had an error while processing your request. Sorry about that!"),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}


class FakeOpenAI(FakeServer):
    default_text = "Hello from the fake OpenAI-compatible server."

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def usage_of(self, reply: ScriptedReply) -> dict:
        numbers = {"prompt_tokens": DEFAULT_PROMPT_TOKENS, "completion_tokens": len(reply.deltas()), "cached_tokens": 0}
        numbers.update(reply.usage)
        return {
            "prompt_tokens": numbers["prompt_tokens"],
            "completion_tokens": numbers["completion_tokens"],
            "total_tokens": numbers["prompt_tokens"] + numbers["completion_tokens"],
            "prompt_tokens_details": {"cached_tokens": numbers["cached_tokens"]},
        }

    def handle(self, handler: _Handler, request: RecordedRequest) -> None:
        if request.path != "/v1/chat/completions":
            handler.send_json(404, self._error_body(404, f"Unknown path {request.path}"))
            return
        serial, reply = self.next_reply()
        missing = [name for name in ("model", "messages") if not request.body.get(name)]
        if missing:
            handler.send_json(400, self._error_body(400, f"Missing required parameter: '{missing[0]}'."))
        elif reply.status >= 400:
            headers = {"retry-after": "1"} if reply.status == 429 else {}
            handler.send_json(reply.status, self._error_body(reply.status, reply.message), headers)
        elif request.body.get("stream"):
            self._stream(handler, request, reply, serial)
        else:
            handler.send_json(200, self._completion(request, reply, serial))

    @staticmethod
    def _error_body(status: int, message: str, error_type: str = "") -> dict:
        default_type, code, default_message = ERRORS.get(status, ("server_error", None, "Error."))
        return {
            "error": {
                "message": message or default_message,
                "type": error_type or default_type,
                "param": None,
                "code": code,
            }
        }

    def _completion(self, request: RecordedRequest, reply: ScriptedReply, serial: int) -> dict:
        return {
            "id": f"chatcmpl-fake-{serial}",
            "object": "chat.completion",
            "created": CREATED,
            "model": request.body["model"],
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": self.usage_of(reply),
        }

    def _stream(self, handler: _Handler, request: RecordedRequest, reply: ScriptedReply, serial: int) -> None:
        include_usage = bool((request.body.get("stream_options") or {}).get("include_usage"))
        fault = self.next_fault()
        handler.start_stream()

        def send_chunk(choices: list[dict], usage: dict | None = None) -> None:
            chunk = {
                "id": f"chatcmpl-fake-{serial}",
                "object": "chat.completion.chunk",
                "created": CREATED,
                "model": request.body["model"],
                "choices": choices,
            }
            if include_usage:
                chunk["usage"] = usage
            handler.send_event(json.dumps(chunk))

        def choice(delta: dict, finish_reason: str | None = None) -> list[dict]:
            return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]

        send_chunk(choice({"role": "assistant", "content": ""}))
        for sent, piece in enumerate(reply.deltas()):
            if fault is not None and sent == fault.after:
                self._fail_stream(handler, fault.error_type)
                return
            self.pause()
            send_chunk(choice({"content": piece}))
        if fault is not None:
            self._fail_stream(handler, fault.error_type)
            return
        send_chunk(choice({}, "stop"))
        if include_usage:
            send_chunk([], self.usage_of(reply))
        handler.send_event("[DONE]")
        handler.end_stream()

    def _fail_stream(self, handler: _Handler, error_type: str) -> None:
        if error_type:
            handler.send_event(json.dumps(self._error_body(500, "", error_type)))
            handler.end_stream()
        else:
            handler.drop_connection()
