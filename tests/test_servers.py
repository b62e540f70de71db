"""The product as `make run` starts it, and as production runs it: real server processes.

Embedded: one daphne process serves HTTP and runs the Celery worker and beat in its own threads
on the in-memory broker, so /healthz is answered by a worker with the server's own pid.
Production shape (when the machine has Redis): daphne and a separate `celery worker` process
share Redis, so the worker that answers has another pid."""

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
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
    assert body["checks"]["channel_layer"]["backend"] == "RedisChannelLayer"
    assert body["checks"]["worker"]["answered_by"] == f"{worker.pid}@{socket.gethostname()}"
    assert "embedded Celery worker" not in server_log
