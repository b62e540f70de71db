"""Offline sync benchmark (issue 7): WatermelonDB pull and push through the API, on PostgreSQL.

Measures, in-process through django.test.Client with a device token and production settings: a pull of 10,000
changed records, a push of 1,000 changed records, and an incremental pull of 10 changes for a learner with
10,000 rows and for one with 1,000,000 rows (the ratio must stay near 1: a pull reads the change feed by
index, never the learner's whole collection). Runs on a throwaway test database, never on a real one:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \
        .venv/bin/python bench/sync.py [--big 1000000 --iterations 20]

Targets: pull 10k ≤ 1 s, push 1k ≤ 0.5 s, incremental pull ratio (1M vs 10k rows) ≤ 1.5.
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reviews import _configure  # noqa: E402  (the same production settings and Redis database)

SMALL = 10_000
TARGETS = {"pull 10k": 1000, "push 1k": 500}


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", type=int, default=1_000_000, help="rows of the large learner")
    parser.add_argument("--iterations", type=int, default=20, help="runs of each measurement")
    parser.add_argument("--profile", action="store_true", help="cProfile the 10k pull and the 1k push (top 25)")
    parser.add_argument("--keep", action="store_true", help="keep the test database (for psql); drop it by hand")
    return parser.parse_args(argv)


def _summary(samples: list[float]) -> str:
    ms = sorted(samples)
    return f"p50 {statistics.median(ms):8.1f} ms   min {ms[0]:8.1f}   max {ms[-1]:8.1f}   (n={len(ms)})"


def _load(user, cards: int, now, rng):
    """`cards` cards in one deck, put in the change feed as one old batch (sequence 2)."""
    from django.db import connection

    from bench import reviews_data
    from spaced_repetition.models import Card, Deck
    from sync.models import Change

    deck = Deck.objects.create(owner=user, name="Spanish", language="es")
    ids = reviews_data.Ids(card_id=Card.objects.order_by("-pk").values_list("pk", flat=True).first() or 0)
    reviews_data._copy(Card, reviews_data.CARD_FIELDS, reviews_data._card_rows(deck.pk, cards, now, ids, rng, []))
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO {Change._meta.db_table} (user_id, "table", record, seq, deleted, changed_at) '
            f"SELECT %s, 'cards', c.uuid, 2, false, %s FROM {Card._meta.db_table} c WHERE c.deck_id = %s",
            [user.pk, now, deck.pk],
        )
    return deck


def main(argv=None) -> None:
    args = _arguments(argv)
    _configure()
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment(debug=False)
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "postgresql":
        connection.settings_dict["TEST"]["NAME"] = f"test_bench_sync_{os.getpid()}"
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


def _run(args) -> None:
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.utils import timezone

    from bench import reviews_data
    from spaced_repetition.models import Card
    from sync import changes as feed
    from sync.services import devices

    now, rng = timezone.now(), random.Random(7)
    started = time.perf_counter()
    small, big = reviews_data.learners_create(2)
    _load(small, SMALL, now, rng)
    _load(big, args.big, now, rng)
    reviews_data.finish()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE sync_change")
    print(f"loaded {SMALL:,} and {args.big:,} cards with their feed rows in {time.perf_counter() - started:.1f} s")

    def client_for(user) -> Client:
        _, token = devices.device_register(user=user, name="bench", platform="bench")
        return Client(headers={"Authorization": f"Device {token}"})

    def timed(method, *a, **kw) -> tuple[float, object]:
        profiler = cProfile.Profile() if args.profile else None
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        response = method(*a, **kw)
        elapsed = (time.perf_counter() - t0) * 1000
        if profiler and elapsed > 100:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(14)
        close_old_connections()  # as a WSGI server's request_finished does
        assert response.status_code == 200, (response.status_code, response.content[:300])
        return elapsed, response

    def pull(client, cursor) -> tuple[float, dict]:
        elapsed, response = timed(client.get, "/api/v1/sync/pull", {"last_pulled_at": cursor})
        return elapsed, response.json()

    small_client, big_client = client_for(small), client_for(big)
    small_client.get("/api/v1/sync/status")  # the first request imports the URLconf: not a pull's time

    # 1. a pull of 10,000 changed records: everything since before the load
    samples = []
    for _ in range(max(3, args.iterations // 4)):
        elapsed, body = pull(small_client, 1)
        assert len(body["changes"]["cards"]["updated"]) == SMALL
        samples.append(elapsed)
    print(f"pull of {SMALL:,} changed records:            {_summary(samples)}   target ≤ {TARGETS['pull 10k']} ms")

    # 2. a push of 1,000 changed records (no conflict: the cursor is the device's latest pull)
    records = body["changes"]["cards"]["updated"][:1000]
    samples = []
    for n in range(max(3, args.iterations // 4)):
        _, cursor_body = pull(small_client, body["timestamp"])
        changes = {
            "cards": {
                "created": [],
                "updated": [{**r, "back": f"word v{n}", "_changed": "back"} for r in records],
                "deleted": [],
            }
        }
        elapsed, response = timed(
            small_client.post,
            f"/api/v1/sync/push?last_pulled_at={cursor_body['timestamp']}",
            {"changes": changes},
            content_type="application/json",
        )
        assert response.json()["applied"] == 1000, response.json()
        samples.append(elapsed)
    print(f"push of 1,000 changed records:              {_summary(samples)}   target ≤ {TARGETS['push 1k']} ms")

    # 3. an incremental pull of 10 changes, 10,000 vs 1,000,000 rows
    medians = {}
    for label, rows, user, client in (("10k", SMALL, small, small_client), ("1M", args.big, big, big_client)):
        cursor = feed.committed_seq(user.pk)
        for card in Card.objects.filter(deck__owner=user).order_by("pk")[500:510]:
            card.back = "changed"
            card.save(update_fields=["back", "updated_at"])
        samples = []
        for _ in range(args.iterations):
            elapsed, pulled = pull(client, cursor)
            assert len(pulled["changes"]["cards"]["updated"]) == 10
            samples.append(elapsed)
        medians[label] = statistics.median(samples)
        print(f"incremental pull of 10 changes, {rows:>9,} rows: {_summary(samples)}")
    print(f"incremental pull ratio ({args.big:,} vs {SMALL:,} rows): {medians['1M'] / medians['10k']:.2f}   "
          f"target ≤ 1.5")  # fmt: skip


if __name__ == "__main__":
    main()
