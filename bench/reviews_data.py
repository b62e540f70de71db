"""Bulk data for bench/reviews.py: learners with profiles, decks, cards in realistic FSRS states and their
review history. PostgreSQL gets the rows through COPY (about a million rows in seconds); other databases
through bulk_create, which is fine for small smoke runs. Imported only after django.setup()."""

import itertools
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.management.color import no_style
from django.db import connection
from django.utils import timezone

from admin_tools.models import User
from learning.models import Language, Profile, TargetLanguage
from spaced_repetition.models import Card, Deck, ReviewLog

CARD_FIELDS = [
    "id", "uuid", "deck_id", "kind", "front", "back", "context", "source", "source_ref", "audio", "state", "step",
    "stability", "difficulty", "due", "last_review", "suspended", "buried_until", "created_at", "updated_at",
]  # fmt: skip
LOG_FIELDS = [
    "id", "uuid", "card_id", "user_id", "rating", "state", "reviewed_at", "duration_ms", "client_review_id",
    "state_before",
]  # fmt: skip
KINDS = [kind for kind in Card.Kind.values for _ in range(3 if kind == Card.Kind.WORD else 1)]
RATINGS = [1] * 10 + [2] * 15 + [3] * 65 + [4] * 10  # Again / Hard / Good / Easy as people press them


@dataclass
class Ids:
    card_id: int = 0
    log_id: int = 0


def _copy(model, fields: list[str], rows) -> int:
    """Insert rows (tuples in `fields` order) with COPY on PostgreSQL, bulk_create elsewhere."""
    count = 0
    if connection.vendor == "postgresql":
        columns = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in fields)
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count
    batch = []
    for row in rows:
        values = dict(zip(fields, row, strict=True))
        if "state_before" in values:
            values["state_before"] = json.loads(values["state_before"])
        batch.append(model(**values))
        if len(batch) == 5000:
            count += len(model.objects.bulk_create(batch))
            batch = []
    return count + len(model.objects.bulk_create(batch))


def learners_create(count: int) -> list[User]:
    """Signed-up, onboarded learners of Spanish, each with a profile in one of a few time zones."""
    now = timezone.now()
    users = User.objects.bulk_create(
        User(username=f"learner{i}", email=f"learner{i}@example.com", password="!", date_joined=now)
        for i in range(count)
    )
    zones = ["Europe/Madrid", "America/New_York", "Asia/Tokyo", "UTC"]
    profiles = Profile.objects.bulk_create(
        Profile(user=user, display_name=user.username, time_zone=zones[i % len(zones)], onboarded_at=now)
        for i, user in enumerate(users)
    )
    spanish = Language.objects.get(code="es")
    TargetLanguage.objects.bulk_create(TargetLanguage(profile=p, language=spanish, level="A2") for p in profiles)
    return users


def _card_rows(deck_id: int, count: int, now: datetime, ids: Ids, rng: random.Random, seen: list):
    """`count` cards of one deck. By position in the deck: 1 in 200 learning and 1 in 200 relearning (half
    of them due now), 2 in 10 new, the rest in review, 1 in 16 of those overdue and the others due within
    their interval (up to 300 days); 1 in 100 suspended; every last review a day ago or earlier, so today's
    limits start fresh. Even a 20-card deck has one card of each kind due now, so a small collection takes
    the same queue path as a large one. Seen cards are appended to `seen` for their review logs."""
    for i in range(count):
        ids.card_id += 1
        created = now - timedelta(days=400) + timedelta(seconds=i * 60)
        step = stability = difficulty = last_review = None
        if i % 200 in (0, 1):
            state = Card.State.LEARNING if i % 200 == 0 else Card.State.RELEARNING
            step = 0
            due = now - timedelta(minutes=30) if i % 400 < 2 else now + timedelta(minutes=5 + rng.random() * 5)
            stability, difficulty = 0.5 + rng.random() * 3, 4 + rng.random() * 5
            last_review = min(due, now) - timedelta(days=1)  # left unfinished yesterday
        elif i % 10 in (2, 3):
            state, due = Card.State.NEW, created
        else:
            state = Card.State.REVIEW
            interval = timedelta(days=1 + rng.random() * 300)
            # overdue by up to 20 days, or somewhere inside the interval since the last review
            late = timedelta(days=rng.random() * 20 + 0.01)
            elapsed = (
                interval + late if i % 16 == 4 else timedelta(days=1) + (interval - timedelta(days=1)) * rng.random()
            )
            last_review = now - elapsed
            due = last_review + interval
            stability, difficulty = interval.days * (0.8 + rng.random() * 0.4), 1 + rng.random() * 9
        suspended = i % 100 == 99
        if state != Card.State.NEW:
            seen.append((ids.card_id, state, last_review))
        yield (
            ids.card_id, uuid.uuid4(), deck_id, KINDS[i % len(KINDS)], f"palabra {deck_id}-{i}", f"word {i}",
            f"Una frase con la palabra {i}." if i % 3 == 0 else "", Card.Source.MANUAL, "", "", state, step,
            stability, difficulty, due, last_review, suspended, None, created, created,
        )  # fmt: skip


def _log_rows(user_id: int, seen: list, ids: Ids, rng: random.Random):
    """One to five past grades per seen card, ending at its last review; all before today."""
    for card_id, state, last_review in seen:
        moment = last_review
        for n in range(1 + card_id % 5):
            ids.log_id += 1
            first = n == (card_id % 5)
            before = {
                "state": "new" if first else "review",
                "step": None,
                "stability": None if first else round(rng.random() * 50, 3),
                "difficulty": None if first else round(1 + rng.random() * 9, 3),
                "due": moment.isoformat(),
                "last_review": None if first else (moment - timedelta(days=3)).isoformat(),
            }
            yield (
                ids.log_id, uuid.uuid4(), card_id, user_id, rng.choice(RATINGS), before["state"] if first else state,
                moment, rng.randint(1500, 20000), "", json.dumps(before),
            )  # fmt: skip
            moment -= timedelta(days=1 + rng.random() * 20)


@dataclass
class Collection:
    """What one learner gets: `cards` cards spread evenly over `decks` decks."""

    user: User
    decks: int
    cards: int
    reviews_per_day: int = 200
    seen: list = field(default_factory=list)  # (card id, state, last review) of each card reviewed before


def _interleaved(streams: list[tuple[int, Iterator]], rng: random.Random, chunk: int = 25) -> Iterator:
    """The rows of all streams, mixed chunk by chunk in a random order, as rows land in a table that many
    learners fill at the same time: one learner's cards are spread over the whole table, not packed together
    (which would make PostgreSQL's planner favour scanning a deck's whole index)."""
    turns = [n for n, (count, _) in enumerate(streams) for _ in range(-(-count // chunk))]
    rng.shuffle(turns)
    for n in turns:
        yield from itertools.islice(streams[n][1], chunk)


def collections_create(*, collections: list[Collection], now: datetime, rng: random.Random) -> tuple[int, int]:
    """Decks, cards and review history for every collection; one COPY per table for all of them."""
    decks = Deck.objects.bulk_create(
        Deck(owner=c.user, name=f"Spanish {n + 1}", language="es", reviews_per_day=c.reviews_per_day)
        for c in collections
        for n in range(c.decks)
    )
    ids, streams, made = Ids(), [], iter(decks)
    for c in collections:
        for n in range(c.decks):
            count = c.cards // c.decks + (1 if n < c.cards % c.decks else 0)
            streams.append((count, _card_rows(next(made).pk, count, now, ids, rng, c.seen)))
    cards = _copy(Card, CARD_FIELDS, _interleaved(streams, rng))
    streams = [
        (sum(1 + card_id % 5 for card_id, _, _ in c.seen), _log_rows(c.user.pk, c.seen, ids, rng)) for c in collections
    ]
    return cards, _copy(ReviewLog, LOG_FIELDS, _interleaved(streams, rng))


def finish() -> None:
    """Move the id sequences past the explicit ids, and give the planner fresh statistics as autovacuum
    would on a live database."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Card, ReviewLog]):
            cursor.execute(sql)
        if connection.vendor == "postgresql":
            for model in (User, Deck, Card, ReviewLog):
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        else:
            cursor.execute("ANALYZE")
