"""The product as `make run` starts it, and as production runs it: real server processes.

Embedded: one daphne process serves HTTP and runs the Celery worker and beat in its own threads
on the in-memory broker, so /healthz is answered by a worker with the server's own pid.
Production shape (when the machine has Redis): daphne and a separate `celery worker` process
share Redis, so the worker that answers has another pid. Both also stream a conversation reply (the offline
tutor's) over the websocket to a client that signed in over HTTP."""

import asyncio
import http.cookiejar
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import websockets
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "EMBEDDED_WORKER"}}
    env.update(
        DJANGO_SETTINGS_MODULE="tutor_project.settings.base",
        VAR_DIR=str(tmp_path / "var"),
        STATIC_ROOT=str(tmp_path / "static"),
        SECRET_KEY="test-secret-key-for-a-subprocess-server-0123456789",
        **extra,
    )
    return env


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory) -> Path:
    """One migrated SQLite file for the module; each server gets its own copy."""
    env = _env(tmp_path_factory.mktemp("template"))
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    return Path(env["VAR_DIR"]) / "db.sqlite3"


def _migrate(env: dict, migrated_db: Path) -> None:
    Path(env["VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    shutil.copy(migrated_db, Path(env["VAR_DIR"]) / "db.sqlite3")


def _healthz(port: int, timeout: float = 40.0) -> tuple[int, dict]:
    """The first answer of /healthz, waiting for the server to listen."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=15) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
        time.sleep(0.3)


def _daphne(port: int) -> list[str]:
    return [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "tutor_project.asgi:application"]


def _start(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_output(process: subprocess.Popen, text: bytes, timeout: float = 60.0) -> None:
    """Block until the process writes `text` to stderr (e.g. a Celery worker's "ready.")."""
    deadline = time.monotonic() + timeout
    seen = b""
    while text not in seen:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or process.poll() is not None:
            raise AssertionError(f"{text!r} never appeared; output so far: {seen.decode(errors='replace')}")
        if select.select([process.stderr], [], [], remaining)[0]:
            seen += os.read(process.stderr.fileno(), 65536)


def _stop(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    return stderr.decode(errors="replace")


def _serve_once(env: dict) -> tuple[int, int, dict, str]:
    """Start daphne, read /healthz once, stop it: (server pid, status, body, server log)."""
    port = _free_port()
    server = _start(_daphne(port), env)
    try:
        status, body = _healthz(port)
    finally:
        log = _stop(server)
    return server.pid, status, body, log


def test_embedded_server_answers_healthz_from_its_own_worker_thread(tmp_path, migrated_db):
    env = _env(tmp_path)
    _migrate(env, migrated_db)
    pid, status, body, log = _serve_once(env)
    assert status == 200, (body, log)
    assert body["failing"] == []
    assert body["checks"]["broker"]["transport"] == "memory"
    assert body["checks"]["channel_layer"]["backend"] == "ThreadSafeInMemoryChannelLayer"
    assert body["checks"]["database"]["vendor"] == "sqlite"
    assert body["checks"]["worker"]["answered_by"] == f"{pid}@{socket.gethostname()}"
    assert body["checks"]["vector_store"]["path"] == str(tmp_path / "var" / "chroma")
    assert "embedded Celery worker and beat started" in log


def test_embedded_server_without_worker_reports_worker_down_with_503(tmp_path, migrated_db):
    env = _env(tmp_path, EMBEDDED_WORKER="false")
    _migrate(env, migrated_db)
    _, status, body, _ = _serve_once(env)
    assert status == 503
    assert body["status"] == "error"
    assert body["failing"] == ["worker"]
    assert body["checks"]["worker"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


@pytest.mark.skipif(not settings.REDIS_URL, reason="separate worker processes need a shared broker: set REDIS_URL")
def test_server_and_separate_celery_worker_share_redis(tmp_path, migrated_db):
    # Another Redis database than the suite's: the suite's own worker (conftest.celery_worker, a thread of
    # this process) consumes the default queue there and would race the separate worker for the ping.
    redis_url = urlsplit(settings.REDIS_URL)._replace(path="/15").geturl()
    env = _env(tmp_path, REDIS_URL=redis_url)
    _migrate(env, migrated_db)
    worker = _start(
        [sys.executable, "-m", "celery", "-A", "tutor_project", "worker", "-P", "threads", "-c", "2", "-l", "info"], env
    )
    try:
        _wait_for_output(worker, b" ready.")
        _, status, body, server_log = _serve_once(env)
    finally:
        _stop(worker)
    assert status == 200, (body, server_log)
    assert body["checks"]["broker"]["transport"] == "redis"
    assert body["checks"]["channel_layer"]["backend"] == "RedisPubSubChannelLayer"
    assert body["checks"]["worker"]["answered_by"] == f"{worker.pid}@{socket.gethostname()}"
    assert "embedded Celery worker" not in server_log


# --- a conversation turn against the real processes

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _post(opener, url: str, form: dict, referer: str):
    token = TOKEN.search(opener.open(referer).read().decode()).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **form}).encode()
    return opener.open(urllib.request.Request(url, data=data, headers={"Referer": referer}))


def _turn(port: int, text: str) -> tuple[int, list[dict]]:
    """Sign in as the demo learner, start a free-talk conversation, send `text`; the events up to reply.done."""
    base = f"http://127.0.0.1:{port}"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _post(
        opener,
        f"{base}/accounts/login/",
        {"login": "learner@example.com", "password": "practise-daily"},
        f"{base}/accounts/login/",
    )
    page = opener.open(f"{base}/conversations/new/").read().decode()
    mode = re.search(r'name="mode" value="(\d+)" id="mode-free-talk"', page).group(1)
    persona = re.search(r'name="persona" value="(\d+)" id="persona-friendly-partner"', page).group(1)
    started = _post(
        opener,
        f"{base}/conversations/new/",
        {"language": "es", "level": "A2", "mode": mode, "persona": persona},
        f"{base}/conversations/new/",
    )
    conversation_id = int(re.search(r"/conversations/(\d+)/$", started.geturl()).group(1))
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)

    async def talk() -> list[dict]:
        async with websockets.connect(
            f"ws://127.0.0.1:{port}/ws/conversations/{conversation_id}/",
            additional_headers={"Cookie": cookie, "Origin": base},
        ) as socket:
            await socket.send(json.dumps({"type": "message.send", "text": text}))
            events = []
            while not events or events[-1]["type"] != "reply.done":
                events.append(json.loads(await asyncio.wait_for(socket.recv(), 30)))
            return events

    return conversation_id, asyncio.run(talk())


def _assert_offline_reply(events: list[dict], text: str) -> None:
    created = [e["message"] for e in events if e["type"] == "message.created"]
    assert [(m["role"], m["text"], m["status"]) for m in created] == [
        ("user", text, "complete"),
        ("assistant", "", "streaming"),
    ]
    deltas = [e for e in events if e["type"] == "reply.delta"]
    done = events[-1]["message"]
    assert [d["seq"] for d in deltas] == list(range(1, len(deltas) + 1))
    assert "".join(d["text"] for d in deltas) == done["text"]
    assert (done["status"], done["provider"], done["is_offline"]) == ("complete", "offline", True)
    assert done["text"].startswith("Has mencionado: paella")


def _seeded(env: dict, migrated_db) -> None:
    _migrate(env, migrated_db)
    subprocess.run([sys.executable, "manage.py", "seed_demo"], cwd=ROOT, env=env, check=True, capture_output=True)


def test_embedded_server_streams_the_offline_tutors_reply(tmp_path, migrated_db):
    env = _env(tmp_path)
    _seeded(env, migrated_db)
    port = _free_port()
    server = _start(_daphne(port), env)
    try:
        assert _healthz(port)[0] == 200
        _, events = _turn(port, "Me gusta la paella.")
    finally:
        log = _stop(server)
    _assert_offline_reply(events, "Me gusta la paella.")
    assert "embedded Celery worker and beat started" in log


@pytest.mark.skipif(not settings.REDIS_URL, reason="separate worker processes need a shared broker: set REDIS_URL")
def test_server_and_separate_worker_stream_the_reply_over_redis(tmp_path, migrated_db):
    redis_url = urlsplit(settings.REDIS_URL)._replace(path="/15").geturl()  # not the suite's worker's database
    env = _env(tmp_path, REDIS_URL=redis_url)
    _seeded(env, migrated_db)
    worker = _start(
        [sys.executable, "-m", "celery", "-A", "tutor_project", "worker", "-P", "threads", "-c", "2", "-l", "info"], env
    )
    port = _free_port()
    server = _start(_daphne(port), env)
    try:
        _wait_for_output(worker, b" ready.")
        assert _healthz(port)[0] == 200
        _, events = _turn(port, "Me gusta la paella.")
    finally:
        _stop(server)
        worker_log = _stop(worker)
    _assert_offline_reply(events, "Me gusta la paella.")
    assert "conversations.tasks.reply_generate" in worker_log
