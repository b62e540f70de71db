"""Anki packages made by the official `anki` package (a test dependency), for the import and export tests."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from anki.collection import Collection, ExportAnkiPackageOptions, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.scheduler.v3 import CardAnswer
from django.core.files.uploadedfile import SimpleUploadedFile

T0 = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
NOT_A_ZIP = "This is not an Anki package (.apkg): it is not a zip archive."  # the importer's answer to such a file
# (front, back) as Anki fields, then the grades given in Anki: (minutes after T0, rating, milliseconds taken)
ANKI_NOTES = [
    ("<b>Bonjour</b>", "Hello", [(0, 1, 2500), (10, 3, 1800), (2 * 1440, 3, 1200)]),
    ("le chat", "the cat<br>(the animal)", [(1, 3, 3000), (3 * 1440, 4, 900)]),
    ("merci &amp; au revoir", "thanks &amp; goodbye", []),
]
_RATINGS = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}


def ms(minutes: int) -> int:
    return int((T0 + timedelta(minutes=minutes)).timestamp() * 1000)


def build_anki_package(tmp_path: Path, *, legacy: bool = False, notes=ANKI_NOTES, media=None) -> Path:
    """A deck made and reviewed in Anki itself, exported with Anki's own exporter."""
    folder = tmp_path / "anki-build"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        for file_name, data in (media or {}).items():
            col.media.write_data(file_name, data)
        deck_id = col.decks.id("French::Basics")
        grades = []
        for front, back, answers in notes:
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"], note["Back"] = front, back
            col.add_note(note, deck_id)
            grades += [(at, note.cards()[0].id, rating, taken) for at, rating, taken in answers]
        for at, card_id, rating, taken in sorted(grades):  # in time order, as they were given
            card = col.get_card(card_id)
            card.start_timer()
            states = col._backend.get_scheduling_states(card.id)
            answer = col.sched.build_answer(card=card, states=states, rating=_RATINGS[rating])
            answer.answered_at_millis, answer.milliseconds_taken = ms(at), taken
            col.sched.answer_card(answer)
        path = tmp_path / "deck.apkg"
        col.export_anki_package(
            out_path=str(path),
            options=ExportAnkiPackageOptions(
                with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy
            ),
            limit=None,
        )
    finally:
        col.close()
    return path


def open_in_anki(tmp_path: Path, data: bytes) -> tuple[Collection, int]:
    """Import an .apkg into a fresh Anki collection, as Anki's File → Import does. The caller closes it."""
    path = tmp_path / "export.apkg"
    path.write_bytes(data)
    folder = tmp_path / "anki-open"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    response = col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True)
        )
    )
    return col, len(response.log.new)


def upload(path_or_bytes, name="deck.apkg") -> SimpleUploadedFile:
    """A package (a file, or its bytes) as a form or API upload."""
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")
