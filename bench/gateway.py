"""AI gateway benchmark (issue 3): what `service.chat` adds to a call (routing, circuit check, budget reserve
and settle, ledger write) over a direct `anthropic` SDK call to the same local server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/gateway.py [--calls 1000 --concurrency 20 --pace-ms 10]
    .venv/bin/python bench/gateway.py            # embedded: SQLite file, in-process cache

Each call streams the same reply, 33 text deltas, from the fake Anthropic server of the test harness
(tests/fakes), run in a process of its own (a real provider is on another machine; here it must at least
not share this process's GIL). Direct and gateway calls alternate, so both see the same noise:

- sequential: 1,000 of each in one thread, the server answering as fast as it can;
- concurrent: 1,000 of each spread over 20 threads, the server pacing its deltas (--pace-ms, 10 ms by
  default, about the pace of a hosted model), so that 20 streams are in flight at once as in production.
  Unpaced, 20 threads that only parse SSE saturate this process's single GIL (the SDK's parsing costs
  ~6 ms of CPU per call here) and the figures measure the queue for the GIL rather than the gateway;
  --pace-ms 0 shows that.

Two budgets cover every gateway call (one global, one for the user, both blocking, with room to spare), as in
a deployment with limits set. The database is a throwaway test database (PostgreSQL: test_bench_gateway_<pid>;
SQLite: a temporary file), created by Django's test utilities and dropped at the end. Each call starts with
the thread's database connection open and closes it afterwards, outside the timing, as a request would (its
middleware has queried the database before any view asks for a reply). The pool is sized for the threads
(DATABASE_POOL_MAX, default here 25), and Redis, when given, is used on a database of its own (BENCH_REDIS_DB,
default 14), so the gateway's cache keys never meet a running server's. Every key of the run is prefixed with
bench-gateway-<pid> (the cache's KEY_PREFIX), so two runs at once never share the cached registry or a circuit.

The concurrent run is checked for sanity before it is reported: the paced server waits --pace-ms before each of
the 33 deltas, so no call, direct or through the gateway, can take less than 33 × pace; a faster one did not
reach that server (it would mean the run shares state with another), and the run stops instead of printing it.

Target (issue 3): added p95 <= 5 ms on PostgreSQL.
"""

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fake_provider import FakeProvider  # noqa: E402
from bench.gateway_report import Samples, report, report_probes  # noqa: E402

KEY_ENV = "BENCH_GATEWAY_ANTHROPIC_KEY"
MODEL_ID = "claude-bench"
SYSTEM = "You are a friendly Spanish tutor. Answer in simple Spanish, then ask one question back."
CONTEXT = "Scenario: the learner orders breakfast in a café in Madrid. The waiter is patient and friendly."
LEARNER_SAYS = "Hola, buenos días. Quiero un café con leche y una tostada con tomate, por favor."
REPLY = (
    "¡Buenos días! Claro que sí: un café con leche y una tostada con tomate. ¿Quieres también un zumo de "
    "naranja? Hoy es natural y está muy rico. ¿Para tomar aquí o para llevar?"
)
MAX_TOKENS = 400


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls of each kind per run (default 1000)")
    parser.add_argument("--concurrency", type=int, default=20, help="threads of the concurrent run (default 20)")
    parser.add_argument(
        "--pace-ms", type=float, default=10.0, help="server pause before each delta in the concurrent run (10)"
    )
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls of each kind first (default 50)")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the sequential calls (top 40, and the gateway's own code)"
    )
    parser.add_argument(
        "--statements", action="store_true", help="wall time of each SQL statement, sequential and concurrent"
    )
    parser.add_argument(
        "--in-process-server", action="store_true", help="run the fake server in this process (shares the GIL)"
    )
    return parser.parse_args(argv)


def _configure() -> None:
    """Production settings (base, DEBUG off), a pool for the threads, Redis on a database of its own."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tutor_project.settings.base")
    os.environ["DEBUG"] = "False"
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # not a line per HTTP request
    os.environ.setdefault("DATABASE_POOL_MAX", "25")
    os.environ[KEY_ENV] = "bench-key"
    if os.environ.get("REDIS_URL"):
        url = urlsplit(os.environ["REDIS_URL"])
        os.environ["REDIS_URL"] = urlunsplit(url._replace(path="/" + os.environ.get("BENCH_REDIS_DB", "14")))


# --- main


def main(argv=None) -> None:
    args = _arguments(argv)
    _configure()
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import override_settings, setup_test_environment, teardown_test_environment

    setup_test_environment(debug=False)  # e-mail into memory, like the tests
    # This run's own cache namespace: the registry and circuit keys of a run at the same time never meet ours.
    namespaced = override_settings(
        CACHES={
            **settings.CACHES,
            "default": {**settings.CACHES["default"], "KEY_PREFIX": f"bench-gateway-{os.getpid()}"},
        }
    )
    namespaced.enable()
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "postgresql":
        connection.settings_dict["TEST"]["NAME"] = f"test_bench_gateway_{os.getpid()}"
    else:  # a file, as in production: threads writing to Django's in-memory test database lock each other out
        connection.settings_dict["TEST"]["NAME"] = os.path.join(
            tempfile.gettempdir(), f"bench-gateway-{os.getpid()}.sqlite3"
        )
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(
        f"test database {connection.settings_dict['NAME']} ({connection.vendor}) migrated in "
        f"{time.perf_counter() - started:.1f} s"
    )
    from tutor_project import heap

    heap.freeze()  # as a worker does once it is ready (tutor_project/celery.py), the calls being a worker's
    try:
        with FakeProvider((0.0, args.pace_ms / 1000), REPLY, in_process=args.in_process_server) as provider:
            _run(args, *provider.urls)  # one server answering at once, one pacing its deltas
    finally:
        if getattr(connection, "pool", None) is not None:
            connection.close_pool()  # pooled connections would keep the test database busy
        connection.creation.destroy_test_db(old_name, verbosity=0)
        namespaced.disable()
        teardown_test_environment()


def _run(args, fast_url: str, paced_url: str) -> None:
    from decimal import Decimal

    import anthropic
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from admin_tools import budgets
    from admin_tools.gateway import circuit, routing, service
    from admin_tools.gateway.types import ChatRequest, Message
    from admin_tools.models import AIModel, Budget, Provider, UsageRecord, User
    from bench.statements import StatementTimer

    AIModel.objects.exclude(provider=Provider.OFFLINE).update(enabled=False)
    model = AIModel.objects.create(
        provider=Provider.ANTHROPIC,
        model_id=MODEL_ID,
        display_name="Claude (bench)",
        base_url=fast_url,
        api_key_env=KEY_ENV,
        priority=1,
        price_input=Decimal("3"),
        price_output=Decimal("15"),
        price_cache_write=Decimal("3.75"),
        price_cache_read=Decimal("0.30"),
    )
    run_keys = [routing.ENABLED_KEY, routing.VERSION_KEY, *circuit.keys(model.pk), circuit.trial_key(model.pk)]
    cache.delete_many(run_keys)
    print(f"cache keys prefixed {settings.CACHES['default']['KEY_PREFIX']!r}: {cache.make_key(routing.ENABLED_KEY)}")
    user = User.objects.create_user("bench-learner", "bench@example.com", "x")
    limits = {"limit_usd": Decimal("100000.00"), "action": Budget.Action.BLOCK}
    budgets.budget_create(scope=Budget.Scope.GLOBAL, name="bench global", **limits)
    budgets.budget_create(scope=Budget.Scope.USER, user=user, **limits)

    request = ChatRequest(
        system=SYSTEM, context=CONTEXT, messages=(Message("user", LEARNER_SAYS),), max_tokens=MAX_TOKENS, language="es"
    )
    params = {  # what the gateway's Anthropic provider sends for `request`
        "model": MODEL_ID,
        "max_tokens": MAX_TOKENS,
        "system": [
            {"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}},
            {"type": "text", "text": CONTEXT, "cache_control": {"type": "ephemeral"}},
        ],
        "messages": [{"role": "user", "content": LEARNER_SAYS}],
    }
    clients = {}

    def direct() -> str:
        client = clients[model.base_url]
        pieces = []
        with client.messages.create(**params, stream=True) as stream:  # the call the gateway's provider makes
            for event in stream:
                if event.type == "content_block_delta":
                    pieces.append(event.delta.text)
        return "".join(pieces)

    def gateway() -> str:
        pieces = []
        reply = service.chat(
            user=user, feature="bench", use_case="conversation", request=request, on_delta=pieces.append
        )
        assert "".join(pieces) == reply.text
        return reply.text

    def timed(call, samples: Samples) -> None:
        connection.ensure_connection()  # the request already holds its connection
        cpu, wall = time.thread_time_ns(), time.perf_counter_ns()
        text = call()
        samples.wall.append(time.perf_counter_ns() - wall)
        samples.cpu.append(time.thread_time_ns() - cpu)
        connection.close()  # the request ends (back to the pool on PostgreSQL)
        assert text == REPLY, text

    def pairs(count: int, direct_samples: Samples, gateway_samples: Samples, probes: dict | None = None) -> None:
        for i in range(count):  # alternate which goes first, so neither always follows the other
            runs = [(direct, direct_samples), (gateway, gateway_samples)]
            for call, samples in runs if i % 2 == 0 else reversed(runs):
                timed(call, samples)
            if probes is not None:
                probe(probes)

    def probe(probes: dict) -> None:
        """One bare round trip to each store the gateway talks to, timed in the calling thread under the run's
        load: what any statement or cache read costs there before the gateway's own work."""
        connection.ensure_connection()
        for kind, trip in (("database", _select_one), ("cache", _cache_read)):
            wall = time.perf_counter_ns()
            trip()
            probes.setdefault(kind, []).append(time.perf_counter_ns() - wall)
        connection.close()

    def _select_one() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    def _cache_read() -> None:
        cache.get("bench-probe")

    def use_server(url: str) -> None:
        model.base_url = url
        model.save()  # clears the gateway's cached registry
        clients[url] = anthropic.Anthropic(
            api_key="bench-key", base_url=url, max_retries=0, timeout=settings.AI_TIMEOUT
        )

    use_server(fast_url)
    pairs(args.warmup, Samples(), Samples())
    connection.ensure_connection()
    with CaptureQueriesContext(connection) as queries:
        gateway()
    connection.close()
    print(f"database statements per gateway call: {len(queries)}")
    for query in queries:
        print("    " + " ".join(query["sql"].split())[:110])

    results = {}
    direct_samples, gateway_samples = Samples(), Samples()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    with StatementTimer() if args.statements else contextlib.nullcontext() as timer:
        pairs(args.calls, direct_samples, gateway_samples)
    results["sequential"] = (direct_samples, gateway_samples, time.perf_counter() - started)
    if timer is not None:
        timer.report(args.calls)
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(40)
        print("Own time in the gateway's code and Django (the SDK, HTTP and the database driver left out):")
        stats.sort_stats("tottime").print_stats(r"admin_tools|django/|decimal|uuid", 30)

    use_server(paced_url)
    direct_samples, gateway_samples, errors, probes = Samples(), Samples(), [], {}
    per_thread = [args.calls // args.concurrency + (i < args.calls % args.concurrency) for i in range(args.concurrency)]
    start = threading.Barrier(args.concurrency)

    concurrent_timer = StatementTimer() if args.statements else None

    def worker(count: int) -> None:
        mine_direct, mine_gateway, mine_probes = Samples(), Samples(), {}
        mine_timer = StatementTimer() if concurrent_timer is not None else contextlib.nullcontext()
        try:
            start.wait()
            with mine_timer:
                pairs(count, mine_direct, mine_gateway, mine_probes)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()
            if concurrent_timer is not None:
                for key, samples in mine_timer.times.items():
                    concurrent_timer.times.setdefault(key, []).extend(samples)
            direct_samples.extend(mine_direct)
            gateway_samples.extend(mine_gateway)
            for kind, samples in mine_probes.items():
                probes.setdefault(kind, []).extend(samples)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(count,)) for count in per_thread]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    results[f"{args.concurrency} concurrent"] = (direct_samples, gateway_samples, time.perf_counter() - started)
    if concurrent_timer is not None:
        print(f"\nSQL statements of the {args.concurrency} concurrent threads (the probes' SELECT 1 included):")
        concurrent_timer.report(args.calls)
    _check_paced(direct_samples, gateway_samples, args.pace_ms)
    cache.delete_many(run_keys)

    expected = 2 * args.calls + args.warmup + 1
    assert UsageRecord.objects.filter(outcome=UsageRecord.Outcome.OK).count() == expected == UsageRecord.objects.count()
    ledger = sum(UsageRecord.objects.values_list("cost", flat=True))
    for budget in Budget.objects.all():
        assert (budget.spent, budget.reserved) == (ledger, 0), budget
    report(results, connection.vendor, args)
    report_probes(probes, args.concurrency)


def _check_paced(direct: Samples, gateway: Samples, pace_ms: float) -> None:
    """Every call of the concurrent run went to the paced server: none is faster than its pauses add up to."""
    from tests.fakes.base import ScriptedReply

    floor_ms = len(ScriptedReply(text=REPLY).deltas()) * pace_ms
    fastest = {kind: min(samples.wall) / 1e6 for kind, samples in (("direct", direct), ("gateway", gateway))}
    print(
        f"concurrent run sanity: fastest direct {fastest['direct']:.1f} ms, fastest gateway "
        f"{fastest['gateway']:.1f} ms, paced floor {floor_ms:.0f} ms"
    )
    if min(fastest.values()) < floor_ms:
        raise SystemExit("concurrent figures are invalid: a call was faster than the paced server can answer")


if __name__ == "__main__":
    main()
