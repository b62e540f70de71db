"""Anki import and export through the pages and the API: forms, flags, summaries, errors, who may see what."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied

from admin_tools.tests.factories import UserFactory
from learning.tests.helpers import flag_set
from spaced_repetition import services
from spaced_repetition.anki import importer
from spaced_repetition.models import Card, Deck
from spaced_repetition.tests.anki_packages import NOT_A_ZIP, T0, build_anki_package, ms, open_in_anki, upload
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


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
        "/review/decks/import/", {"file": upload(build_anki_package(tmp_path)), "language": "fr"}, follow=True
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
        "/review/decks/import/", {"file": upload(build_anki_package(tmp_path)), "language": "fr"}
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
        "/api/v1/decks/import", {"file": upload(build_anki_package(tmp_path)), "language": "fr"}
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
        "/api/v1/decks/import", {"file": upload(build_anki_package(tmp_path)), "language": "fr"}
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
    body = {key: upload(value) if key == "file" else value for key, value in data.items()}
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
