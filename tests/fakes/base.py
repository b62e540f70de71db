"""What the fake API servers share: a real HTTP server on 127.0.0.1 in a background thread, a FIFO script
of replies, and a record of every request received. The subclasses speak one wire format each."""

import contextlib
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: dict
    received_ns: int = 0  # time.time_ns() when the request was read (benchmarks time the hand-off to the provider)


# With `FakeServer.stamp_deltas`, each streamed delta ends with "⟦<sent ns>|<request received ns>⟧", both
# time.time_ns(): the wall clock, which every process on the machine shares. `split_stamps` takes them out.
DELTA_STAMP = re.compile(r"\u27e6(\d+)\|(\d+)\u27e7")


def split_stamps(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without its delta stamps, and the stamps in order: (sent ns, request received ns) per delta."""
    stamps = [(int(sent), int(received)) for sent, received in DELTA_STAMP.findall(text)]
    return DELTA_STAMP.sub("", text), stamps


@dataclass
class ScriptedReply:
    text: str = ""
    usage: dict = field(default_factory=dict)
    chunks: list[str] | None = None  # the deltas a stream sends; None: split before each word
    status: int = 200
    message: str = ""  # error message, for status >= 400

    def deltas(self) -> list[str]:
        if self.chunks is not None:
            return list(self.chunks)
        pieces = re.findall(r"\s*\S+", self.text)
        rest = self.text[len("".join(pieces)) :]
        if rest:
            pieces = [*pieces[:-1], pieces[-1] + rest] if pieces else [rest]
        return pieces


@dataclass
class StreamFault:
    after: int  # deltas sent before the fault
    error_type: str = ""  # empty: drop the connection; else send the API's error event first


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # tests and benchmarks open dozens of connections at once

    def __init__(self, fake: "FakeServer"):
        self.fake = fake
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request, client_address):
        with self.connections_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self.connections_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self):
        with self.connections_lock:
            connections = list(self.open_connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request, client_address):
        # A client that hangs up mid-reply (timeouts, cancelled streams) is part of what the fakes test.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, and chunked streams that can be cut off mid-body
    server: _HTTPServer

    def setup(self):
        super().setup()
        # Each SSE event goes out as its own small write, as a real server flushes them: without
        # TCP_NODELAY, Nagle's algorithm would hold each one back until the previous is acknowledged.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format, *args):
        pass

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        path = self.path.split("?", 1)[0]
        request = RecordedRequest(
            method="POST",
            path=path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            received_ns=time.time_ns(),
        )
        self.server.fake._record(request)
        self.server.fake.handle(self, request)

    def do_GET(self):
        self.send_json(404, {"error": {"type": "not_found_error", "message": f"No route for GET {self.path}"}})

    # --- helpers the fakes use to answer

    def send_json(self, status: int, data: dict, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()

    def start_stream(self, headers: dict[str, str] | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()

    def send_event(self, data: str, event: str | None = None) -> None:
        text = (f"event: {event}\n" if event else "") + f"data: {data}\n\n"
        chunk = text.encode()
        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        self.wfile.flush()

    def end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def drop_connection(self) -> None:
        """Hang up without the chunked body's terminator: to the client, the connection broke mid-reply."""
        self.close_connection = True
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """Base of the fake API servers. Script it, point an SDK's base_url at `url`, read `requests`.

    - `reply_with(text, usage=..., chunks=...)` queues a reply; replies are served first in, first out, and
      `default_text` answers when none is queued.
    - `fail_with(status, times=n)` queues n error replies in the API's own error shape.
    - `cut_off_after(n)` cuts the next stream off after n deltas (or sends an error event there).
    - `slow(seconds)` waits that long before every delta of every stream from now on.
    - `stamp_deltas = True` ends every streamed delta with its send time (see DELTA_STAMP), for benchmarks
      that time delivery; the text then no longer equals the scripted one, so tests leave it off.
    """

    stamp_deltas = False

    default_text = "Hello from the fake server."

    def __init__(self):
        self.requests: list[RecordedRequest] = []
        self._replies: deque[ScriptedReply] = deque()
        self._faults: deque[StreamFault] = deque()
        self._delay = 0.0
        self._lock = threading.Lock()
        self._served = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle

    def start(self) -> Self:
        self._httpd = _HTTPServer(self)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.close_open_connections()
        self._httpd.server_close()
        self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- scripting

    def reply_with(self, text: str, *, usage: dict | None = None, chunks: list[str] | None = None) -> None:
        if chunks is not None and "".join(chunks) != text:
            raise ValueError("chunks must join up to the text")
        with self._lock:
            self._replies.append(ScriptedReply(text=text, usage=dict(usage or {}), chunks=chunks))

    def fail_with(self, status: int, *, times: int = 1, message: str = "") -> None:
        with self._lock:
            for _ in range(times):
                self._replies.append(ScriptedReply(status=status, message=message))

    def cut_off_after(self, n_deltas: int, *, error_type: str = "") -> None:
        """The next stream stops after `n_deltas` deltas: the connection drops, or with `error_type`
        (e.g. "overloaded_error") the server first sends the API's mid-stream error event."""
        with self._lock:
            self._faults.append(StreamFault(after=n_deltas, error_type=error_type))

    def slow(self, seconds_per_delta: float) -> None:
        self._delay = seconds_per_delta

    @property
    def bodies(self) -> list[dict]:
        return [request.body for request in self.requests]

    # --- serving (called from the server's threads)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def next_reply(self) -> tuple[int, ScriptedReply]:
        """The reply to serve and its 1-based serial number (used in ids)."""
        with self._lock:
            self._served += 1
            reply = self._replies.popleft() if self._replies else ScriptedReply(text=self.default_text)
            return self._served, reply

    def next_fault(self) -> StreamFault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def pause(self) -> None:
        if self._delay:
            time.sleep(self._delay)

    def outgoing(self, piece: str, request: RecordedRequest) -> str:
        """A streamed delta as it goes out, taken just before it is written: stamped if `stamp_deltas`."""
        if not self.stamp_deltas:
            return piece
        return f"{piece}\u27e6{time.time_ns()}|{request.received_ns}\u27e7"

    def handle(self, handler: _Handler, request: RecordedRequest) -> None:
        raise NotImplementedError
