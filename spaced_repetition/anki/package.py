"""Reading an .apkg: a zip that holds an SQLite collection, in one of three layouts (see the shared recipe
anki_apkg.md): `collection.anki21b` (zstd-compressed, schema 18; what Anki writes by default since 2.1.50),
`collection.anki21` (legacy export, schema 11) or only `collection.anki2` (genanki, Anki 2.0). Anki puts a dummy
`collection.anki2` beside the real one, so the newest layout present wins. No Django here: the importer turns
what this returns into cards."""

import io
import json
import sqlite3
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import zstandard

from spaced_repetition.anki import text

MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MAX_COLLECTION_BYTES = 200 * 1024 * 1024  # once decompressed: a zip bomb stops here
MAX_SOUND_BYTES = 10 * 1024 * 1024
COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
CONTEXT_FIELDS = {"context", "context sentence", "example", "example sentence", "sentence"}
# revlog.type 0 learn, 1 review, 2 relearn, 3 filtered; 4 and 5 are manual reschedules with no grade
GRADED_REVLOG_TYPES = (0, 1, 2, 3)


class PackageError(Exception):
    """The file is not an Anki package we can read; the message says why, for the learner."""


@dataclass(frozen=True)
class Review:
    at: datetime
    rating: int
    duration_ms: int


@dataclass(frozen=True)
class Note:
    """One Anki note as our card: its first card's deck, suspension and review history."""

    id: int
    deck: str
    front: str
    back: str
    context: str = ""
    sound: str = ""  # the media name of its first [sound:…]
    suspended: bool = False
    reviews: tuple[Review, ...] = ()


@dataclass
class Package:
    notes: list[Note]
    skipped: int  # notes without a front or a back in plain text
    _zip: zipfile.ZipFile
    _media: dict[str, str] = field(default_factory=dict)  # media name -> zip entry
    _compressed: bool = False

    def sound(self, name: str) -> bytes | None:
        """The bytes of a media file, or None when the package lacks it, it is too large or cannot be read."""
        entry = self._media.get(name)
        try:
            if entry is None or (not self._compressed and self._zip.getinfo(entry).file_size > MAX_SOUND_BYTES):
                return None
            data = self._zip.read(entry)
            return _unzstd(data, MAX_SOUND_BYTES) if self._compressed else data
        except (KeyError, zipfile.BadZipFile, zstandard.ZstdError):
            return None  # a card without its sound is better than no import


@contextmanager
def open_package(file) -> Iterator[Package]:
    """Read the notes of an .apkg given as a binary file object. Raises PackageError."""
    size = file.seek(0, io.SEEK_END)
    file.seek(0)
    if size == 0:
        raise PackageError("The file is empty.")
    if size > MAX_PACKAGE_BYTES:
        raise PackageError(
            f"The file is {size / 1024 / 1024:.1f} MB; Anki packages up to {MAX_PACKAGE_BYTES // 1024 // 1024} MB "
            "can be imported."
        )
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile as error:
        raise PackageError("This is not an Anki package (.apkg): it is not a zip archive.") from error
    with archive:
        name = next((name for name in COLLECTIONS if name in archive.namelist()), None)
        if name is None:
            raise PackageError(
                "This zip has no Anki collection in it. In Anki, use File → Export → Anki Deck Package (.apkg)."
            )
        compressed = name == "collection.anki21b"
        try:
            db = _open_collection(archive, name, compressed)
            with closing(db):
                notes, skipped = _notes(db)
            media = _media_map(archive, compressed)
        except (sqlite3.DatabaseError, zipfile.BadZipFile, zstandard.ZstdError, ValueError, LookupError) as error:
            raise PackageError("The Anki collection in this file is damaged and cannot be read.") from error
        if not notes:
            raise PackageError("This Anki package has no notes with text to import.")
        yield Package(notes=notes, skipped=skipped, _zip=archive, _media=media, _compressed=compressed)


def _unzstd(data: bytes, limit: int) -> bytes | None:
    # Anki streams its zstd frames without a content size, so decompress() cannot be used: read in chunks.
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
    out = bytearray()
    while chunk := reader.read(1024 * 1024):
        out += chunk
        if len(out) > limit:
            return None
    return bytes(out)


def _open_collection(archive: zipfile.ZipFile, name: str, compressed: bool) -> sqlite3.Connection:
    too_large = PackageError("The collection in this file is too large to import.")
    if compressed:
        raw = _unzstd(archive.read(name), MAX_COLLECTION_BYTES)
        if raw is None:
            raise too_large
    else:
        if archive.getinfo(name).file_size > MAX_COLLECTION_BYTES:
            raise too_large
        raw = archive.read(name)
    raw = bytearray(raw)
    if raw[18:20] == b"\x02\x02":  # WAL mode, which an in-memory database cannot open: read it as rollback-journal
        raw[18:20] = b"\x01\x01"
    db = sqlite3.connect(":memory:")
    db.deserialize(bytes(raw))
    # schema-18 tables sort names with Anki's own collation
    db.create_collation("unicase", lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
    return db


def _note_types(db: sqlite3.Connection, version: int) -> dict[int, tuple[list[str], bool]]:
    """Note type id -> (field names in order, whether it is a cloze type)."""
    if version >= 18:
        types = {}
        for type_id, config in db.execute("select id, config from notetypes"):
            names = [row[0] for row in db.execute("select name from fields where ntid=? order by ord", (type_id,))]
            types[type_id] = (names, dict(_protobuf_fields(config)).get(1, 0) == 1)  # Config.kind 1: cloze
        return types
    models = json.loads(db.execute("select models from col").fetchone()[0])
    return {
        int(type_id): ([f["name"] for f in sorted(model["flds"], key=lambda f: f["ord"])], model.get("type") == 1)
        for type_id, model in models.items()
    }


def _deck_names(db: sqlite3.Connection, version: int) -> dict[int, str]:
    if version >= 18:
        return {deck_id: name.replace("\x1f", "::") for deck_id, name in db.execute("select id, name from decks")}
    decks = json.loads(db.execute("select decks from col").fetchone()[0])
    return {int(deck_id): deck["name"] for deck_id, deck in decks.items()}


def _notes(db: sqlite3.Connection) -> tuple[list[Note], int]:
    version = db.execute("select ver from col").fetchone()[0]
    note_types, decks = _note_types(db, version), _deck_names(db, version)
    first_cards = {}  # note id -> its card of the lowest ord
    rows = db.execute(
        "select n.id, n.mid, n.flds, c.id, c.did, c.queue from notes n join cards c on c.nid = n.id "
        "order by n.id, c.ord, c.id"
    )
    for note_id, type_id, fields, card_id, deck_id, queue in rows:
        first_cards.setdefault(note_id, (type_id, fields, card_id, deck_id, queue))
    reviews = defaultdict(list)
    placeholders = ",".join("?" * len(GRADED_REVLOG_TYPES))
    for card_id, at_ms, rating, duration_ms in db.execute(
        f"select cid, id, ease, time from revlog where ease between 1 and 4 and type in ({placeholders}) order by id",
        GRADED_REVLOG_TYPES,
    ):
        reviews[card_id].append(Review(datetime.fromtimestamp(at_ms / 1000, UTC), rating, max(0, duration_ms)))
    notes, skipped = [], 0
    for note_id, (type_id, fields, card_id, deck_id, queue) in first_cards.items():
        names, is_cloze = note_types.get(type_id, ([], False))
        sides = _sides(names, fields.split("\x1f"), is_cloze)
        if sides is None:
            skipped += 1
            continue
        notes.append(
            Note(
                id=note_id,
                deck=decks.get(deck_id, "Default"),
                **sides,
                suspended=queue == -1,
                reviews=tuple(reviews[card_id]),
            )
        )
    return notes, skipped


def _sides(names: list[str], values: list[str], is_cloze: bool) -> dict | None:
    """Front, back, context and sound of a note, from fields named as Anki's stock types name them or, failing
    that, from the first two fields. None when the front or the back has no text."""
    by_name = {name.casefold(): value for name, value in zip(names, values, strict=False)}
    first = values[0] if values else ""
    second = values[1] if len(values) > 1 else ""
    if is_cloze:
        source = by_name.get("text", first)
        extra = text.html_to_text(by_name.get("back extra", second))
        front = text.html_to_text(text.cloze_question(source))
        back = "\n".join(part for part in (text.html_to_text(text.cloze_answer(source)), extra) if part)
    else:
        front = text.html_to_text(by_name.get("front", first))
        back = text.html_to_text(by_name.get("back", second))
    if not front or not back:
        return None
    context = next((value for name, value in by_name.items() if name in CONTEXT_FIELDS), "")
    sound = next((found[0] for value in values if (found := text.sounds(value))), "")
    return {"front": front, "back": back, "context": text.html_to_text(context), "sound": sound}


def _media_map(archive: zipfile.ZipFile, compressed: bool) -> dict[str, str]:
    """Media file name -> its zip entry ("0", "1", …)."""
    if "media" not in archive.namelist():
        return {}
    raw = archive.read("media")
    if not compressed:
        return {name: entry for entry, name in json.loads(raw or b"{}").items()}
    raw = _unzstd(raw, MAX_COLLECTION_BYTES) or b""
    # protobuf MediaEntries { repeated MediaEntry entries = 1 { string name = 1; … } }, zip entry = index
    names = [
        next((value.decode() for number, value in _protobuf_fields(entry) if number == 1), "")
        for number, entry in _protobuf_fields(raw)
        if number == 1
    ]
    return {name: str(index) for index, name in enumerate(names)}


def _varint(data: bytes, index: int) -> tuple[int, int]:
    shift = value = 0
    while True:
        byte = data[index]
        index += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, index


def _protobuf_fields(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of a protobuf message, enough to read Anki's media map and note type kind."""
    index = 0
    while index < len(data):
        key, index = _varint(data, index)
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            value, index = _varint(data, index)
        elif wire_type == 2:
            length, index = _varint(data, index)
            value, index = data[index : index + length], index + length
        elif wire_type == 5:
            value, index = data[index : index + 4], index + 4
        elif wire_type == 1:
            value, index = data[index : index + 8], index + 8
        else:
            raise ValueError(f"unsupported protobuf wire type {wire_type}")
        yield number, value
