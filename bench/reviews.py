"""Spaced-repetition benchmark (issue 4): a learner with 100,000 cards among 1,000 learners.

Measures, in-process through django.test.Client, the server time of "grade the current card + fetch the next"
(one request: POST /api/v1/reviews answers with the next card, and so does the review page's grade as
review.js posts it), of the progress page, and the query count of each request at 100 and at 100,000 cards
(they must be equal). The grade's XP is paid by a Celery task after the request (learning/tasks.py): the
tasks the run queues are left to no worker and purged at the end. Runs on a throwaway test database:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \
        .venv/bin/python bench/reviews.py [--cards 100000 --learners 1000 --iterations 1000]

Server time here is the Django request cycle (middleware, view, queries, template or serializer) plus the
test client's own request building; no socket and no WSGI server, so a real server adds its floor
(../shared/recipes/performance_floors.md: about 1 ms for gunicorn).
"""

import argparse
import contextlib
import os
import random
import re
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SMALL_CARDS = 100
DECKS = 5  # both measured learners: the queue's query count depends on the number of decks, not of cards
TARGETS_MS = {"grade+next": 15, "progress": 150}
FLOOR_URL = "/api/v1/no-such-page"
CARD_ON_PAGE = re.compile(rb"/review/cards/(\d+)/bury/")


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000, help="cards of the measured learner")
    parser.add_argument("--learners", type=int, default=1_000, help="learners in the database, measured included")
    parser.add_argument("--other-cards", type=int, default=200, help="cards of each other learner")
    parser.add_argument("--iterations", type=int, default=1_000, help="grade+next cycles per flow")
    parser.add_argument("--progress-iterations", type=int, default=200)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the queries of one cycle")
    parser.add_argument("--profile", action="store_true", help="cProfile the API cycles (top 30, cumulative)")
    parser.add_argument(
        "--progress-only",
        action="store_true",
        help="skip the timed grade+next loops: query counts, the floor and the progress page only",
    )
    parser.add_argument(
        "--statements", action="store_true", help="median wall time of each SQL statement of the API cycle"
    )
    parser.add_argument("--keep", action="store_true", help="keep the test database (for psql); drop it by hand")
    parser.add_argument(
        "--attribution",
        action="store_true",
        help="diagnostic, not the product: no allauth activity tracking, no review_graded receivers",
    )
    return parser.parse_args(argv)


def _configure() -> None:
    """Production settings (base, DEBUG off), with two changes a benchmark needs: the per-user API throttle
    (600/min) would refuse a closed loop, so its rate is raised but it still runs; and Redis, when given,
    is used on a database of its own (15), so tasks queued by grade receivers never reach the workers that
    other test runs keep on database 0."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tutor_project.settings.base")
    os.environ["DEBUG"] = "False"
    os.environ["API_THROTTLE_USER"] = "1000000/min"
    if os.environ.get("REDIS_URL"):
        url = urlsplit(os.environ["REDIS_URL"])
        os.environ["REDIS_URL"] = urlunsplit(url._replace(path="/" + os.environ.get("BENCH_REDIS_DB", "15")))


def _ms(samples_ns: list[int]) -> dict[str, float]:
    ms = sorted(ns / 1e6 for ns in samples_ns)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return {"n": len(ms), "p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": ms[-1]}


class Flow:
    """One way of reviewing: read the first card, then grade it and get the next one in the same request."""

    name = ""
    request_label = ""

    def __init__(self, client, request):
        self.client, self.request = client, request


class ApiFlow(Flow):
    name = "API"
    request_label = "POST /api/v1/reviews (answers with the next card)"

    def start(self) -> int | None:
        response = self.request(self.client.get, "/api/v1/review-queue", {"limit": 1})
        cards = response.json()["cards"]
        return cards[0]["id"] if cards else None

    def grade(self, card_id: int, rating: int, duration_ms: int) -> int | None:
        body = {"card": card_id, "rating": rating, "duration_ms": duration_ms, "client_review_id": uuid.uuid4().hex}
        response = self.request(self.client.post, "/api/v1/reviews", body, content_type="application/json")
        assert response.status_code == 201, (response.status_code, response.content[:300])
        cards = response.json()["queue"]["cards"]
        return cards[0]["id"] if cards else None


class PageFlow(Flow):
    """The review page as review.js drives it: the grade is posted by htmx and answered with the next card."""

    name = "page"
    request_label = "POST /review/cards/<id>/grade/ (htmx)"

    def start(self) -> int | None:
        response = self.request(self.client.get, "/review/")
        found = CARD_ON_PAGE.search(response.content)
        return int(found.group(1)) if found else None

    def grade(self, card_id: int, rating: int, duration_ms: int) -> int | None:
        data = {"rating": rating, "duration_ms": duration_ms}
        url = f"/review/cards/{card_id}/grade/"
        response = self.request(self.client.post, url, data, headers={"HX-Request": "true"})
        assert response.status_code == 200, response.status_code
        found = CARD_ON_PAGE.search(response.content)
        return int(found.group(1)) if found else None


def main(argv=None) -> None:
    args = _arguments(argv)
    _configure()
    import django

    django.setup()
    from django.db import connection
    from django.template import Template
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment(debug=False)
    # The test environment wraps every template render to record contexts for assertions; a production
    # server does not, and the copying would be timed as page time.
    Template._render = Template._render.__globals__["_TestState"].saved_data.template_render
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "postgresql":
        connection.settings_dict["TEST"]["NAME"] = f"test_bench_reviews_{os.getpid()}"
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    print(f"test database {connection.settings_dict['NAME']} ({connection.vendor}) migrated in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    try:
        _run(args)
    finally:
        if args.keep:
            print(f"kept the test database {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
        from tutor_project.celery import app

        app.control.purge()


def _run(args) -> None:
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from bench import reviews_data
    from bench.statements import StatementTimer
    from spaced_repetition.models import Card, ReviewLog

    started = time.perf_counter()
    now, rng = timezone.now(), random.Random(4)
    users = reviews_data.learners_create(args.learners)
    big, small = users[0], users[1]
    collections = [
        reviews_data.Collection(big, decks=DECKS, cards=args.cards, reviews_per_day=1000),
        reviews_data.Collection(small, decks=DECKS, cards=SMALL_CARDS, reviews_per_day=1000),
        *(reviews_data.Collection(user, decks=2, cards=args.other_cards) for user in users[2:]),
    ]
    reviews_data.collections_create(collections=collections, now=now, rng=rng)
    reviews_data.finish()
    big_logs = ReviewLog.objects.for_user(big).count()
    print(
        f"loaded {len(users):,} learners, {Card.objects.count():,} cards, {ReviewLog.objects.count():,} "
        f"review logs in {time.perf_counter() - started:.1f} s; measured learner: {args.cards:,} cards in "
        f"{DECKS} decks, {big_logs:,} logs"
    )
    print(f"receivers of review_graded: {_receivers()}")
    if args.attribution:
        _strip_extras()
        print("ATTRIBUTION RUN: activity tracking off and review_graded receivers disconnected")

    counting = {"on": False, "last": 0}

    def request(method, *a, **kw):
        """One request as a WSGI server runs it: the test client skips request_finished's
        close_old_connections, which returns the connection to the pool."""
        if not counting["on"]:
            response = method(*a, **kw)
            close_old_connections()
            return response
        with CaptureQueriesContext(connection) as queries:
            response = method(*a, **kw)
            close_old_connections()
        counting["last"] = len(queries)
        return response

    def client_for(user):
        client = Client()
        client.force_login(user)
        return client

    rng = random.Random(15)
    counts = {}
    counting["on"] = True
    for label, user in ((SMALL_CARDS, small), (args.cards, big)):
        for flow_class in (ApiFlow, PageFlow):
            flow = flow_class(client_for(user), request)
            counting["on"] = False  # one cycle first: the day's first grade creates the learner's daily rows
            card_id = flow.grade(flow.start(), 3, 5000)
            counting["on"] = True
            for cycle in range(3):
                card_id = flow.grade(card_id, rng.choice(reviews_data.RATINGS), 5000)
                counts[label, flow.name, cycle] = counting["last"]
        client = client_for(user)
        request(client.get, FLOOR_URL)
        request(client.get, FLOOR_URL)
        counts[label, "floor"] = counting["last"]
        counting["on"] = False
        request(client.get, "/progress/")  # warm: the feature flags it reads are cached after the first read
        counting["on"] = True
        response = request(client.get, "/progress/")
        counts[label, "progress"] = counting["last"] if response.status_code == 200 else None
    counting["on"] = False

    if args.explain:
        _explain(ApiFlow(client_for(big), request), rng)
        _explain(PageFlow(client_for(big), request), rng)

    timings = {}
    for flow_class in () if args.progress_only else (ApiFlow, PageFlow):
        flow = flow_class(client_for(big), request)
        card_id = flow.start()
        for _ in range(20):  # warm-up: imports, caches, the pool
            card_id = flow.grade(card_id, rng.choice(reviews_data.RATINGS), rng.randint(1500, 20000))
        profiler = None
        if args.profile and flow.name == "API":
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        samples = []
        timer = StatementTimer() if args.statements and flow.name == "API" else contextlib.nullcontext()
        with timer:
            for _ in range(args.iterations):
                assert card_id is not None, "the queue ran dry; lower --iterations"
                t0 = time.perf_counter_ns()
                card_id = flow.grade(card_id, rng.choice(reviews_data.RATINGS), rng.randint(1500, 20000))
                samples.append(time.perf_counter_ns() - t0)
        if args.statements and flow.name == "API":
            timer.report(args.iterations)
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            profiler.dump_stats(dump := Path(os.environ.get("TMPDIR", "/tmp")) / "bench_reviews_api.prof")
            print(f"profile of the API cycles in {dump} (python -m pstats)")
        timings[flow.name] = (flow.request_label, _ms(samples))

    # What every signed-in request costs before any view: the middleware (session, user, activity tracking)
    # on a URL that does not exist.
    client = client_for(big)
    request(client.get, FLOOR_URL)
    samples = []
    for _ in range(args.progress_iterations):
        t0 = time.perf_counter_ns()
        request(client.get, FLOOR_URL)
        samples.append(time.perf_counter_ns() - t0)
    floor = _ms(samples)

    progress = None
    if request(client.get, "/progress/").status_code == 200:
        samples = []
        for _ in range(args.progress_iterations):
            t0 = time.perf_counter_ns()
            request(client.get, "/progress/")
            samples.append(time.perf_counter_ns() - t0)
        progress = _ms(samples)

    graded = Counter(ReviewLog.objects.for_user(big).filter(reviewed_at__gte=now).values_list("state", flat=True))
    print(f"grades stored for the measured learner during the run: {sum(graded.values())}, by the card's state "
          f"before the grade: {dict(graded)}")  # fmt: skip
    _print_table(args, timings, floor, progress, counts)


def _receivers() -> str:
    from spaced_repetition import signals
    from spaced_repetition.models import ReviewLog

    sync, asynchronous = signals.review_graded._live_receivers(ReviewLog)
    return ", ".join(f"{r.__module__}.{r.__qualname__}" for r in [*sync, *asynchronous]) or "none"


def _strip_extras() -> None:
    """What spaced_repetition costs on its own: allauth stops writing the session's last-seen row on every
    request, and nothing listens to review_graded (the learning app's XP, streak and session records)."""
    from django.conf import settings

    from spaced_repetition import signals

    settings.USERSESSIONS_TRACK_ACTIVITY = False
    signals.review_graded.receivers = []
    signals.review_graded.sender_receivers_cache.clear()


def _explain(flow, rng) -> None:
    """EXPLAIN ANALYZE every SELECT of one grade+next request of the measured learner."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench import reviews_data

    card_id = flow.start()
    with CaptureQueriesContext(connection) as queries:
        flow.grade(card_id, rng.choice(reviews_data.RATINGS), 5000)
    print(f"\n--- EXPLAIN ANALYZE, {flow.name} grade+next ({len(queries)} queries)")
    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"].strip()
            if not sql.startswith("SELECT") or connection.vendor != "postgresql":
                print(f"[{query['time']} s] {sql[:200]}")
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = [row[0] for row in cursor.fetchall()]
            print(f"[{query['time']} s] {sql[:400]}\n    " + "\n    ".join(plan))


def _print_table(args, timings, floor, progress, counts) -> None:
    small, big = SMALL_CARDS, args.cards
    header = f"{'request':<64}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    header += f"{'queries @' + format(small, ','):>16}{'queries @' + format(big, ','):>18}  target"
    print("\n" + header + "\n" + "-" * len(header))
    same = True

    def row(label, stats, q_small="", q_big="", target=""):
        cells = f"{label:<64}{stats['n']:>6}{stats['p50']:>9.2f}{stats['p95']:>9.2f}{stats['p99']:>9.2f}"
        print(f"{cells}{stats['max']:>9.2f}{q_small:>16}{q_big:>18}  {target}")

    for name, (request, both) in timings.items():
        q_small = [counts[small, name, c] for c in range(3)]
        q_big = [counts[big, name, c] for c in range(3)]
        same &= q_small == q_big
        limit = TARGETS_MS["grade+next"]
        verdict = "ok" if both["p95"] <= limit else "MISSED"
        row(f"{name} grade + next: {request}", both, _qs(q_small), _qs(q_big), f"p95 ≤ {limit} ms: {verdict}")
    same &= counts[small, "floor"] == counts[big, "floor"]
    row(f"floor: signed-in GET of a 404 ({FLOOR_URL})", floor, str(counts[small, "floor"]), str(counts[big, "floor"]))
    if progress is None:
        print(f"{'GET /progress/':<64}  skipped: the page does not answer 200 (not built yet?)")
    else:
        same &= counts[small, "progress"] == counts[big, "progress"]
        verdict = "ok" if progress["p95"] <= TARGETS_MS["progress"] else "MISSED"
        row("GET /progress/", progress, str(counts[small, "progress"]), str(counts[big, "progress"]),
            f"p95 ≤ {TARGETS_MS['progress']} ms: {verdict}")  # fmt: skip
    print(f"\nquery counts (3 cycles after a first one) equal at {small} and {big:,} cards: {'yes' if same else 'NO'}")


def _qs(values: list[int]) -> str:
    return "/".join(str(v) for v in values)


if __name__ == "__main__":
    main()
