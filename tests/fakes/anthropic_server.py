"""A local server speaking the Anthropic Messages API (POST /v1/messages), plain JSON and SSE streaming,
for the official `anthropic` SDK pointed at it with `base_url=fake.url`.

Usage keys follow the API: input_tokens, output_tokens, cache_creation_input_tokens, cache_read_input_tokens.
A request that forces a tool (tool_choice {"type": "tool"}) gets a tool_use block whose input is the scripted
text parsed as JSON, as the API answers a structured request; text that is not JSON comes back as plain text.
"""

import json

from tests.fakes.base import FakeServer, RecordedRequest, ScriptedReply, _Handler

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
ERROR_MESSAGES = {
    "invalid_request_error": "Invalid request.",
    "authentication_error": "invalid x-api-key",
    "rate_limit_error": "Number of request tokens has exceeded your per-minute rate limit.",
    "api_error": "Internal server error",
    "overloaded_error": "Overloaded",
}
DEFAULT_INPUT_TOKENS = 12


class FakeAnthropic(FakeServer):
    default_text = "Hello from the fake Anthropic server."

    def usage_of(self, reply: ScriptedReply) -> dict:
        usage = {
            "input_tokens": DEFAULT_INPUT_TOKENS,
            "output_tokens": len(reply.deltas()),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        }
        usage.update(reply.usage)
        return usage

    def handle(self, handler: _Handler, request: RecordedRequest) -> None:
        if request.path != "/v1/messages":
            self._send_error(handler, 404, "not_found_error", f"Not found: {request.path}", 0)
            return
        serial, reply = self.next_reply()
        problem = self._invalid(request)
        if problem:
            status, error_type, message = problem
            self._send_error(handler, status, error_type, message, serial)
        elif reply.status >= 400:
            error_type = ERROR_TYPES.get(reply.status, "api_error")
            self._send_error(handler, reply.status, error_type, reply.message, serial)
        elif request.body.get("stream"):
            self._stream(handler, request, reply, serial)
        else:
            handler.send_json(200, self._message(request, reply, serial), {"request-id": f"req_fake_{serial}"})

    def _invalid(self, request: RecordedRequest) -> tuple[int, str, str] | None:
        """The checks the real API makes that a provider bug would trip."""
        body = request.body
        if not request.headers.get("x-api-key") and not request.headers.get("authorization"):
            return 401, "authentication_error", "x-api-key header is required"
        if not request.headers.get("anthropic-version"):
            return 400, "invalid_request_error", "anthropic-version: header is required"
        for name in ("model", "max_tokens", "messages"):
            if name not in body:
                return 400, "invalid_request_error", f"{name}: Field required"
        system = body.get("system", [])
        blocks = [{"text": system}] if isinstance(system, str) else list(system)
        if isinstance(system, list) and any(not block.get("text") for block in blocks):
            return 400, "invalid_request_error", "system: text content blocks must be non-empty"
        for index, message in enumerate(body["messages"]):
            if not message.get("content") and index != len(body["messages"]) - 1:
                return 400, "invalid_request_error", f"messages.{index}: all messages must have non-empty content"
            if isinstance(message.get("content"), list):
                blocks.extend(message["content"])
        if sum(1 for block in blocks if isinstance(block, dict) and "cache_control" in block) > 4:
            return 400, "invalid_request_error", "A maximum of 4 blocks with cache_control may be provided."
        return None

    def _send_error(self, handler: _Handler, status: int, error_type: str, message: str, serial: int) -> None:
        headers = {"request-id": f"req_fake_{serial}"}
        if status == 429:
            headers["retry-after"] = "1"
        handler.send_json(status, self._error_body(error_type, message, serial), headers)

    @staticmethod
    def _error_body(error_type: str, message: str, serial: int) -> dict:
        return {
            "type": "error",
            "error": {"type": error_type, "message": message or ERROR_MESSAGES.get(error_type, error_type)},
            "request_id": f"req_fake_{serial}",
        }

    @staticmethod
    def _forced_tool(request: RecordedRequest) -> str | None:
        choice = request.body.get("tool_choice") or {}
        return choice.get("name") if choice.get("type") == "tool" else None

    @staticmethod
    def _parsed(text: str):
        try:
            return json.loads(text)
        except ValueError:
            return None

    def _content_block(self, request: RecordedRequest, reply: ScriptedReply, serial: int) -> dict:
        tool = self._forced_tool(request)
        tool_input = self._parsed(reply.text) if tool else None
        if isinstance(tool_input, dict):
            return {"type": "tool_use", "id": f"toolu_fake_{serial}", "name": tool, "input": tool_input}
        return {"type": "text", "text": reply.text}

    def _message(self, request: RecordedRequest, reply: ScriptedReply, serial: int) -> dict:
        block = self._content_block(request, reply, serial)
        return {
            "id": f"msg_fake_{serial}",
            "type": "message",
            "role": "assistant",
            "model": request.body["model"],
            "content": [block],
            "stop_reason": "tool_use" if block["type"] == "tool_use" else "end_turn",
            "stop_sequence": None,
            "usage": self.usage_of(reply),
        }

    def _stream(self, handler: _Handler, request: RecordedRequest, reply: ScriptedReply, serial: int) -> None:
        usage = self.usage_of(reply)
        block = self._content_block(request, reply, serial)
        fault = self.next_fault()
        handler.start_stream({"request-id": f"req_fake_{serial}"})

        def send(data: dict) -> None:
            handler.send_event(json.dumps(data), event=data["type"])

        start_usage = {key: value for key, value in usage.items() if key != "output_tokens"}
        message = self._message(request, reply, serial) | {
            "content": [],
            "stop_reason": None,
            "usage": start_usage | {"output_tokens": 1},
        }
        send({"type": "message_start", "message": message})
        send({"type": "ping"})
        if block["type"] == "tool_use":
            send({"type": "content_block_start", "index": 0, "content_block": block | {"input": {}}})
            delta_type, key = "input_json_delta", "partial_json"
        else:
            send({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
            delta_type, key = "text_delta", "text"
        for sent, piece in enumerate(reply.deltas()):
            if fault is not None and sent == fault.after:
                self._fail_stream(handler, fault.error_type, serial)
                return
            self.pause()
            piece = self.outgoing(piece, request)
            send({"type": "content_block_delta", "index": 0, "delta": {"type": delta_type, key: piece}})
        if fault is not None:
            self._fail_stream(handler, fault.error_type, serial)
            return
        send({"type": "content_block_stop", "index": 0})
        send(
            {
                "type": "message_delta",
                "delta": {"stop_reason": self._message(request, reply, serial)["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": usage["output_tokens"]},
            }
        )
        send({"type": "message_stop"})
        handler.end_stream()

    def _fail_stream(self, handler: _Handler, error_type: str, serial: int) -> None:
        if error_type:
            handler.send_event(json.dumps(self._error_body(error_type, "", serial)), event="error")
            handler.end_stream()
        else:
            handler.drop_connection()
