"""Exporting a deck as an .apkg that Anki opens: genanki writes the collection (schema 11, `collection.anki2`,
which every Anki since 2.0 and AnkiDroid import), then we add each card's schedule and its review history."""

import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import IO

import genanki
from django.db.models import Prefetch
from django.utils.text import slugify

from spaced_repetition import scheduling
from spaced_repetition.anki import text
from spaced_repetition.models import Card, Deck, Rating, ReviewLog

# Fixed ids, so Anki recognises our note type on every export and a deck exported again updates its notes.
MODEL_ID = 1_607_392_402
DECK_ID_BASE = 1_600_000_000_000
GUID_NAMESPACE = "language-tutor-card"
MODEL = genanki.Model(
    MODEL_ID,
    "Language Tutor",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Context"}, {"name": "Audio"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}{{Audio}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}{{#Context}}<p class="context">{{Context}}</p>{{/Context}}',
        }
    ],
    css=".card { font-family: sans-serif; font-size: 24px; text-align: center; } .context { font-style: italic; }",
)
CONTENT_TYPE = "application/octet-stream"
DEFAULT_FACTOR = 2500  # Anki's starting ease, in permille
# revlog.type by the card's state when graded: 0 learning, 1 review, 2 relearning
REVLOG_TYPES = {scheduling.NEW: 0, scheduling.LEARNING: 0, scheduling.REVIEW: 1, scheduling.RELEARNING: 2}


def note_guid(card: Card) -> str:
    return genanki.guid_for(GUID_NAMESPACE, card.pk)


def anki_export(*, deck: Deck) -> IO[bytes]:
    """The deck as an .apkg in a temporary file, positioned at its start: notes (front, back, context, audio),
    each card's schedule, suspension and review history."""
    cards = list(
        deck.cards.order_by("created_at", "pk").prefetch_related(
            Prefetch("logs", queryset=ReviewLog.objects.order_by("reviewed_at", "pk"))
        )
    )
    media: dict[str, Card] = {}
    anki_deck = genanki.Deck(DECK_ID_BASE + deck.pk, deck.name)
    for position, card in enumerate(cards):
        sound = ""
        if card.audio:
            name = f"tutor-card-{card.pk}{PurePosixPath(card.audio.name).suffix.lower()}"
            media[name] = card
            sound = f"[sound:{name}]"
        fields = [text.text_to_html(card.front), text.text_to_html(card.back), text.text_to_html(card.context), sound]
        anki_deck.add_note(genanki.Note(model=MODEL, fields=fields, guid=note_guid(card), due=position))
    db = sqlite3.connect(":memory:")
    now = time.time()
    genanki.Package(anki_deck).write_to_db(db.cursor(), now, itertools.count(int(now * 1000)))
    _write_schedules(db, cards)
    db.commit()
    out = tempfile.TemporaryFile()  # noqa: SIM115 - returned open; the response that sends it closes it
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", db.serialize())
        db.close()
        names = {}
        for name, card in media.items():
            try:
                with card.audio.open("rb") as audio:
                    archive.writestr(str(len(names)), audio.read())
            except FileNotFoundError:
                continue  # a missing file leaves the note without sound rather than failing the export
            names[str(len(names))] = name
        archive.writestr("media", json.dumps(names))
    out.seek(0)
    return out


def _interval(state: scheduling.CardState) -> int:
    """Anki's ivl: whole days for a card in review, negative seconds for one in (re)learning, 0 when new."""
    if state.state == scheduling.NEW or state.last_review is None:
        return 0
    gap = state.due - state.last_review
    if state.state == scheduling.REVIEW:
        return max(1, round(gap.total_seconds() / 86400))
    return -max(1, int(gap.total_seconds()))


def _write_schedules(db: sqlite3.Connection, cards: list[Card]) -> None:
    crt, conf = db.execute("select crt, conf from col").fetchone()
    # Without schedVer 2, Anki takes the collection for a v1 one and renumbers learning grades (Good 3 -> Easy 4).
    db.execute("update col set conf=?", (json.dumps({**json.loads(conf), "schedVer": 2}),))
    card_ids = dict(db.execute("select n.guid, c.id from notes n join cards c on c.nid = n.id"))
    revlog_ids: set[int] = set()
    for card in cards:
        card_id = card_ids[note_guid(card)]
        logs = list(card.logs.all())
        _write_card(db, card_id, card, logs, crt)
        states = [scheduling.CardState.from_dict(log.state_before) for log in logs] + [card.scheduling_state]
        for log, before, after in zip(logs, states, states[1:], strict=False):
            revlog_id = int(log.reviewed_at.timestamp() * 1000)
            while revlog_id in revlog_ids:  # the id is the answer time in ms, and must be unique
                revlog_id += 1
            revlog_ids.add(revlog_id)
            db.execute(
                "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)",
                (
                    revlog_id,
                    card_id,
                    -1,
                    log.rating,
                    _interval(after),
                    _interval(before),
                    DEFAULT_FACTOR if after.state == scheduling.REVIEW else 0,
                    log.duration_ms,
                    REVLOG_TYPES[log.state],
                ),
            )


def _write_card(db: sqlite3.Connection, card_id: int, card: Card, logs: list[ReviewLog], crt: int) -> None:
    state = card.scheduling_state
    lapses = sum(1 for log in logs if log.rating == Rating.AGAIN and log.state == scheduling.REVIEW)
    memory = {"s": round(state.stability, 4), "d": round(state.difficulty, 4)} if state.stability else {}
    if state.state == scheduling.NEW:
        kind, queue, due = 0, 0, None  # genanki already placed it in the new queue, in the deck's order
    elif state.state == scheduling.REVIEW:
        kind, queue, due = 2, 2, (int(state.due.timestamp()) - crt) // 86400  # days since the collection began
    else:  # learning cards are due at a moment, in epoch seconds
        kind, queue, due = (1 if state.state == scheduling.LEARNING else 3), 1, int(state.due.timestamp())
    steps = scheduling.LEARNING_STEPS if state.state == scheduling.LEARNING else scheduling.RELEARNING_STEPS
    left = max(0, len(steps) - (state.step or 0)) if queue == 1 else 0
    db.execute(
        "update cards set type=?, queue=?, due=coalesce(?, due), ivl=?, factor=?, reps=?, lapses=?, left=?, data=? "
        "where id=?",
        (
            kind,
            -1 if card.suspended else queue,
            due,
            max(0, _interval(state)),
            DEFAULT_FACTOR if kind else 0,
            len(logs),
            lapses,
            left,
            json.dumps(memory) if memory else "",
            card_id,
        ),
    )


def export_filename(deck: Deck) -> str:
    return f"{slugify(deck.name) or 'deck'}-{datetime.now(UTC):%Y-%m-%d}.apkg"
