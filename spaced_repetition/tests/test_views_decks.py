"""The deck, settings and card pages: forms, counts, confirmations, the card browser."""

import zoneinfo
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from spaced_repetition import services
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state, main_text

pytestmark = pytest.mark.django_db


# --- decks and settings


def test_deck_list_creates_a_deck_and_shows_its_counts(learner_client, learner, deck, card):
    in_state(CardFactory(deck=deck), "review", due=timezone.now() - timedelta(hours=1))
    response = learner_client.post(
        "/review/decks/", {"name": "French", "language": "fr", "new_per_day": "10", "reviews_per_day": "100"}
    )
    assert response.url == "/review/decks/"
    assert list(Deck.objects.filter(owner=learner).values_list("name", "language", "new_per_day")) == [
        ("French", "fr", 10),
        ("Spanish", "es", 20),
    ]
    text = main_text(learner_client.get("/review/decks/"))
    assert "French French 0 0 0 10 new, 100 reviews" in text
    assert "Spanish Spanish 1 1 2 20 new, 200 reviews" in text


def test_deck_list_refuses_a_duplicate_name(learner_client, deck):
    response = learner_client.post(
        "/review/decks/", {"name": "Spanish", "language": "es", "new_per_day": "20", "reviews_per_day": "200"}
    )
    assert response.status_code == 400
    assert "You already have a deck called “Spanish”." in response.text
    assert Deck.objects.count() == 1


def test_deck_edit_changes_the_limits(learner_client, deck):
    data = {"name": "Español", "language": "es", "new_per_day": "5", "reviews_per_day": "50"}
    assert learner_client.post(f"/review/decks/{deck.pk}/", data).url == "/review/decks/"
    assert Deck.objects.values_list("name", "new_per_day", "reviews_per_day").get() == ("Español", 5, 50)


def test_deck_delete_asks_first_then_deletes_the_deck_its_cards_and_their_history(learner_client, learner, deck):
    kept = DeckFactory(owner=learner, name="French", language="fr")
    CardFactory(deck=kept, front="le chat")
    cards = [CardFactory(deck=deck, front=front) for front in ("uno", "dos")]
    services.review_grade(card_id=cards[0].pk, user=learner, rating=3, duration_ms=0)
    assert f'href="/review/decks/{deck.pk}/delete/"' in learner_client.get(f"/review/decks/{deck.pk}/").text

    page = learner_client.get(f"/review/decks/{deck.pk}/delete/")
    assert page.status_code == 200
    assert "Delete the deck “Spanish”? Its 2 cards and their review history will be deleted for good." in main_text(
        page
    )
    assert Deck.objects.filter(pk=deck.pk).exists()

    response = learner_client.post(f"/review/decks/{deck.pk}/delete/", follow=True)
    assert response.redirect_chain == [("/review/decks/", 302)]
    assert "Deck “Spanish” deleted with its 2 cards." in response.text
    assert list(Deck.objects.values_list("name", flat=True)) == ["French"]
    assert list(Card.objects.values_list("front", flat=True)) == ["le chat"]
    assert ReviewLog.objects.count() == 0


def test_deck_delete_of_an_empty_deck_says_it_has_no_cards(learner_client, deck):
    assert "The deck has no cards." in main_text(learner_client.get(f"/review/decks/{deck.pk}/delete/"))


def test_review_settings_save_the_desired_retention(learner_client, learner):
    learner_client.post("/review/settings/", {"desired_retention": "0.85"})
    assert ReviewSettings.objects.desired_retention(user=learner) == 0.85
    response = learner_client.post("/review/settings/", {"desired_retention": "0.5"}, follow=True)
    assert "Ensure this value is greater than or equal to 0.7." in response.text
    assert ReviewSettings.objects.desired_retention(user=learner) == 0.85


# --- cards


def test_card_create_form_adds_a_card_and_refuses_a_duplicate(learner_client, deck):
    data = {"deck": deck.pk, "kind": "phrase", "front": "buenos días", "back": "good morning", "context": ""}
    response = learner_client.post("/review/cards/new/", data)
    assert response.url == f"/review/cards/new/?deck={deck.pk}"
    assert list(Card.objects.values_list("front", "back", "kind", "source")) == [
        ("buenos días", "good morning", "phrase", "manual")
    ]
    response = learner_client.post("/review/cards/new/", data)
    assert response.status_code == 400
    assert "This deck already has a card with this front." in response.text
    assert Card.objects.count() == 1


def test_card_create_form_asks_for_a_deck_first(learner_client):
    assert "Cards live in decks, and you have none yet." in main_text(learner_client.get("/review/cards/new/"))


def test_card_create_form_offers_only_the_learners_decks(learner_client, deck, foreign_card):
    data = {"deck": foreign_card.deck_id, "kind": "word", "front": "hola", "back": "hello"}
    response = learner_client.post("/review/cards/new/", data)
    assert response.status_code == 400
    assert Card.objects.filter(front="hola").count() == 0


def test_card_with_audio_is_served_to_its_owner(learner_client, deck, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    audio = SimpleUploadedFile("perro.ogg", b"OggS-fake-audio", content_type="audio/ogg")
    data = {"deck": deck.pk, "kind": "word", "front": "perro", "back": "dog", "audio": audio}
    learner_client.post("/review/cards/new/", data)
    card = Card.objects.get()
    response = learner_client.get(f"/review/cards/{card.pk}/audio/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"OggS-fake-audio"
    services.cards_delete(cards=Card.objects.all())


def test_card_edit_saves_and_returns_to_the_session(learner_client, card):
    data = {
        "deck": card.deck_id,
        "kind": "word",
        "front": "el perro",
        "back": "the dog (m.)",
        "context": "",
        "next": "/review/?card=1",
    }
    response = learner_client.post(f"/review/cards/{card.pk}/edit/", data)
    assert response.url == "/review/?card=1"
    assert Card.objects.get(pk=card.pk).back == "the dog (m.)"


def test_card_detail_shows_the_history_in_the_learners_time_zone(learner_client, learner, card):
    learner.profile.time_zone = "Asia/Tokyo"
    learner.profile.save()
    moment = timezone.now().replace(hour=20, minute=15, second=0, microsecond=0) - timedelta(days=1)
    services.review_grade(card_id=card.pk, user=learner, rating=2, duration_ms=12_000, now=moment)
    text = main_text(learner_client.get(f"/review/cards/{card.pk}/"))
    local = timezone.localtime(moment, timezone=zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert f"{local.day} {local:%b %Y}, {local:%H}:15 Hard New 12 s" in text


def test_card_browser_searches_and_filters(learner_client, learner, deck, card):
    french = DeckFactory(owner=learner, name="French", language="fr")
    CardFactory(deck=french, front="le chien", back="the dog", kind="phrase", source="anki")
    CardFactory(deck=deck, front="el gato", back="the cat", suspended=True)

    def fronts(**params):
        text = main_text(learner_client.get("/review/cards/", params))
        return [front for front in ("el perro", "le chien", "el gato") if front in text]

    assert fronts() == ["el perro", "le chien", "el gato"]
    assert fronts(q="dog") == ["el perro", "le chien"]
    assert fronts(deck=french.pk) == ["le chien"]
    assert fronts(kind="phrase") == ["le chien"]
    assert fronts(source="anki") == ["le chien"]
    assert fronts(state="suspended") == ["el gato"]
    assert fronts(state="review") == []


def test_card_browser_bulk_suspends_moves_and_deletes_after_confirming(learner_client, learner, deck, card):
    other = CardFactory(deck=deck, front="el gato")
    french = DeckFactory(owner=learner, name="French", language="fr")
    back = "/review/cards/?q=el"
    response = learner_client.post(
        "/review/cards/bulk/", {"cards": [card.pk, other.pk], "action": "suspend", "next": back}
    )
    assert response.url == back
    assert list(Card.objects.values_list("suspended", flat=True)) == [True, True]
    learner_client.post("/review/cards/bulk/", {"cards": [other.pk], "action": "move", "target_deck": french.pk})
    assert Card.objects.get(pk=other.pk).deck == french
    response = learner_client.post("/review/cards/bulk/", {"cards": [card.pk, other.pk], "action": "delete"})
    assert response.status_code == 200
    assert "Delete 2 cards?" in main_text(response)
    assert Card.objects.count() == 2
    learner_client.post("/review/cards/bulk/", {"cards": [card.pk, other.pk], "action": "delete", "confirm": "1"})
    assert Card.objects.count() == 0


def test_card_browser_move_needs_a_deck(learner_client, card):
    response = learner_client.post("/review/cards/bulk/", {"cards": [card.pk], "action": "move"}, follow=True)
    assert "Choose the deck to move the cards to." in response.text


def test_review_nav_item_is_current_on_review_pages(learner_client):
    response = learner_client.get("/review/cards/")
    assert '<a href="/review/" aria-current="page">Review</a>' in response.text
