"""Anki interop, checked with the official `anki` package (a test dependency): our export opens in Anki with the
same notes and history, and a deck built and reviewed in Anki imports with the same cards and review logs. The
pages and the API: test_anki_pages.py."""

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from spaced_repetition import scheduling, services
from spaced_repetition.anki import exporter, importer, package
from spaced_repetition.models import Card, Deck, ReviewLog
from spaced_repetition.tests.anki_packages import NOT_A_ZIP, T0, build_anki_package, open_in_anki, upload
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


def _cards_and_logs(user) -> dict:
    cards = Card.objects.for_user(user).order_by("front")
    return {
        card.front: (
            card.back,
            card.deck.name,
            card.source,
            [(log.rating, log.reviewed_at, log.duration_ms) for log in card.logs.order_by("reviewed_at")],
        )
        for card in cards
    }


def _expected(deck_name="French::Basics") -> dict:
    return {
        "Bonjour": ("Hello", deck_name, "anki", [(1, T0, 2500), (3, T0 + timedelta(minutes=10), 1800),
                                                  (3, T0 + timedelta(days=2), 1200)]),
        "le chat": ("the cat\n(the animal)", deck_name, "anki", [(3, T0 + timedelta(minutes=1), 3000),
                                                                  (4, T0 + timedelta(days=3), 900)]),
        "merci & au revoir": ("thanks & goodbye", deck_name, "anki", []),
    }  # fmt: skip


# --- import


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b", "anki21-legacy"])
def test_anki_import_of_a_deck_reviewed_in_anki_gives_the_same_cards_and_review_logs(
    tmp_path, learner, legacy, no_fuzz
):
    path = build_anki_package(tmp_path, legacy=legacy)
    with path.open("rb") as file:
        result = importer.anki_import(owner=learner, file=file, language="fr")
    assert (result.cards, result.reviews, result.duplicates, result.skipped) == (3, 5, 0, 0)
    assert result.summary == "Imported 3 cards, 5 reviews into deck “French::Basics”; 0 duplicates skipped."
    deck = Deck.objects.get(owner=learner)
    assert (deck.name, deck.language) == ("French::Basics", "fr")
    assert _cards_and_logs(learner) == _expected()
    # the schedule is the one our scheduler reaches by replaying Anki's grades
    card = Card.objects.get(deck=deck, front="le chat")
    state = scheduling.CardState(due=card.created_at)
    for at, rating in [(T0 + timedelta(minutes=1), 3), (T0 + timedelta(days=3), 4)]:
        state, _ = scheduling.review(state, rating, at, fuzz=False)
    assert (card.state, card.stability, card.difficulty, card.due, card.last_review) == (
        state.state, state.stability, state.difficulty, state.due, state.last_review
    )  # fmt: skip
    assert Card.objects.get(front="merci & au revoir").state == scheduling.NEW


def test_anki_import_matches_the_revlog_anki_wrote(tmp_path, learner):
    path = build_anki_package(tmp_path, legacy=True)
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "col.anki21").write_bytes(archive.read("collection.anki21"))
    col = Collection(str(tmp_path / "col.anki21"))
    try:
        revlog = col.db.all(
            "select n.sfld, r.ease, r.id, r.time from revlog r join cards c on c.id = r.cid "
            "join notes n on n.id = c.nid order by r.id"
        )
    finally:
        col.close()
    with path.open("rb") as file:
        importer.anki_import(owner=learner, file=file, language="fr")
    logs = ReviewLog.objects.for_user(learner).order_by("reviewed_at").select_related("card")
    ours = [(log.card.front, log.rating, int(log.reviewed_at.timestamp() * 1000), log.duration_ms) for log in logs]
    assert ours == [tuple(row) for row in revlog]
    assert len(ours) == 5
    assert [log.deck_id for log in logs] == [log.card.deck_id for log in logs]
    assert None not in {log.deck_id for log in logs}


def test_anki_import_twice_adds_nothing_the_second_time(tmp_path, learner):
    path = build_anki_package(tmp_path)
    with path.open("rb") as file:
        importer.anki_import(owner=learner, file=file, language="fr")
    before = _cards_and_logs(learner)
    with path.open("rb") as file:
        again = importer.anki_import(owner=learner, file=file, language="de")
    assert (again.cards, again.reviews, again.duplicates) == (0, 0, 3)
    assert again.summary == "Imported 0 cards, 0 reviews into deck “French::Basics”; 3 duplicates skipped."
    assert _cards_and_logs(learner) == before
    assert list(Deck.objects.filter(owner=learner).values_list("name", "language")) == [("French::Basics", "fr")]


def test_anki_import_into_an_existing_deck_skips_fronts_it_has(tmp_path, learner):
    deck = DeckFactory(owner=learner, name="French::Basics", language="fr")
    CardFactory(deck=deck, front="le chat", back="my own back")
    other = DeckFactory(name="French::Basics")  # another learner's deck of the same name is left alone
    with build_anki_package(tmp_path).open("rb") as file:
        result = importer.anki_import(owner=learner, file=file, language="fr")
    assert (result.cards, result.reviews, result.duplicates) == (2, 3, 1)
    assert result.decks == [deck]
    assert Card.objects.get(deck=deck, front="le chat").back == "my own back"
    assert ReviewLog.objects.filter(card__front="le chat").count() == 0
    assert other.cards.count() == 0


def test_anki_import_of_our_own_export_keeps_text_context_and_history(tmp_path, learner, no_fuzz):
    deck = DeckFactory(name="Español", language="es")
    card = CardFactory(deck=deck, front="el <perro> & co", back="the dog\nand friends", context="¡Mira el perro!")
    services.review_grade(card_id=card.pk, user=deck.owner, rating=3, duration_ms=4000, now=T0)
    services.review_grade(card_id=card.pk, user=deck.owner, rating=1, duration_ms=6000, now=T0 + timedelta(minutes=20))
    CardFactory(deck=deck, front="el gato", back="the cat", suspended=True)
    with exporter.anki_export(deck=deck) as file:
        result = importer.anki_import(owner=learner, file=file, language="es")
    assert (result.cards, result.reviews) == (2, 2)
    imported = Card.objects.for_user(learner).order_by("front")
    assert [(c.front, c.back, c.context, c.suspended) for c in imported] == [
        ("el <perro> & co", "the dog\nand friends", "¡Mira el perro!", False),
        ("el gato", "the cat", "", True),
    ]
    assert [(log.rating, log.reviewed_at, log.duration_ms) for log in ReviewLog.objects.for_user(learner)] == [
        (3, T0, 4000),
        (1, T0 + timedelta(minutes=20), 6000),
    ]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BAD_FILES = {
    "empty": (b"", "The submitted file is empty."),  # said by the form, before the import service
    "not a zip": (b"SQLite format 3\x00 but not a package", NOT_A_ZIP),
    "no collection": (
        _zip({"notes.txt": b"hello"}),
        "This zip has no Anki collection in it. In Anki, use File → Export → Anki Deck Package (.apkg).",
    ),
    "damaged collection": (
        _zip({"collection.anki21": b"this is not sqlite"}),
        "The Anki collection in this file is damaged and cannot be read.",
    ),
    "damaged zstd": (
        _zip({"collection.anki21b": b"not zstd"}),
        "The Anki collection in this file is damaged and cannot be read.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("kind", BAD_FILES)
def test_anki_import_page_refuses_a_bad_file_and_stores_nothing(learner_client, db_rows, kind):
    data, message = BAD_FILES[kind]
    before = db_rows()
    response = learner_client.post("/review/decks/import/", {"file": upload(data), "language": "fr"})
    assert response.status_code == 400
    assert response.context["import_form"].errors == {"file": [message]}
    assert escape(message) in response.content.decode()
    assert db_rows() == before


def test_anki_import_refuses_a_package_without_notes(tmp_path, learner, db_rows):
    path = build_anki_package(tmp_path, notes=[])
    before = db_rows()
    with path.open("rb") as file, pytest.raises(ValidationError) as error:
        importer.anki_import(owner=learner, file=file, language="fr")
    assert error.value.message_dict == {"file": ["This Anki package has no notes with text to import."]}
    assert db_rows() == before


def test_anki_import_refuses_a_file_over_the_size_limit(tmp_path, learner, db_rows):
    before = db_rows()
    with (tmp_path / "huge.apkg").open("w+b") as file:
        file.truncate(package.MAX_PACKAGE_BYTES + 1)  # sparse: nothing is written
        with pytest.raises(ValidationError) as error:
            importer.anki_import(owner=learner, file=file, language="fr")
    assert error.value.message_dict == {"file": ["The file is 50.0 MB; Anki packages up to 50 MB can be imported."]}
    assert db_rows() == before


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b", "anki21-legacy"])
def test_anki_import_takes_the_first_sound_as_the_cards_audio(tmp_path, learner, settings, legacy):
    settings.MEDIA_ROOT = tmp_path / "media"
    notes = [("hola", "hello [sound:hola.mp3]", []), ("adiós", "bye [sound:adios.png]", [])]
    path = build_anki_package(
        tmp_path, legacy=legacy, notes=notes, media={"hola.mp3": b"ID3-hola", "adios.png": b"PNG"}
    )
    with path.open("rb") as file:
        importer.anki_import(owner=learner, file=file, language="es")
    hola, adios = Card.objects.for_user(learner).order_by("front")[1], Card.objects.get(front="adiós")
    assert (hola.front, hola.back, Path(hola.audio.name).name) == ("hola", "hello", "hola.mp3")
    assert hola.audio.read() == b"ID3-hola"
    assert (adios.back, adios.audio.name) == ("bye", "")  # not an audio file


def test_deck_export_includes_the_audio_for_anki(tmp_path, learner, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    deck = DeckFactory(owner=learner)
    card = CardFactory(deck=deck, front="perro", back="dog", audio=SimpleUploadedFile("perro.ogg", b"OggS-perro"))
    with exporter.anki_export(deck=deck) as file:
        col, _ = open_in_anki(tmp_path, file.read())
    try:
        (note_id,) = col.find_notes("")
        assert col.get_note(note_id)["Audio"] == f"[sound:tutor-card-{card.pk}.ogg]"
        assert (Path(col.media.dir()) / f"tutor-card-{card.pk}.ogg").read_bytes() == b"OggS-perro"
    finally:
        col.close()
