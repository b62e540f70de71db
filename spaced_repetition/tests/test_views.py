"""The review pages through the test client: the session without JavaScript, decks, the card browser, and
who may see what."""

import re
import zoneinfo
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from spaced_repetition import selectors, services
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state, schedule

pytestmark = pytest.mark.django_db


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Spanish")


@pytest.fixture
def card(deck):
    return CardFactory(deck=deck, front="el perro", back="the dog", context="El perro ladra.")


@pytest.fixture
def foreign_card():
    return CardFactory(front="secreto", back="secret")


def _text(response) -> str:
    """The visible text of the page's main element, whitespace collapsed."""
    main = re.search(r"<main[^>]*>(.*)</main>", response.text, re.S).group(1)
    main = re.sub(r"<template.*?</template>", "", main, flags=re.S)
    return re.sub(r" ([.,])", r"\1", " ".join(re.sub(r"<[^>]+>", " ", main).split()))


# --- the session


def test_session_shows_the_front_and_a_show_answer_button(learner_client, card):
    response = learner_client.get("/review/")
    assert response.status_code == 200
    text = _text(response)
    assert "el perro" in text
    assert "the dog" not in text
    assert "Show answer" in text
    assert "Learning 0 Review 0 New 1" in text


def test_session_reveal_shows_the_back_and_four_grades_with_their_intervals(learner_client, card):
    response = learner_client.get("/review/", {"card": card.pk, "reveal": "1", "started": "1000"})
    text = _text(response)
    assert "the dog" in text and "El perro ladra." in text
    assert "Again 1 min Hard 6 min Good 10 min Easy 8 days" in text
    assert "Show answer" not in text


def test_session_grade_posts_the_grade_and_moves_on(learner_client, learner, card, no_fuzz):
    started = int((timezone.now() - timedelta(seconds=7)).timestamp() * 1000)
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "3", "started": str(started)})
    assert response.status_code == 302
    assert response.url == "/review/"
    log = ReviewLog.objects.get()
    assert (log.card, log.user, log.rating, log.state) == (card, learner, 3, "new")
    assert 7000 <= log.duration_ms < 30_000  # seven seconds, plus however long the request took
    assert (schedule(card).state, schedule(card).step) == ("learning", 1)


def test_session_grade_prefers_the_duration_measured_by_the_page(learner_client, card):
    learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "1", "duration_ms": "2345", "started": "1"})
    assert ReviewLog.objects.get().duration_ms == 2345


@pytest.mark.parametrize("rating", ["0", "5", "x", ""])
def test_session_grade_refuses_a_bad_grade_with_400_and_changes_nothing(learner_client, card, db_rows, rating):
    before = db_rows()
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": rating})
    assert response.status_code == 400
    assert "Choose one of the four grades." in _text(response)
    assert db_rows() == before


def test_session_grade_of_a_suspended_card_answers_400_with_the_reason_and_changes_nothing(
    learner_client, deck, db_rows
):
    card = CardFactory(deck=deck, front="la luna", suspended=True)
    before = db_rows()
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "3", "deck": str(deck.pk)})
    assert response.status_code == 400
    assert _text(response).endswith(
        "“la luna” was not graded This card is suspended. Unsuspend it to review it. Open the card Back to your reviews"
    )
    assert f'href="/review/cards/{card.pk}/"' in response.text
    assert f'href="/review/?deck={deck.pk}"' in response.text
    assert db_rows() == before


def test_session_undo_restores_the_card_and_shows_it_again(learner_client, learner, card):
    original = schedule(card)
    learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "4"})
    assert schedule(card).state == "review"
    log = ReviewLog.objects.get()
    response = learner_client.post("/review/undo/", {"review": str(log.pk)})
    assert response.status_code == 302
    assert response.url == f"/review/?card={card.pk}"
    assert schedule(card) == original
    assert ReviewLog.objects.count() == 0
    page = learner_client.get(response.url)
    assert "Grade taken back: “el perro” is as it was before." in page.text
    assert "el perro" in _text(page)


def test_session_undo_posted_twice_takes_back_one_grade(learner_client, deck):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "3"})
    learner_client.post(f"/review/cards/{second.pk}/grade/", {"rating": "3"})
    latest = ReviewLog.objects.get(card=second)
    for _ in range(2):  # a double click, or the browser resending the form
        response = learner_client.post("/review/undo/", {"review": str(latest.pk)})
        assert response.url == f"/review/?card={second.pk}"
    assert list(ReviewLog.objects.values_list("card__front", flat=True)) == ["uno"]
    assert "Undo last grade “uno”, graded Good" in _text(learner_client.get("/review/"))


def test_session_undo_without_a_grade_says_so(learner_client):
    response = learner_client.post("/review/undo/", follow=True)
    assert "There is no grade to undo." in response.text


def test_session_undo_of_an_older_grade_says_why_and_changes_nothing(learner_client, deck, db_rows):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "3"})
    learner_client.post(f"/review/cards/{second.pk}/grade/", {"rating": "3"})
    before = db_rows()
    older = ReviewLog.objects.get(card=first)
    response = learner_client.post("/review/undo/", {"review": str(older.pk)}, follow=True)
    assert "Only your latest grade can be taken back." in response.text
    assert db_rows() == before


def test_session_undo_of_another_learners_grade_answers_404(learner_client, foreign_card, db_rows):
    log = services.review_grade(card_id=foreign_card.pk, user=foreign_card.deck.owner, rating=3, duration_ms=0)
    before = db_rows()
    assert learner_client.post("/review/undo/", {"review": str(log.pk)}).status_code == 404
    assert db_rows() == before


def test_session_offers_no_undo_of_a_grade_given_yesterday(learner_client, learner, deck, card):
    yesterday = timezone.now() - timedelta(days=1)
    services.review_grade(card_id=card.pk, user=learner, rating=3, duration_ms=0, now=yesterday)
    assert "Undo last grade" not in _text(learner_client.get("/review/"))


def test_session_offers_undo_of_the_latest_grade(learner_client, learner, deck, card):
    CardFactory(deck=deck, front="el gato")
    learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "4"})
    text = _text(learner_client.get("/review/"))
    assert "Undo last grade “el perro”, graded Easy" in text


def test_session_ends_with_a_summary_from_the_database(learner_client, deck):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    learner_client.get("/review/")  # the session starts when a card is shown
    learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "4", "duration_ms": "30000"})
    learner_client.post(f"/review/cards/{second.pk}/grade/", {"rating": "4", "duration_ms": "90000"})
    text = _text(learner_client.get("/review/"))
    assert "Session complete 2 reviews of 2 cards in 2 min" in text
    assert "Again 0 Hard 0 Good 0 Easy 2" in text
    assert "Nothing to review right now" in text
    # the summary belongs to the session that just ended
    assert "Session complete" not in _text(learner_client.get("/review/"))


def test_session_empty_state_says_when_the_next_card_is_due(learner_client, learner, deck):
    learner.profile.time_zone = "Asia/Tokyo"
    learner.profile.save()
    due = timezone.now().replace(microsecond=0) + timedelta(days=3)
    in_state(CardFactory(deck=deck), "review", due=due)
    text = _text(learner_client.get("/review/"))
    assert "Nothing to review right now" in text
    local = timezone.localtime(due, timezone=zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert f"Your next card is due {local:%A} {local.day} {local:%B, %H:%M}." in text


def test_session_without_cards_invites_to_add_some(learner_client):
    assert "No cards are waiting." in _text(learner_client.get("/review/"))


def test_session_of_one_deck(learner_client, learner, deck, card):
    other = DeckFactory(owner=learner, name="French", language="fr")
    CardFactory(deck=other, front="le chien")
    assert "le chien" in _text(learner_client.get("/review/", {"deck": other.pk}))
    assert "el perro" in _text(learner_client.get("/review/", {"deck": deck.pk}))


def test_session_suspend_and_bury_take_the_card_out(learner_client, learner, deck, card):
    learner.profile.time_zone = "America/New_York"
    learner.profile.save()
    other = CardFactory(deck=deck, front="el gato")
    response = learner_client.post(f"/review/cards/{card.pk}/suspend/", {"suspended": "1", "next": "/review/"})
    assert response.url == "/review/"
    response = learner_client.post(f"/review/cards/{other.pk}/bury/", {"next": "/review/"})
    assert response.url == "/review/"
    assert Card.objects.get(pk=card.pk).suspended is True
    _, end = selectors.day_bounds(timezone.now(), "America/New_York")
    assert Card.objects.get(pk=other.pk).buried_until == end
    assert "No cards are waiting." in _text(learner_client.get("/review/"))


@pytest.mark.parametrize("query", [{"card": "abc"}, {"deck": "x"}, {"card": "0"}, {"started": "soon"}])
def test_session_with_a_malformed_query_answers_404(learner_client, card, query):
    assert learner_client.get("/review/", query).status_code == 404


def test_session_next_parameter_never_leaves_the_site(learner_client, card):
    response = learner_client.post(f"/review/cards/{card.pk}/suspend/", {"next": "https://evil.example/"})
    assert response.url == f"/review/cards/{card.pk}/"


def test_review_pages_need_a_signed_in_user(client, card):
    for url in ("/review/", "/review/cards/", "/review/decks/", f"/review/cards/{card.pk}/"):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, f"/accounts/login/?next={url}")


# --- another learner's cards are invisible


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/review/?card={card}"),
        ("get", "/review/?deck={deck}"),
        ("get", "/review/cards/{card}/"),
        ("get", "/review/cards/{card}/edit/"),
        ("post", "/review/cards/{card}/edit/"),
        ("post", "/review/cards/{card}/grade/"),
        ("post", "/review/cards/{card}/suspend/"),
        ("post", "/review/cards/{card}/bury/"),
        ("post", "/review/cards/{card}/delete/"),
        ("get", "/review/cards/{card}/audio/"),
        ("get", "/review/decks/{deck}/"),
        ("post", "/review/decks/{deck}/"),
        ("get", "/review/decks/{deck}/delete/"),
        ("post", "/review/decks/{deck}/delete/"),
    ],
)
def test_another_learners_cards_and_decks_answer_404(learner_client, foreign_card, db_rows, method, url):
    before = db_rows()
    target = url.format(card=foreign_card.pk, deck=foreign_card.deck_id)
    data = {"rating": "3", "front": "x", "back": "y"} if method == "post" else None
    response = getattr(learner_client, method)(target, data)
    assert response.status_code == 404
    assert db_rows() == before


def test_another_learners_cards_are_not_listed_nor_bulk_changed(learner_client, card, foreign_card, db_rows):
    text = _text(learner_client.get("/review/cards/"))
    assert "el perro" in text and "secreto" not in text
    assert "secreto" not in _text(learner_client.get("/review/cards/", {"q": "secreto"}))
    assert "secreto" not in _text(learner_client.get("/review/"))
    before = db_rows()
    response = learner_client.post(
        "/review/cards/bulk/", {"cards": [foreign_card.pk], "action": "delete", "confirm": "1"}, follow=True
    )
    assert f"Select a valid choice. {foreign_card.pk} is not one of the available choices." in response.text
    assert db_rows() == before


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
    text = _text(learner_client.get("/review/decks/"))
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
    assert "Delete the deck “Spanish”? Its 2 cards and their review history will be deleted for good." in _text(page)
    assert Deck.objects.filter(pk=deck.pk).exists()

    response = learner_client.post(f"/review/decks/{deck.pk}/delete/", follow=True)
    assert response.redirect_chain == [("/review/decks/", 302)]
    assert "Deck “Spanish” deleted with its 2 cards." in response.text
    assert list(Deck.objects.values_list("name", flat=True)) == ["French"]
    assert list(Card.objects.values_list("front", flat=True)) == ["le chat"]
    assert ReviewLog.objects.count() == 0


def test_deck_delete_of_an_empty_deck_says_it_has_no_cards(learner_client, deck):
    assert "The deck has no cards." in _text(learner_client.get(f"/review/decks/{deck.pk}/delete/"))


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
    assert "Cards live in decks, and you have none yet." in _text(learner_client.get("/review/cards/new/"))


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
    text = _text(learner_client.get(f"/review/cards/{card.pk}/"))
    local = timezone.localtime(moment, timezone=zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert f"{local.day} {local:%b %Y}, {local:%H}:15 Hard New 12 s" in text


def test_card_browser_searches_and_filters(learner_client, learner, deck, card):
    french = DeckFactory(owner=learner, name="French", language="fr")
    CardFactory(deck=french, front="le chien", back="the dog", kind="phrase", source="anki")
    CardFactory(deck=deck, front="el gato", back="the cat", suspended=True)

    def fronts(**params):
        text = _text(learner_client.get("/review/cards/", params))
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
    assert "Delete 2 cards?" in _text(response)
    assert Card.objects.count() == 2
    learner_client.post("/review/cards/bulk/", {"cards": [card.pk, other.pk], "action": "delete", "confirm": "1"})
    assert Card.objects.count() == 0


def test_card_browser_move_needs_a_deck(learner_client, card):
    response = learner_client.post("/review/cards/bulk/", {"cards": [card.pk], "action": "move"}, follow=True)
    assert "Choose the deck to move the cards to." in response.text


def test_review_nav_item_is_current_on_review_pages(learner_client):
    response = learner_client.get("/review/cards/")
    assert '<a href="/review/" aria-current="page">Review</a>' in response.text
