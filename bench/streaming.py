"""Streaming benchmark (issue 5): how late each text delta of a tutor reply reaches the page, through the
whole production stack, and what the stack adds to the time to the first token.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/streaming.py [--conversations 50 --replies-per-conversation 4 --pace-ms 25,60]
    ... bench/streaming.py --probe      # also time each hop inside the worker (see "Attribution" below)

Separate processes, as in production, all on 127.0.0.1:

    bench process: websocket clients (the `websockets` package), one per conversation, signed in with a
                   session cookie; and, for the baseline, direct `anthropic` SDK calls
    daphne         tutor_project.asgi:application (or --asgi uvicorn), one process
    celery worker  celery -A tutor_project worker -P threads -c N (--worker-processes of them, default 1;
                   N = conversations / processes + 2 by default)
    fake Anthropic the test harness's server (tests/fakes) in a process of its own, one per pace
    PostgreSQL     a throwaway test database, test_bench_streaming_<pid>, dropped at the end
    Redis          channel layer, Celery broker and cache, on a database of its own (BENCH_REDIS_DB, 13),
                   flushed before and after

A learner sends {"type": "message.send"} over /ws/conversations/<id>/; the consumer stores it and a placeholder
and queues conversations.tasks.reply_generate; the worker streams the reply from the fake server through the
AI gateway, batching deltas about every 50 ms (conversations/streaming.py) into reply.delta events that the task's
thread publishes on the Redis channel layer itself (tutor_project/layers.py), then stores; daphne forwards them to
the page. The fake server stamps every delta with the wall-clock time it
sent it (tests/fakes/base.py DELTA_STAMP: the same clock for every process on the machine), and the client
takes the stamps out of each reply.delta frame it receives:

- per delta (a): every delta, send at the fake -> frame received. Includes the deliberate batching hold: a
  delta waits for the next one that finds 50 ms gone since the last flush.
- per delta (b): only the delta that triggered its batch's flush (the last of each batch but the reply's
  final one): the pipeline itself, worker -> channel layer -> daphne -> websocket.
- end of reply: the reply's final batch, flushed only after the provider's stream ended and the gateway
  settled the call (ledger row, budgets).
- direct: the same stamps read by a direct `anthropic` SDK stream from the same server (the floor).
- time to first token: message.send written -> first reply.delta frame; direct: the SDK call started -> first
  content_block_delta event. Both include the fake's pause before its first delta; "added" is the difference
  of the percentiles.

Each run holds --conversations websocket conversations at once (and one conversation alone); before each
message a client waits a random 0..--think-ms (seeded), so that sends do not all land in the same instant.
Every pace in --pace-ms gets its runs: 25 ms (deltas arrive faster than the batching interval, so most are
held), and 60 ms (every delta finds the interval gone and flushes on its own). Direct and stack runs take
turns. The learner's correction strictness is "none" and the live_analysis flag is off, so the reply is the
only model call.

Attribution (--probe): the worker is started through this file instead (`--probe-worker`, which runs the
same `celery worker` command line through tutor_project.celery.app.worker_main) with timers on the task start,
on every batch flush, on each database statement and on each channel layer send, kept in memory and written to a
file at shutdown. The bench then splits time to first token and per-delta latency into hops, counts the
database statements of a reply task, counts the events channels_redis dropped over capacity, and then, with
the worker stopped, times in this process: a flush's statement, one channel layer send from a thread as the task
does it (a PUBLISH from the thread), by async_to_sync (a new event loop and Redis connection per call) and on a
long-lived event loop, and one replies.message_send as the consumer runs it.

Targets (issue 5), at --conversations concurrent conversations: added p95 per delta (b) <= 20 ms, added
time-to-first-token p95 <= 100 ms.
"""

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
KEY_ENV = "BENCH_STREAMING_ANTHROPIC_KEY"
MODEL_ID = "claude-bench-streaming"
BENCH_REDIS_DB = os.environ.get("BENCH_REDIS_DB", "13")
TARGET_DELTA_P95_MS = 20.0
TARGET_TTFT_P95_MS = 100.0
BATCH_MS = 50.0  # conversations.streaming.BATCH_SECONDS, for the report
# A tutor's answer of 30 words: the fake sends one delta per word, as a hosted model sends a token or two.
REPLY = (
    "¡Qué bien! Yo también tomo café por la mañana, normalmente con leche y sin azúcar. "
    "En mi barrio hay una cafetería pequeña con churros muy ricos. ¿Y tú, dónde desayunas los domingos?"
)
LEARNER_SAYS = [
    "Hola, por la mañana siempre tomo un café con leche.",
    "Me gusta desayunar en casa con mi familia.",
    "Los domingos voy a una cafetería cerca del parque.",
    "¿Qué desayunas tú normalmente?",
]
FRAME_TIMEOUT = 60.0  # seconds a client waits for the next frame before it gives the reply up
MAX_RUN_SECONDS = 600.0


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=50, help="concurrent conversations (default 50)")
    parser.add_argument(
        "--replies-per-conversation", type=int, default=4, help="replies per conversation, concurrent runs (4)"
    )
    parser.add_argument("--single-replies", type=int, default=8, help="replies of the one-conversation run (8)")
    parser.add_argument("--pace-ms", default="25,60", help="fake server pause before each delta, comma list (25,60)")
    parser.add_argument("--think-ms", type=float, default=300.0, help="random wait before each message, 0..N (300)")
    parser.add_argument("--worker-processes", type=int, default=1, help="celery worker processes (default 1)")
    parser.add_argument("--pool", choices=("threads", "prefork"), default="threads", help="celery -P (threads)")
    parser.add_argument(
        "--worker-concurrency", type=int, default=0, help="celery -c of each (default conversations / processes + 2)"
    )
    parser.add_argument("--asgi", choices=("daphne", "uvicorn"), default="daphne", help="ASGI server (daphne)")
    parser.add_argument("--probe", action="store_true", help="time the hops inside the worker (attribution)")
    parser.add_argument(
        "--spy", type=int, default=0, help="py-spy the worker and server for N s of the many-conversation run"
    )
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--keep-logs", action="store_true", help="keep the server and worker logs")
    args = parser.parse_args(argv)
    args.paces = [float(p) for p in args.pace_ms.split(",") if p.strip()]
    args.worker_concurrency = args.worker_concurrency or -(-args.conversations // args.worker_processes) + 2
    if args.conversations < 1 or args.replies_per_conversation < 1 or args.single_replies < 2 or not args.paces:
        parser.error("need at least 1 conversation, 1 reply each, 2 single replies and one pace")
    return args


def _configure() -> None:
    """Production settings (base, DEBUG off) for this process and every process it starts."""
    sys.path.insert(0, str(ROOT))
    database_url, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or not redis_url.startswith("redis://"):
        sys.exit("bench/streaming.py measures the production shape: set DATABASE_URL (PostgreSQL) and REDIS_URL")
    os.environ["DJANGO_SETTINGS_MODULE"] = "tutor_project.settings.base"
    os.environ["DEBUG"] = "False"
    os.environ["LOG_LEVEL"] = "WARNING"  # not a line per websocket
    os.environ["EMBEDDED_WORKER"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-streaming-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
    os.environ[KEY_ENV] = "bench-key"
    url = urlsplit(redis_url)
    os.environ["REDIS_URL"] = urlunsplit(url._replace(path="/" + BENCH_REDIS_DB))


# --- statistics


def _q(values, p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=1000, method="inclusive")[round(p * 10) - 1]


def _ms(ns) -> float:
    return ns / 1e6


def _row(values_ms: list[float]) -> str:
    if not values_ms:
        return f"{'-':>8} {'-':>8} {'-':>8} {'-':>8} {0:>7}"
    return (
        f"{_q(values_ms, 50):>8.1f} {_q(values_ms, 95):>8.1f} {_q(values_ms, 99):>8.1f} "
        f"{max(values_ms):>8.1f} {len(values_ms):>7}"
    )


# --- the fake provider, in a process of its own (a real provider is on another machine)


def _serve(paces_s, urls, stop) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.fakes import FakeAnthropic

    fakes = []
    for pace in paces_s:
        fake = FakeAnthropic()
        fake.default_text = REPLY
        fake.stamp_deltas = True
        fake.slow(pace)
        fakes.append(fake.start())
    urls.put([fake.url for fake in fakes])
    while not stop.wait(1.0):
        for fake in fakes:  # the record of requests is not needed here; keep the process small
            with fake._lock:
                fake.requests.clear()
    for fake in fakes:
        fake.stop()


class _FakeServers:
    def __init__(self, paces_s):
        self.paces_s = paces_s

    def __enter__(self) -> list[str]:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        urls, self.stop = context.Queue(), context.Event()
        self.process = context.Process(target=_serve, args=(self.paces_s, urls, self.stop), daemon=True)
        self.process.start()
        self.urls = urls.get(timeout=60)
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)


# --- server and worker processes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Process:
    """A child process with its output in a log file; stopped with SIGTERM (then SIGKILL) by its own pid."""

    def __init__(self, name: str, args: list[str], env: dict, log_dir: Path):
        self.name, self.log_path = name, log_dir / f"{name}.log"
        self.log = self.log_path.open("wb")
        self.popen = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for(self, ready, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.popen.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.popen.returncode}):\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} not ready after {timeout:g} s:\n{self.output()[-3000:]}")
            time.sleep(0.2)

    def stop(self, timeout: float = 30.0) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)
        self.log.close()


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _child_env(database_name: str, pool_max: int, **extra) -> dict:
    env = dict(os.environ)
    url = urlsplit(env["DATABASE_URL"])
    env["DATABASE_URL"] = urlunsplit(url._replace(path="/" + database_name))
    env["DATABASE_POOL_MAX"] = str(pool_max)
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


# --- CPU accounting: how busy each process was during a run (2 cores are shared by all of them)

_TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int | str) -> list[str]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return stat[stat.rindex(")") + 2 :].split()


def _cpu_seconds(pid: int | tuple[int, ...]) -> float:
    """CPU time of a process and its children (a prefork worker's pool), or of several (the worker processes)."""
    if isinstance(pid, tuple):
        return sum(_cpu_seconds(one) for one in pid)
    fields = _stat_fields(pid)
    if not fields:
        return 0.0
    children = [
        entry.name
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and (child := _stat_fields(entry.name)) and child[1] == str(pid)
    ]
    own = (int(fields[11]) + int(fields[12])) / _TICK
    return own + sum((int(c[11]) + int(c[12])) / _TICK for c in map(_stat_fields, children) if c)


def _cpu_of_commands(names: tuple[str, ...]) -> dict[int, float]:
    """CPU seconds of every process with one of these command names, by pid."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if stat[stat.index("(") + 1 : stat.rindex(")")] in names:
                fields = stat[stat.rindex(")") + 2 :].split()
                found[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICK
    return found


def _machine_busy() -> tuple[float, float]:
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / _TICK, sum(values) / _TICK


class _Cpu:
    def __init__(self, pids: dict[str, int]):
        self.pids = pids

    def _sample(self) -> dict:
        sample = {name: _cpu_seconds(pid) for name, pid in self.pids.items()}
        sample["_shared"] = _cpu_of_commands(("postgres", "redis-server"))
        sample["_busy"], sample["_total"] = _machine_busy()
        return sample

    def __enter__(self):
        self.start, self.started = self._sample(), time.monotonic()
        return self

    def __exit__(self, *exc):
        end, wall = self._sample(), time.monotonic() - self.started
        self.usage = {name: (end[name] - self.start[name]) / wall for name in self.pids}
        # Backends that ended during the run are missed; those that started count from zero.
        shared = sum(cpu - self.start["_shared"].get(pid, 0.0) for pid, cpu in end["_shared"].items())
        self.usage["postgres+redis"] = shared / wall
        self.usage["whole machine"] = (end["_busy"] - self.start["_busy"]) / wall
        self.wall = wall

    def line(self) -> str:
        parts = [f"{name} {share * 100:.0f}%" for name, share in self.usage.items()]
        return "CPU (% of one core): " + ", ".join(parts)


# --- one reply as the page saw it


@dataclass
class ReplySample:
    sent_ns: int
    placeholder_ns: int = 0  # the placeholder's message.created received
    message_id: int = 0
    first_ns: int = 0  # first reply.delta frame received
    done_ns: int = 0
    request_ns: int = 0  # the fake server read the provider request
    # per delta: (sent by the fake, received by the page, seq of its frame, last in its frame, in the final frame)
    deltas: list[tuple[int, int, int, bool, bool]] = field(default_factory=list)
    error: str = ""


@dataclass
class RunResult:
    conversations: int
    replies: list[ReplySample]
    seconds: float
    cpu: _Cpu | None = None
    in_flight: float = 0.0


def _expected_deltas() -> int:
    from tests.fakes.base import ScriptedReply

    return len(ScriptedReply(text=REPLY).deltas())


async def _one_conversation(url, cookie, replies, think_s, rng, start_at, out):
    from websockets.asyncio.client import connect

    from tests.fakes.base import split_stamps

    expected = _expected_deltas()
    async with connect(
        url,
        origin="http://127.0.0.1",
        additional_headers={"Cookie": cookie},
        open_timeout=60,
        ping_interval=None,
        max_size=None,
    ) as ws:
        await asyncio.sleep(max(0.0, start_at - time.monotonic()))
        for index in range(replies):
            await asyncio.sleep(rng.uniform(0, think_s))
            sample = ReplySample(sent_ns=time.time_ns())
            out.append(sample)
            said = LEARNER_SAYS[index % len(LEARNER_SAYS)]
            await ws.send(json.dumps({"type": "message.send", "text": said, "timing": {}}))
            text, seqs, count = "", [], 0
            while True:
                try:
                    raw = await asyncio.wait_for(ws.recv(), FRAME_TIMEOUT)
                except TimeoutError:
                    sample.error = "timeout"
                    return
                now = time.time_ns()
                event = json.loads(raw)
                kind = event.get("type")
                if kind == "message.created" and event["message"]["role"] == "assistant":
                    sample.placeholder_ns, sample.message_id = now, event["message"]["id"]
                elif kind == "reply.delta" and event["message_id"] == sample.message_id:
                    clean, stamps = split_stamps(event["text"])
                    text += clean
                    seqs.append(event["seq"])
                    count += len(stamps)
                    final = count >= expected
                    if not sample.first_ns:
                        sample.first_ns = now
                        sample.request_ns = stamps[0][1] if stamps else 0
                    for i, (sent, _) in enumerate(stamps):
                        sample.deltas.append((sent, now, event["seq"], i == len(stamps) - 1, final))
                elif kind == "reply.done" and event["message"]["id"] == sample.message_id:
                    sample.done_ns = now
                    if event["message"]["status"] != "complete":
                        sample.error = f"status {event['message']['status']}"
                    elif seqs != list(range(1, len(seqs) + 1)):
                        sample.error = f"seq {seqs}"
                    elif text != REPLY or count != expected:
                        sample.error = f"text differs ({count} of {expected} deltas)"
                    break
                elif kind in ("reply.error", "error"):
                    sample.error = json.dumps(event)[:300]
                    break
                # message.created for the learner's message, corrections/analysis events: not timed


async def _stack_run(port, sessions, conversation_ids, replies, think_s, seed) -> list[ReplySample]:
    out: list[ReplySample] = []
    start_at = time.monotonic() + 1.0  # every socket is open before the first message
    clients = [
        _one_conversation(
            f"ws://127.0.0.1:{port}/ws/conversations/{conversation_id}/",
            cookie,
            replies,
            think_s,
            random.Random(seed * 1000 + i),
            start_at,
            out,
        )
        for i, (conversation_id, cookie) in enumerate(zip(conversation_ids, sessions, strict=True))
    ]
    results = await asyncio.wait_for(asyncio.gather(*clients, return_exceptions=True), MAX_RUN_SECONDS)
    for result in results:
        if isinstance(result, BaseException):
            out.append(ReplySample(sent_ns=0, error=f"{type(result).__name__}: {result}"))
    return out


def _in_flight(intervals: list[tuple[int, int]]) -> float:
    """Time-weighted mean number of replies in flight between the first send and the last done."""
    intervals = [(a, b) for a, b in intervals if a and b > a]
    if not intervals:
        return 0.0
    start, end = min(a for a, _ in intervals), max(b for _, b in intervals)
    return sum(b - a for a, b in intervals) / (end - start) if end > start else 0.0


# --- the baseline: the same server, read directly through the SDK


@dataclass
class DirectSample:
    started_ns: int
    first_ns: int = 0
    request_ns: int = 0
    deltas: list[tuple[int, int]] = field(default_factory=list)  # (sent by the fake, event received)
    error: str = ""


def _direct_run(url: str, params: dict, concurrency: int, calls_each: int, think_s: float, seed: int):
    import anthropic

    from tests.fakes.base import split_stamps

    client = anthropic.Anthropic(api_key="bench-key", base_url=url, max_retries=0, timeout=60.0)
    out: list[DirectSample] = []
    barrier = threading.Barrier(concurrency)

    def worker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        barrier.wait()
        for _ in range(calls_each):
            time.sleep(rng.uniform(0, think_s))
            sample = DirectSample(started_ns=time.time_ns())
            out.append(sample)
            try:
                with client.messages.create(**params, stream=True) as stream:  # as the gateway's provider calls
                    for event in stream:
                        if event.type == "content_block_delta":
                            now = time.time_ns()
                            _, stamps = split_stamps(event.delta.text)
                            if not sample.first_ns:
                                sample.first_ns, sample.request_ns = now, stamps[0][1]
                            sample.deltas.extend((sent, now) for sent, _ in stamps)
            except Exception as error:  # reported, not raised: the run goes on
                sample.error = f"{type(error).__name__}: {error}"

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(MAX_RUN_SECONDS)
    client.close()
    return out


# --- the worker probe (--probe): the same `celery worker`, with timers, records written at shutdown


def _probe_worker(argv: list[str]) -> None:
    """Run `celery worker <argv>` for tutor_project with timers on the reply path (see --probe)."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from celery.signals import task_postrun, task_prerun, worker_shutdown
    from django.db.backends.signals import connection_created

    from conversations import realtime
    from conversations.streaming import DeltaBatcher
    from tests.fakes.base import DELTA_STAMP
    from tutor_project.celery import app

    local = threading.local()
    records = {"tasks": [], "flushes": [], "sends": [], "sql": {}, "deltas": [], "over_capacity": 0}

    class OverCapacity(logging.Handler):
        """channels_redis says so (at INFO) when a group_send finds a channel full and drops the message."""

        def emit(self, record):
            if "over capacity" in record.msg:
                records["over_capacity"] += 1

    layer_log = logging.getLogger("channels_redis.core")
    layer_log.addHandler(OverCapacity(logging.INFO))
    layer_log.setLevel(logging.INFO)
    layer_log.propagate = False
    table_pattern = re.compile(r'\b(?:FROM|INTO|UPDATE)\s+"(\w+)"', re.I)

    def kind_of(sql: str) -> str:
        verb = sql.split(None, 1)[0].upper() if sql.strip() else "?"
        table = table_pattern.search(sql)
        return f"{verb} {table.group(1)}" if table else verb

    def timed_sql(execute, sql, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter_ns() - started
            kind = kind_of(sql)
            records["sql"].setdefault(kind, []).append(elapsed)
            counts = getattr(local, "counts", None)
            if counts is not None:
                counts[kind] = counts.get(kind, 0) + 1

    def on_connection(sender, connection, **kwargs):
        if timed_sql not in connection.execute_wrappers:
            connection.execute_wrappers.append(timed_sql)

    connection_created.connect(on_connection, weak=False)

    def prerun(task_id=None, task=None, args=None, **kwargs):
        local.counts = {}
        if task.name == "conversations.tasks.reply_generate":
            local.task = (args[0], time.time_ns(), time.thread_time_ns())

    def postrun(task_id=None, task=None, args=None, **kwargs):
        if task.name == "conversations.tasks.reply_generate" and getattr(local, "task", None):
            message_id, started, cpu = local.task
            cpu = time.thread_time_ns() - cpu
            records["tasks"].append((message_id, started, time.time_ns(), local.counts, cpu))
        local.counts, local.task = None, None

    task_prerun.connect(prerun, weak=False)
    task_postrun.connect(postrun, weak=False)

    original_add, original_flush, original_send = DeltaBatcher.add, DeltaBatcher.flush, realtime.send

    def add(self, delta):
        stamp = DELTA_STAMP.search(delta)
        if stamp:
            records["deltas"].append((int(stamp.group(1)), time.time_ns()))
        return original_add(self, delta)

    def flush(self):
        local.flush_started = time.time_ns()
        return original_flush(self)

    def send(conversation_id, event, **options):
        started = time.time_ns()
        original_send(conversation_id, event, **options)
        ended = time.time_ns()  # a batch (wait=False): only queued on the process's channel-layer loop
        if event.get("type") == "reply.delta":
            records["flushes"].append(
                (event["message_id"], event["seq"], getattr(local, "flush_started", started), started, ended)
            )
        else:
            records["sends"].append((event.get("type"), started, ended))

    DeltaBatcher.add, DeltaBatcher.flush, realtime.send = add, flush, send

    def dump(**kwargs):
        Path(os.environ["BENCH_PROBE_FILE"]).write_text(json.dumps(records))

    worker_shutdown.connect(dump, weak=False)
    app.worker_main(["worker", *argv])


# --- main


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--probe-worker"]:
        _probe_worker(argv[1:])
        return
    args = _arguments(argv)
    _configure()

    def terminated(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminated)
    import django

    django.setup()
    import redis
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    bench_redis = redis.Redis.from_url(os.environ["REDIS_URL"])
    bench_redis.flushdb()  # this bench's own database: a queue or cache left by an earlier run
    setup_test_environment(debug=False)
    old_name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = f"test_bench_streaming_{os.getpid()}"
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    database_name = connection.settings_dict["NAME"]
    print(f"test database {database_name} (postgresql) migrated in {time.perf_counter() - started:.1f} s")
    log_dir = Path(tempfile.mkdtemp(prefix="bench-streaming-"))
    processes: list[_Process] = []
    try:
        with _FakeServers([pace / 1000 for pace in args.paces]) as fakes:
            urls = dict(zip(args.paces, fakes.urls, strict=True))
            _run(args, urls, fakes.process.pid, database_name, log_dir, processes)
    finally:
        for process in reversed(processes):
            process.stop()
        if getattr(connection, "pool", None) is not None:
            connection.close_pool()
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
        bench_redis.flushdb()
        if args.keep_logs:
            print(f"logs kept in {log_dir}")
        else:
            for path in log_dir.iterdir():
                path.unlink()
            log_dir.rmdir()


def _setup_learners(count: int):
    """`count` onboarded Spanish learners (strictness "none": no corrections call) and a session cookie each."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone

    from admin_tools import services as admin_services
    from admin_tools.models import User
    from learning.models import Language, Profile

    spanish = Language.objects.get(code="es")
    learners, cookies = [], []
    for i in range(count):
        user = User.objects.create_user(f"bench-learner-{i}", f"bench-learner-{i}@example.com", "bench-password-1")
        admin_services.learner_role_grant(user=user)
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        profile = Profile.objects.create(
            user=user, display_name=f"Learner {i}", onboarded_at=timezone.now(), correction_strictness="none"
        )
        profile.target_languages.create(language=spanish, level="A2")
        client = Client()
        client.force_login(user)
        learners.append(user)
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")
    return learners, cookies


def _new_conversations(learners) -> list[int]:
    from conversations.models import Persona, TutorMode
    from conversations.services.conversations import conversation_start
    from learning.models import Language

    spanish = Language.objects.get(code="es")
    mode, persona = TutorMode.objects.get(slug="free-talk"), Persona.objects.get(slug="friendly-partner")
    return [
        conversation_start(owner=user, language=spanish, mode=mode, persona=persona, level="A2").pk for user in learners
    ]


def _direct_params(conversation_id: int, model) -> dict:
    """What the gateway's Anthropic provider sends for a first reply in a conversation: the same body."""
    from admin_tools.gateway import routing
    from admin_tools.gateway.providers.anthropic import _params
    from conversations import prompts
    from conversations.models import Conversation
    from learning.services import profile_get

    conversation = Conversation.objects.get(pk=conversation_id)
    conversation.messages.create(role="user", text=LEARNER_SAYS[0], status="complete")
    request = prompts.reply_request(conversation, profile=profile_get(user=conversation.owner), mistakes=[])
    return _params(routing.spec_for(model), request)


def _run(args, urls: dict[float, str], fake_pid: int, database_name: str, log_dir: Path, processes: list) -> None:
    from decimal import Decimal

    from admin_tools import flags
    from admin_tools.models import AIModel, FeatureFlag, Provider

    AIModel.objects.exclude(provider=Provider.OFFLINE).update(enabled=False)
    model = AIModel.objects.create(
        provider=Provider.ANTHROPIC,
        model_id=MODEL_ID,
        display_name="Claude (bench)",
        base_url=urls[args.paces[0]],
        api_key_env=KEY_ENV,
        priority=1,
        price_input=Decimal("3"),
        price_output=Decimal("15"),
        price_cache_write=Decimal("3.75"),
        price_cache_read=Decimal("0.30"),
    )
    live, _ = FeatureFlag.objects.get_or_create(name=flags.LIVE_ANALYSIS)
    live.everyone = False  # saved through the model: waffle's cached copy is cleared
    live.save()
    n = args.conversations
    learners, cookies = _setup_learners(n)

    probe_files = [log_dir / f"probe-{i}.json" for i in range(args.worker_processes)]
    workers = []
    pool_max = args.worker_concurrency + 2  # every task thread holds a connection while its reply streams
    for i, probe_file in enumerate(probe_files):
        worker_args = ["-P", args.pool, "-c", str(args.worker_concurrency), "-l", "info", "-n", f"bench{i}@%h"]
        if args.probe:
            command = [sys.executable, str(Path(__file__).resolve()), "--probe-worker", *worker_args]
        else:
            command = [sys.executable, "-m", "celery", "-A", "tutor_project", "worker", *worker_args]
        env = _child_env(database_name, pool_max, BENCH_PROBE_FILE=str(probe_file))
        workers.append(_Process(f"worker-{i}", command, env, log_dir))
    processes.extend(workers)
    port = _free_port()
    if args.asgi == "daphne":
        server_command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
    else:
        server_command = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)]
        server_command += ["--log-level", "warning"]
    server_command.append("tutor_project.asgi:application")
    server = _Process(args.asgi, server_command, _child_env(database_name, 10), log_dir)
    processes.append(server)
    for worker in workers:
        worker.wait_for(lambda worker=worker: " ready." in worker.output())
    server.wait_for(lambda: _listening(port))
    print(
        f"{args.asgi} pid {server.pid} on :{port}; {len(workers)} x celery worker -P {args.pool} "
        f"-c {args.worker_concurrency} pid {', '.join(str(w.pid) for w in workers)}"
        f"{' (probed)' if args.probe else ''}; fake Anthropic servers {', '.join(urls.values())}"
    )
    worker_pids = tuple(worker.pid for worker in workers)
    pids = {args.asgi: server.pid, "worker": worker_pids, "fake": fake_pid, "bench": os.getpid()}
    with _Cpu(pids) as idle:
        time.sleep(2.0)
    print(
        f"before the runs, with the stack idle, the machine was {idle.usage['whole machine'] * 100:.0f}% busy "
        f"(of {os.cpu_count()} cores: other work shares them; every run below prints its own figure)"
    )
    think_s = args.think_ms / 1000

    def stack(conversations: int, replies: int, seed: int) -> RunResult:
        ids = _new_conversations(learners[:conversations])
        started = time.perf_counter()
        with _Cpu(pids) as cpu:
            samples = asyncio.run(_stack_run(port, cookies[:conversations], ids, replies, think_s, seed))
        result = RunResult(conversations, samples, time.perf_counter() - started, cpu)
        result.in_flight = _in_flight([(s.sent_ns, s.done_ns) for s in samples])
        return result

    def direct(url: str, conversations: int, calls: int, seed: int) -> RunResult:
        params = _direct_params(_new_conversations(learners[:1])[0], model)
        started = time.perf_counter()
        with _Cpu(pids) as cpu:
            samples = _direct_run(url, params, conversations, calls, think_s, seed)
        result = RunResult(conversations, samples, time.perf_counter() - started, cpu)
        result.in_flight = _in_flight([(s.started_ns, s.deltas[-1][1] if s.deltas else 0) for s in samples])
        return result

    # Warm-up, untimed: every worker thread, database connection, the SDK clients and daphne.
    warm = stack(n, 1, seed=0)
    print(f"warm-up: {len(warm.replies)} replies in {warm.seconds:.1f} s, {_errors(warm)} errors")
    for sample in [x for x in warm.replies if x.error][:3]:
        print(f"   error: {sample.error}")
    results = {}
    seed = args.seed
    for pace in args.paces:
        model.base_url = urls[pace]
        model.save()  # clears the gateway's cached registry in every process (Redis cache)
        stack(1, 1, seed=0)  # the worker's client for the new server
        runs = {}
        runs["direct 1"] = direct(urls[pace], 1, args.single_replies, seed)
        runs["stack 1"] = stack(1, args.single_replies, seed)
        runs[f"direct {n}"] = direct(urls[pace], n, args.replies_per_conversation, seed + 1)
        with _spied(args.spy, {"worker": workers[0].pid, args.asgi: server.pid}, log_dir):
            runs[f"stack {n}"] = stack(n, args.replies_per_conversation, seed + 1)
        results[pace] = runs
        _report_pace(pace, runs, n, args.think_ms)
    _report_targets(results, n)
    if args.probe:
        for worker in workers:
            worker.stop()  # the probe writes its records at shutdown
        _report_probe(probe_files, results, n)
        _flush_parts(learners)
        _message_send_cost(learners)


@contextlib.contextmanager
def _spied(seconds: float, pids: dict[str, int], log_dir: Path):
    """--spy: py-spy samples the worker and the server for the first `seconds` of the run inside, then the
    functions that held the most samples (of our code, Django, the SDK, channels) are printed per process."""
    if not seconds:
        yield
        return
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    outputs = {name: log_dir / f"spy-{name}.txt" for name in pids}
    recorders = [
        subprocess.Popen(
            [
                spy,
                "record",
                "--gil",
                "-p",
                str(pid),
                "-d",
                str(round(seconds)),
                "-r",
                "200",
                "-f",
                "raw",
                "-o",
                str(outputs[name]),
            ],
            stdout=subprocess.DEVNULL,
            stderr=(log_dir / f"spy-{name}.log").open("w"),
        )
        for name, pid in pids.items()
    ]
    try:
        yield
    finally:
        for recorder in recorders:
            recorder.wait(seconds + 30)
        for name, output in outputs.items():
            _spy_report(name, output)


def _spy_report(name: str, output: Path, top: int = 45) -> None:
    if not output.exists():
        errors = (output.parent / f"spy-{name}.log").read_text().strip().splitlines()
        print(f"\n(py-spy wrote nothing for {name}: {errors[0] if errors else 'no error printed'})")
        return
    total, inclusive = 0, {}
    for line in output.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        total += int(count)
        for frame in {frame.split(" (")[0] + " " + frame.rpartition("/")[2].rstrip(")") for frame in stack.split(";")}:
            inclusive[frame] = inclusive.get(frame, 0) + int(count)
    print(f"\n-- py-spy, {name}: {total} samples of the thread holding the GIL; share of them under each function")
    for frame, count in sorted(inclusive.items(), key=lambda item: -item[1])[:top]:
        print(f"  {count * 100 / total:5.1f}%  {frame}")


def _errors(result: RunResult) -> int:
    return sum(1 for sample in result.replies if sample.error)


def _stack_figures(result: RunResult) -> dict[str, list[float]]:
    ok = [s for s in result.replies if not s.error]
    figures = {"all": [], "trigger": [], "end": [], "ttft": [], "pre": [], "first_delivery": [], "placeholder": []}
    for s in ok:
        for sent, received, _, last_in_frame, final in s.deltas:
            figures["all"].append(_ms(received - sent))
            if last_in_frame and not final:
                figures["trigger"].append(_ms(received - sent))
            if last_in_frame and final:
                figures["end"].append(_ms(received - sent))
        figures["ttft"].append(_ms(s.first_ns - s.sent_ns))
        figures["pre"].append(_ms(s.request_ns - s.sent_ns))
        figures["first_delivery"].append(_ms(s.first_ns - s.deltas[0][0]))
        figures["placeholder"].append(_ms(s.placeholder_ns - s.sent_ns))
    return figures


def _direct_figures(result: RunResult) -> dict[str, list[float]]:
    ok = [s for s in result.replies if not s.error and s.first_ns]
    return {
        "all": [_ms(received - sent) for s in ok for sent, received in s.deltas],
        "ttft": [_ms(s.first_ns - s.started_ns) for s in ok],
        "pre": [_ms(s.request_ns - s.started_ns) for s in ok],
    }


def _report_pace(pace: float, runs: dict, n: int, think_ms: float) -> None:
    expected = _expected_deltas()
    print()
    print(
        f"=== fake pace {pace:g} ms before each delta; {expected} deltas per reply; batching interval "
        f"{BATCH_MS:g} ms; think time 0..{think_ms:g} ms before each message ==="
    )
    header = f"{'measure':<52} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'samples':>7}"
    for conv in (1, n):
        stack, direct = runs[f"stack {conv}"], runs[f"direct {conv}"]
        s, d = _stack_figures(stack), _direct_figures(direct)
        print()
        print(
            f"-- {conv} concurrent conversation{'s' if conv > 1 else ''}: stack {len(stack.replies)} replies in "
            f"{stack.seconds:.1f} s ({_errors(stack)} errors, {stack.in_flight:.1f} in flight on average); direct "
            f"{len(direct.replies)} calls in {direct.seconds:.1f} s ({_errors(direct)} errors)"
        )
        print(header)
        print("-" * len(header))
        rows = [
            ("per delta (a) all deltas (incl. batching hold)", s["all"]),
            ("per delta (b) delta that triggered its flush", s["trigger"]),
            ("per delta, reply's final batch (after stream end)", s["end"]),
            ("per delta, direct SDK (floor)", d["all"]),
            ("TTFT stack: message.send -> first reply.delta", s["ttft"]),
            ("TTFT direct SDK: call -> first content_block_delta", d["ttft"]),
            ("  stack: message.send -> placeholder created", s["placeholder"]),
            ("  stack: message.send -> provider request read", s["pre"]),
            ("  direct: call -> provider request read", d["pre"]),
            ("  stack: first delta sent -> first frame received", s["first_delivery"]),
        ]
        for label, values in rows:
            print(f"{label:<52} {_row(values)}")
        added = [
            ("added per delta (b)", _q(s["trigger"], 50) - _q(d["all"], 50), _q(s["trigger"], 95) - _q(d["all"], 95)),
            ("added per delta (a)", _q(s["all"], 50) - _q(d["all"], 50), _q(s["all"], 95) - _q(d["all"], 95)),
            ("added TTFT", _q(s["ttft"], 50) - _q(d["ttft"], 50), _q(s["ttft"], 95) - _q(d["ttft"], 95)),
        ]
        for label, p50, p95 in added:
            print(f"{label + ' (stack - direct percentile)':<52} {p50:>8.1f} {p95:>8.1f}")
        print("stack " + stack.cpu.line())
        print("direct " + direct.cpu.line())
        print(_cpu_per_batch(stack))
        for sample in [x for x in stack.replies if x.error][:3]:
            print(f"   error: {sample.error}")


def _cpu_per_batch(result: RunResult) -> str:
    """The stack's CPU per reply.delta frame delivered (per-reply work included): CPU time, which waiting for a
    busy machine does not inflate, so it says how many batches a second these 2 cores could carry."""
    frames = sum(1 for sample in result.replies for delta in sample.deltas if delta[3])
    if not frames:
        return "no frames"
    seconds = result.cpu.wall
    parts = {
        name: result.cpu.usage[name] * seconds * 1000 / frames
        for name in ("worker", "daphne", "uvicorn")
        if name in result.cpu.usage
    }
    shared = result.cpu.usage["postgres+redis"] * seconds * 1000 / frames
    total = sum(parts.values()) + shared
    cores = os.cpu_count() or 1
    return (
        f"stack CPU per batch delivered ({frames} batches, {frames / seconds:.0f}/s): "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in parts.items())
        + f", postgres+redis {shared:.1f} ms (any other user's included); total {total:.1f} ms, so {cores} idle "
        f"cores carry at most ~{cores * 1000 / total:.0f} batches/s"
    )


def _report_targets(results: dict, n: int) -> None:
    print()
    print(f"=== targets (issue 5), at {n} concurrent conversations ===")
    for pace, runs in results.items():
        s, d = _stack_figures(runs[f"stack {n}"]), _direct_figures(runs[f"direct {n}"])
        delta_b = _q(s["trigger"], 95) - _q(d["all"], 95)
        delta_a = _q(s["all"], 95) - _q(d["all"], 95)
        ttft = _q(s["ttft"], 95) - _q(d["ttft"], 95)
        verdict = lambda value, target: "PASS" if value <= target else "OVER"  # noqa: E731
        print(
            f"pace {pace:g} ms: added p95 per delta (b) {delta_b:7.1f} ms <= {TARGET_DELTA_P95_MS:g}: "
            f"{verdict(delta_b, TARGET_DELTA_P95_MS)}"
        )
        print(
            f"pace {pace:g} ms: added p95 time to first token {ttft:7.1f} ms <= {TARGET_TTFT_P95_MS:g}: "
            f"{verdict(ttft, TARGET_TTFT_P95_MS)}"
        )
        print(
            f"pace {pace:g} ms: (for information) added p95 per delta (a), batching hold included: {delta_a:.1f} ms "
            f"({verdict(delta_a, TARGET_DELTA_P95_MS)} against the same {TARGET_DELTA_P95_MS:g} ms)"
        )
        errors = sum(_errors(run) for run in runs.values())
        if errors:
            print(f"pace {pace:g} ms: {errors} replies or calls failed; see the errors above")


def _report_probe(probe_files: list[Path], results: dict, n: int) -> None:
    print()
    print("=== attribution (--probe: timers inside the worker) ===")
    if not all(probe_file.exists() for probe_file in probe_files):
        print("no probe records (a worker did not shut down cleanly)")
        return
    records = {"tasks": [], "flushes": [], "sends": [], "sql": {}, "deltas": [], "over_capacity": 0}
    for probe_file in probe_files:  # one per worker process, merged
        one = json.loads(probe_file.read_text())
        for key in ("tasks", "flushes", "sends", "deltas"):
            records[key].extend(one[key])
        for kind, times in one["sql"].items():
            records["sql"].setdefault(kind, []).extend(times)
        records["over_capacity"] += one["over_capacity"]
    tasks = {message_id: (started, ended, counts) for message_id, started, ended, counts, _ in records["tasks"]}
    flushes = {(m, seq): (f, s, e) for m, seq, f, s, e in records["flushes"]}
    header = f"{'hop':<62} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'samples':>7}"
    for pace, runs in results.items():
        for conv in (1, n):
            replies = [s for s in runs[f"stack {conv}"].replies if not s.error and s.message_id in tasks]
            if not replies:
                continue
            pickup, setup, provider_first = [], [], []  # pickup: from the learner's send
            hold, update, layer, deliver, tail_settle = [], [], [], [], []
            for s in replies:
                started, ended, _ = tasks[s.message_id]
                pickup.append(_ms(started - s.sent_ns))
                setup.append(_ms(s.request_ns - started))
                provider_first.append(_ms(s.deltas[0][0] - s.request_ns))
                frames = {}
                for sent, received, seq, last_in_frame, final in s.deltas:
                    if last_in_frame:
                        frames[seq] = (sent, received, final)
                for seq, (sent, received, final) in frames.items():
                    timing = flushes.get((s.message_id, seq))
                    if timing is None:
                        continue
                    flush_started, send_started, send_ended = timing
                    if final:
                        tail_settle.append(_ms(flush_started - sent))
                    else:
                        hold.append(_ms(flush_started - sent))
                    update.append(_ms(send_started - flush_started))
                    layer.append(_ms(send_ended - send_started))
                    deliver.append(_ms(received - send_ended))
            print()
            print(f"-- pace {pace:g} ms, {conv} concurrent conversation{'s' if conv > 1 else ''}")
            print(header)
            print("-" * len(header))
            for label, values in (
                ("TTFT: message.send -> task started (store, enqueue, pickup)", pickup),
                ("TTFT: task started -> provider request read (task + gateway)", setup),
                ("TTFT: provider request read -> first delta sent (fake pace)", provider_first),
                ("delta (b): sent by fake -> flush starts (SDK parse, GIL)", hold),
                ("batch: flush starts -> layer send posted (batcher)", update),
                ("batch: posting the send (queued on the layer's loop)", layer),
                ("batch: send posted -> page received (loop, Redis, daphne)", deliver),
                ("final batch: last delta sent -> flush (stream end, settle)", tail_settle),
            ):
                print(f"{label:<62} {_row(values)}")
    deltas = records["deltas"]
    if deltas:
        waits = [_ms(got - sent) for sent, got in deltas]
        print(f"\nevery delta, sent by fake -> in DeltaBatcher.add: p50 {_q(waits, 50):.1f} p95 {_q(waits, 95):.1f} ms")
    counts = [c for _, _, c in tasks.values()]
    cpu = [_ms(task[4]) for task in records["tasks"]]
    if cpu:
        print(
            f"\nCPU of the task's own thread per reply ({_expected_deltas()} deltas; SDK parsing, ORM, the thread's "
            f"share of async_to_sync): p50 {_q(cpu, 50):.1f} ms, p95 {_q(cpu, 95):.1f} ms"
        )
    if counts:
        print(f"\ndatabase statements per reply task ({len(counts)} tasks, {_expected_deltas()} deltas each):")
        kinds = sorted({k for c in counts for k in c}, key=lambda k: -statistics.mean(c.get(k, 0) for c in counts))
        for kind in kinds:
            per_task = [c.get(kind, 0) for c in counts]
            durations = records["sql"].get(kind, [])
            print(
                f"    {kind:<48} {statistics.mean(per_task):6.1f} per task   "
                f"p50 {_q([_ms(d) for d in durations], 50):5.2f} ms  p95 {_q([_ms(d) for d in durations], 95):5.2f} ms"
            )
    print(
        f"\nreply.delta events channels_redis dropped because the daphne process's channel key was full "
        f"(capacity {_layer_capacity()}, shared by every websocket of that process): {records['over_capacity']}"
    )
    other = {}
    for kind, started, ended in records["sends"]:
        other.setdefault(kind, []).append(_ms(ended - started))
    for kind, values in other.items():
        print(f"channel layer send of {kind}: p50 {_q(values, 50):.1f} ms, p95 {_q(values, 95):.1f} ms ({len(values)})")


def _message_send_cost(learners, count: int = 30) -> None:
    """What the consumer does for one message.send, in this process (daphne does it in the one thread that all
    its sync consumers share): replies.message_send, its commit callbacks included (two events, one task queued;
    the worker is stopped by now, and the queue is flushed at the end)."""
    from django.db import connection

    from admin_tools.models import User
    from conversations import realtime
    from conversations.models import Conversation, Message
    from conversations.services import replies

    sql, layer = [], []

    def timed_sql(execute, sql_text, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql_text, params, many, context)
        finally:
            sql.append(time.perf_counter_ns() - started)

    original = realtime.send

    def timed_send(conversation_id, event):
        started = time.perf_counter_ns()
        original(conversation_id, event)
        layer.append(time.perf_counter_ns() - started)

    user = User.objects.get(pk=learners[0].pk)
    conversation = Conversation.objects.get(pk=_new_conversations(learners[:1])[0])
    walls, cpus, statements = [], [], []
    realtime.send = timed_send
    try:
        with connection.execute_wrapper(timed_sql):
            for i in range(count + 5):
                del sql[:], layer[:]
                cpu, started = time.process_time(), time.perf_counter_ns()
                replies.message_send(conversation=conversation, author=user, text=LEARNER_SAYS[i % 4], timing={})
                wall = time.perf_counter_ns() - started
                if i >= 5:  # warm
                    walls.append(_ms(wall))
                    cpus.append((time.process_time() - cpu) * 1000)
                    statements.append((len(sql), _ms(sum(sql)), _ms(sum(layer))))
                Message.objects.filter(conversation=conversation, status="streaming").update(status="complete")
    finally:
        realtime.send = original
    print(f"\none message.send as the consumer handles it ({count} times, in this process):")
    print(
        f"    replies.message_send with its commit callbacks: p50 {_q(walls, 50):.1f} ms, p95 {_q(walls, 95):.1f} ms, "
        f"CPU p50 {_q(cpus, 50):.1f} ms"
    )
    print(
        f"    of which {statistics.median(n for n, _, _ in statements):.0f} SQL statements taking "
        f"{statistics.median(t for _, t, _ in statements):.1f} ms, and 2 channel layer sends (message.created, "
        f"each rendering the message's HTML) taking {statistics.median(t for _, _, t in statements):.1f} ms (p50)"
    )


def _layer_capacity() -> int:
    from django.conf import settings

    return settings.CHANNEL_LAYERS["default"].get("CONFIG", {}).get("capacity", 100)


def _timed(call, count: int) -> tuple[list[float], float]:
    """Wall-clock ms of each call, and the CPU ms of this whole process per call (the calls' own threads
    included, which async_to_sync starts)."""
    walls, cpu = [], time.process_time()
    for _ in range(count):
        started = time.perf_counter_ns()
        call()
        walls.append(_ms(time.perf_counter_ns() - started))
    return walls, (time.process_time() - cpu) * 1000 / count


def _flush_parts(learners, count: int = 300) -> None:
    """What one batch costs in isolation, from this process with the rest of the stack idle: the task's statement
    per flush (and the EXISTS an earlier design added), and one channel layer send from a thread as the task sends
    it (tutor_project.layers.group_send: a PUBLISH from the thread itself), through async_to_sync (a new event loop,
    so a new Redis connection, per call) and on one long-lived event loop."""
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer
    from django.db import connection

    from conversations.models import Message
    from tutor_project import layers

    conversation_id = _new_conversations(learners[:1])[0]
    reply = Message.objects.create(conversation_id=conversation_id, role="assistant", status="streaming")
    text = ""

    def update():
        nonlocal text
        text += "palabra "
        Message.objects.filter(pk=reply.pk).update(text=text, seq=len(text))

    def still_wanted():
        Message.objects.filter(pk=reply.pk, cancel_requested=False).exists()

    layer = get_channel_layer()
    group = "bench.layer-hop"
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def on_loop(coro):
        return asyncio.run_coroutine_threadsafe(coro, loop).result(30)

    channel = on_loop(layer.new_channel())  # a page in the group: its channel is drained after every send
    on_loop(layer.group_add(group, channel))
    message = {"type": "forward", "event": {"type": "reply.delta", "message_id": 1, "seq": 1, "text": "x" * 40}}

    def send_from_thread():
        layers.group_send(group, message, wait=False)
        on_loop(layer.receive(channel))

    def send_async_to_sync():
        async_to_sync(layer.group_send)(group, message)
        on_loop(layer.receive(channel))

    def send_on_loop():
        on_loop(layer.group_send(group, message))
        on_loop(layer.receive(channel))

    connection.ensure_connection()
    rows = [
        ("UPDATE message text + seq (each flush)", update),
        ("SELECT EXISTS cancel_requested (each flush)", still_wanted),
        ("layers.group_send from the thread (as the task does) *", send_from_thread),
        ("group_send by async_to_sync *", send_async_to_sync),
        ("group_send on a long-lived loop *", send_on_loop),
    ]
    print(f"\none batch's parts in isolation ({count} each, from this process; the machine as busy as above):")
    print(f"    {'part':<52} {'p50 ms':>7} {'p95 ms':>7} {'CPU ms':>7}")
    for label, call in rows:
        _timed(call, 20)  # warm
        walls, cpu = _timed(call, count)
        print(f"    {label:<52} {_q(walls, 50):>7.2f} {_q(walls, 95):>7.2f} {cpu:>7.2f}")
    print("    * includes draining the page's channel once (one receive on the long-lived loop)")
    on_loop(layer.group_discard(group, channel))
    on_loop(layer.flush())
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()


if __name__ == "__main__":
    main()
