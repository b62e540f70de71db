"""Anki interop, checked with the official `anki` package (a test dependency): our export opens in Anki with the
same notes and history, and a deck built and reviewed in Anki imports with the same cards and review logs."""

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from admin_tools.tests.factories import UserFactory
from learning.tests.helpers import flag_set
from spaced_repetition import scheduling, services
from spaced_repetition.anki import exporter, importer, package
from spaced_repetition.models import Card, Deck, ReviewLog
from spaced_repetition.tests.anki_packages import T0, build_anki_package, ms, open_in_anki
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


def _upload(path_or_bytes, name="deck.apkg") -> SimpleUploadedFile:
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


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


NOT_A_ZIP = "This is not an Anki package (.apkg): it is not a zip archive."
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
    response = learner_client.post("/review/decks/import/", {"file": _upload(data), "language": "fr"})
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


# --- pages


def test_decks_page_offers_import_and_export(learner_client, learner):
    deck = DeckFactory(owner=learner, name="Spanish")
    page = learner_client.get("/review/decks/").content.decode()
    assert '<label for="anki_file">Anki package (.apkg):</label>' in page
    assert 'accept=".apkg"' in page
    assert f'href="/review/decks/{deck.pk}/export/" download>Export to Anki' in page
    assert '<progress id="anki-import-progress" max="100" value="0"></progress>' in page


def test_anki_import_page_imports_and_shows_the_summary(tmp_path, learner_client, learner):
    response = learner_client.post(
        "/review/decks/import/", {"file": _upload(build_anki_package(tmp_path)), "language": "fr"}, follow=True
    )
    assert response.redirect_chain == [("/review/decks/", 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "Imported 3 cards, 5 reviews into deck “French::Basics”; 0 duplicates skipped."
    ]
    assert Card.objects.for_user(learner).count() == 3


def test_without_the_content_import_flag_the_decks_page_offers_no_import_and_refuses_one(
    tmp_path, django_capture_on_commit_callbacks, learner_client, learner, db_rows
):
    deck = DeckFactory(owner=learner, name="Spanish")
    flag_set(django_capture_on_commit_callbacks, "content_import", everyone=False)
    page = learner_client.get("/review/decks/").content.decode()
    assert "Import from Anki" not in page
    assert 'action="/review/decks/import/"' not in page
    assert f'href="/review/decks/{deck.pk}/export/" download>Export to Anki' in page  # export stays
    before = db_rows()
    response = learner_client.post(
        "/review/decks/import/", {"file": _upload(build_anki_package(tmp_path)), "language": "fr"}
    )
    assert response.status_code == 403
    assert [str(m) for m in response.context["messages"]] == ["Importing decks is switched off for your account."]
    assert db_rows() == before


def test_the_content_import_flag_for_staff_only_lets_staff_import(
    tmp_path, django_capture_on_commit_callbacks, learner
):
    flag_set(django_capture_on_commit_callbacks, "content_import", everyone=None, staff=True)
    path = build_anki_package(tmp_path)
    with pytest.raises(PermissionDenied) as error, path.open("rb") as file:
        importer.anki_import(owner=learner, file=file, language="fr")
    assert str(error.value) == "Importing decks is switched off for your account."
    assert Card.objects.count() == 0
    staff = UserFactory(is_staff=True)
    with path.open("rb") as file:
        assert importer.anki_import(owner=staff, file=file, language="fr").cards == 3
    assert Card.objects.filter(deck__owner=staff).count() == 3


def test_anki_import_page_needs_a_file_and_a_language(learner_client, db_rows):
    before = db_rows()
    response = learner_client.post("/review/decks/import/", {"language": ""})
    assert response.status_code == 400
    assert response.context["import_form"].errors == {
        "file": ["This field is required."],
        "language": ["This field is required."],
    }
    assert db_rows() == before


def test_deck_export_page_opens_in_anki_with_the_same_notes_and_history(tmp_path, learner_client, learner, no_fuzz):
    deck = DeckFactory(owner=learner, name="Spanish")
    perro = CardFactory(deck=deck, front="el perro", back="the dog", context="Tengo un perro & un gato.")
    CardFactory(deck=deck, front="la casa", back="the house\nthe home")
    CardFactory(deck=deck, front="el gato", back="the cat", suspended=True)
    services.review_grade(card_id=perro.pk, user=learner, rating=3, duration_ms=4000, now=T0)
    services.review_grade(card_id=perro.pk, user=learner, rating=3, duration_ms=2500, now=T0 + timedelta(minutes=10))
    response = learner_client.get(f"/review/decks/{deck.pk}/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="spanish-')
    col, new_notes = open_in_anki(tmp_path, b"".join(response.streaming_content))
    try:
        assert new_notes == 3
        notes = {}
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            (card,) = note.cards()
            revlog = col.db.all("select ease, id, time from revlog where cid=? order by id", card.id)
            notes[note["Front"]] = (dict(note.items()), col.decks.name(card.did), card.queue, revlog)
        assert len(col.find_cards("")) == 3
    finally:
        col.close()
    assert notes == {
        "el perro": (
            {"Front": "el perro", "Back": "the dog", "Context": "Tengo un perro &amp; un gato.", "Audio": ""},
            "Spanish",
            2,  # in review
            [[3, ms(0), 4000], [3, ms(10), 2500]],
        ),
        "la casa": (
            {"Front": "la casa", "Back": "the house<br>the home", "Context": "", "Audio": ""}, "Spanish", 0, []
        ),
        "el gato": ({"Front": "el gato", "Back": "the cat", "Context": "", "Audio": ""}, "Spanish", -1, []),
    }  # fmt: skip


def test_deck_export_of_another_learners_deck_answers_404(learner_client):
    foreign = DeckFactory(name="Secret")
    assert learner_client.get(f"/review/decks/{foreign.pk}/export/").status_code == 404
    response = learner_client.get(f"/api/v1/decks/{foreign.pk}/export")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "No Deck matches the given query.", "fields": {}}
    }


# --- API


def test_api_deck_import_answers_201_with_the_counts(tmp_path, learner_client, learner):
    response = learner_client.post(
        "/api/v1/decks/import", {"file": _upload(build_anki_package(tmp_path)), "language": "fr"}
    )
    assert response.status_code == 201
    deck = Deck.objects.get(owner=learner)
    assert response.json() == {
        "cards": 3,
        "reviews": 5,
        "duplicates": 0,
        "skipped": 0,
        "decks": [
            {
                "id": deck.pk,
                "name": "French::Basics",
                "language": "fr",
                "new_per_day": 20,
                "reviews_per_day": 200,
                "created_at": deck.created_at.isoformat().replace("+00:00", "Z"),
            }
        ],
        "summary": "Imported 3 cards, 5 reviews into deck “French::Basics”; 0 duplicates skipped.",
    }


def test_api_deck_import_answers_403_when_the_content_import_flag_is_off(
    tmp_path, django_capture_on_commit_callbacks, learner_client, db_rows
):
    flag_set(django_capture_on_commit_callbacks, "content_import", everyone=False)
    before = db_rows()
    response = learner_client.post(
        "/api/v1/decks/import", {"file": _upload(build_anki_package(tmp_path)), "language": "fr"}
    )
    assert response.status_code == 403
    assert response.json() == {
        "error": {
            "code": "permission_denied",
            "message": "Importing decks is switched off for your account.",
            "fields": {},
        }
    }
    assert db_rows() == before


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ({"file": b"not a zip", "language": "fr"}, {"file": [NOT_A_ZIP]}),
        ({"file": b"PK", "language": "xx"}, {"language": ["Choose the language of the cards."]}),
        ({"language": "fr"}, {"file": ["No file was submitted."]}),
    ],
)  # fmt: skip
def test_api_deck_import_refuses_bad_input_with_400(learner_client, db_rows, data, fields):
    before = db_rows()
    body = {key: _upload(value) if key == "file" else value for key, value in data.items()}
    response = learner_client.post("/api/v1/decks/import", body)
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "invalid", "message": "Some fields are not valid.", "fields": fields}}
    assert db_rows() == before


def test_api_deck_export_sends_the_package(tmp_path, learner_client, learner):
    deck = DeckFactory(owner=learner, name="Spanish")
    CardFactory(deck=deck, front="el perro", back="the dog")
    response = learner_client.get(f"/api/v1/decks/{deck.pk}/export")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    col, new_notes = open_in_anki(tmp_path, b"".join(response.streaming_content))
    try:
        assert new_notes == 1
        assert [col.get_note(n)["Back"] for n in col.find_notes("")] == ["the dog"]
    finally:
        col.close()


@pytest.mark.parametrize(("method", "path"), [("post", "/api/v1/decks/import"), ("get", "/api/v1/decks/1/export")])
def test_anki_api_needs_credentials(client, method, path):
    assert getattr(client, method)(path).status_code == 401
