"""Streaming benchmark (issue 5): how late each text delta of a tutor reply reaches the page, through the
whole production stack, and what the stack adds to the time to the first token.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/streaming.py [--conversations 50 --replies-per-conversation 4 --pace-ms 25,60]
    ... bench/streaming.py --probe      # also time each hop inside the worker (see "Attribution" below)

Separate processes, as in production, all on 127.0.0.1:

    bench process: websocket clients (the `websockets` package), one per conversation, signed in with a
                   session cookie; and, for the baseline, direct `anthropic` SDK calls
    daphne         tutor_project.asgi:application, one process (or --asgi uvicorn --asgi-workers N)
    celery worker  celery -A tutor_project worker -P threads -c N (--worker-processes of them, default 4;
                   N = conversations / processes + 2 by default). A streaming reply holds a worker thread,
                   and the threads of one process share its GIL: 52 threads in one process left the
                   consumer thread waiting up to a second to take the next task off the broker.
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
message a client waits a random 0..--think-ms (seeded): the learner reading the reply and writing the next
message. The default, 0..10 s (5 s on average), is several times a real learner's pace (reading a 30-word reply
and typing a sentence in a language one is learning takes 15 s or more), so every conversation sends a message
every few seconds and several replies stream at any moment. `--think-ms 300` is the saturation run: each
learner answers within 0.3 s, as fast as the stack lets it; then the offered load follows the stack's own speed
and the latencies measure the queue (on 2 cores, the SDK parsing 50 back-to-back streams alone takes about one
core: see the direct run's CPU line).
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
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fake_provider import FakeProvider  # noqa: E402
from bench.streaming_clients import (  # noqa: E402
    REPLY,
    RunResult,
    _direct_params,
    _direct_run,
    _in_flight,
    _new_conversations,
    _setup_learners,
    _stack_run,
)
from bench.streaming_probe import _flush_parts, _message_send_cost, _probe_worker, _report_probe  # noqa: E402
from bench.streaming_probe_server import _probe_server, _report_server_probe  # noqa: E402
from bench.streaming_processes import _child_env, _Cpu, _free_port, _listening, _Process, _spied  # noqa: E402
from bench.streaming_report import _errors, _report_pace, _report_targets  # noqa: E402

KEY_ENV = "BENCH_STREAMING_ANTHROPIC_KEY"
MODEL_ID = "claude-bench-streaming"
BENCH_REDIS_DB = os.environ.get("BENCH_REDIS_DB", "13")


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=50, help="concurrent conversations (default 50)")
    parser.add_argument(
        "--replies-per-conversation", type=int, default=4, help="replies per conversation, concurrent runs (4)"
    )
    parser.add_argument("--single-replies", type=int, default=6, help="replies of the one-conversation run (6)")
    parser.add_argument("--pace-ms", default="25,60", help="fake server pause before each delta, comma list (25,60)")
    parser.add_argument(
        "--think-ms", type=float, default=10000.0, help="random wait before each message, 0..N (10000; 300 saturates)"
    )
    parser.add_argument("--worker-processes", type=int, default=4, help="celery worker processes (default 4)")
    parser.add_argument("--pool", choices=("threads", "prefork"), default="threads", help="celery -P (threads)")
    parser.add_argument(
        "--worker-concurrency", type=int, default=0, help="celery -c of each (default conversations / processes + 2)"
    )
    parser.add_argument("--asgi", choices=("daphne", "uvicorn"), default="daphne", help="ASGI server (daphne)")
    parser.add_argument("--asgi-workers", type=int, default=1, help="uvicorn --workers (1; daphne runs one process)")
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


# --- main


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--probe-worker"]:
        _probe_worker(argv[1:])
        return
    if argv[:1] == ["--probe-server"]:
        _probe_server(argv[1:])
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
        with FakeProvider([pace / 1000 for pace in args.paces], REPLY, stamp_deltas=True) as provider:
            urls = dict(zip(args.paces, provider.urls, strict=True))
            _run(args, urls, provider.pid, database_name, log_dir, processes)
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
    server_probe_file = log_dir / "probe-server.json"
    if args.asgi == "daphne" and args.probe:
        server_command = [sys.executable, str(Path(__file__).resolve()), "--probe-server"]
        server_command += ["-b", "127.0.0.1", "-p", str(port)]
    elif args.asgi == "daphne":
        server_command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
    else:
        server_command = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)]
        server_command += ["--log-level", "warning", "--workers", str(args.asgi_workers)]
    server_command.append("tutor_project.asgi:application")
    server_env = _child_env(database_name, 10, BENCH_PROBE_SERVER_FILE=str(server_probe_file))
    server = _Process(args.asgi, server_command, server_env, log_dir)
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
        if args.asgi == "daphne":
            server.stop()  # the server's probe writes its records at shutdown
            _report_server_probe(server_probe_file, results, n)
        _flush_parts(learners)
        _message_send_cost(learners)


if __name__ == "__main__":
    main()
