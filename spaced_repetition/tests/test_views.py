"""The review session through the test client, without JavaScript, and who may see what (decks and cards:
test_views_decks.py)."""

import zoneinfo
from datetime import timedelta

import pytest
from django.utils import timezone

from spaced_repetition import selectors, services
from spaced_repetition.models import Card, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state, main_text, schedule

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


# --- the session


def test_session_shows_the_front_and_a_show_answer_button(learner_client, card):
    response = learner_client.get("/review/")
    assert response.status_code == 200
    text = main_text(response)
    assert "el perro" in text
    assert "the dog" not in text
    assert "Show answer" in text
    assert "Learning 0 Review 0 New 1" in text


def test_session_reveal_shows_the_back_and_four_grades_with_their_intervals(learner_client, card):
    response = learner_client.get("/review/", {"card": card.pk, "reveal": "1", "started": "1000"})
    text = main_text(response)
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
    assert "Choose one of the four grades." in main_text(response)
    assert db_rows() == before


def test_session_grade_of_a_suspended_card_answers_400_with_the_reason_and_changes_nothing(
    learner_client, deck, db_rows
):
    card = CardFactory(deck=deck, front="la luna", suspended=True)
    before = db_rows()
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "3", "deck": str(deck.pk)})
    assert response.status_code == 400
    assert main_text(response).endswith(
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
    assert "el perro" in main_text(page)


def test_session_undo_posted_twice_takes_back_one_grade(learner_client, deck):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "3"})
    learner_client.post(f"/review/cards/{second.pk}/grade/", {"rating": "3"})
    latest = ReviewLog.objects.get(card=second)
    for _ in range(2):  # a double click, or the browser resending the form
        response = learner_client.post("/review/undo/", {"review": str(latest.pk)})
        assert response.url == f"/review/?card={second.pk}"
    assert list(ReviewLog.objects.values_list("card__front", flat=True)) == ["uno"]
    assert "Undo last grade “uno”, graded Good" in main_text(learner_client.get("/review/"))


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
    assert "Undo last grade" not in main_text(learner_client.get("/review/"))


def test_session_offers_undo_of_the_latest_grade(learner_client, learner, deck, card):
    CardFactory(deck=deck, front="el gato")
    learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "4"})
    text = main_text(learner_client.get("/review/"))
    assert "Undo last grade “el perro”, graded Easy" in text


def test_session_ends_with_a_summary_from_the_database(learner_client, deck):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    learner_client.get("/review/")  # the session starts when a card is shown
    learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "4", "duration_ms": "30000"})
    learner_client.post(f"/review/cards/{second.pk}/grade/", {"rating": "4", "duration_ms": "90000"})
    text = main_text(learner_client.get("/review/"))
    assert "Session complete 2 reviews of 2 cards in 2 min" in text
    assert "Again 0 Hard 0 Good 0 Easy 2" in text
    assert "Nothing to review right now" in text
    # the summary belongs to the session that just ended
    assert "Session complete" not in main_text(learner_client.get("/review/"))


def test_session_empty_state_says_when_the_next_card_is_due(learner_client, learner, deck):
    learner.profile.time_zone = "Asia/Tokyo"
    learner.profile.save()
    due = timezone.now().replace(microsecond=0) + timedelta(days=3)
    in_state(CardFactory(deck=deck), "review", due=due)
    text = main_text(learner_client.get("/review/"))
    assert "Nothing to review right now" in text
    local = timezone.localtime(due, timezone=zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert f"Your next card is due {local:%A} {local.day} {local:%B, %H:%M}." in text


def test_session_without_cards_invites_to_add_some(learner_client):
    assert "No cards are waiting." in main_text(learner_client.get("/review/"))


def test_session_of_one_deck(learner_client, learner, deck, card):
    other = DeckFactory(owner=learner, name="French", language="fr")
    CardFactory(deck=other, front="le chien")
    assert "le chien" in main_text(learner_client.get("/review/", {"deck": other.pk}))
    assert "el perro" in main_text(learner_client.get("/review/", {"deck": deck.pk}))


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
    assert "No cards are waiting." in main_text(learner_client.get("/review/"))


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
    text = main_text(learner_client.get("/review/cards/"))
    assert "el perro" in text and "secreto" not in text
    assert "secreto" not in main_text(learner_client.get("/review/cards/", {"q": "secreto"}))
    assert "secreto" not in main_text(learner_client.get("/review/"))
    before = db_rows()
    response = learner_client.post(
        "/review/cards/bulk/", {"cards": [foreign_card.pk], "action": "delete", "confirm": "1"}, follow=True
    )
    assert f"Select a valid choice. {foreign_card.pk} is not one of the available choices." in response.text
    assert db_rows() == before
