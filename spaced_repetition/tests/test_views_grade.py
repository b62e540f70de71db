"""A grade posted by review.js (htmx) is answered with the session's next state in the same response: the
#review-session part with the next card, its counts and the undo of the grade just given."""

import re

import pytest

from spaced_repetition.models import ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Spanish")


def _text(response) -> str:
    html = re.sub(r"<template.*?</template>", "", response.text, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_an_htmx_grade_answers_with_the_next_card_and_the_undo_of_that_grade(learner_client, deck):
    first, second = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    response = learner_client.post(f"/review/cards/{first.pk}/grade/", {"rating": "3"}, headers=HTMX)
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "spaced_repetition/_session.html"
    assert response.text.lstrip().startswith('<div id="review-session" data-review-session>')
    assert "<main" not in response.text  # the part, not the page
    log = ReviewLog.objects.get()
    assert (log.card_id, log.rating) == (first.pk, 3)
    assert response.context["card"] == second
    text = _text(response)
    assert "Learning 0 Review 0 New 1" in text
    assert "dos" in text and "Show answer" in text
    assert f'name="review" value="{log.pk}"' in response.text
    assert "“uno”, graded Good" in text


def test_an_htmx_grade_stays_in_the_sessions_deck(learner_client, learner, deck):
    other = DeckFactory(owner=learner, name="Aaa")
    CardFactory(deck=other, front="otro")
    graded, following = CardFactory(deck=deck, front="uno"), CardFactory(deck=deck, front="dos")
    url = f"/review/cards/{graded.pk}/grade/"
    response = learner_client.post(url, {"rating": "3", "deck": str(deck.pk)}, headers=HTMX)
    assert response.context["card"] == following
    assert f'name="deck" value="{deck.pk}"' in response.text


def test_an_htmx_grade_of_the_last_card_answers_with_the_session_summary(learner_client, deck):
    card = CardFactory(deck=deck, front="único")
    learner_client.get("/review/")  # the session starts when its first card is shown
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "4"}, headers=HTMX)
    text = _text(response)
    assert "Session complete" in text and "1 review of 1 card" in text
    assert "Nothing to review right now" in text


def test_an_htmx_grade_of_a_suspended_card_answers_400_with_the_reason_and_stores_nothing(
    learner_client, deck, db_rows
):
    card = CardFactory(deck=deck, front="la luna", suspended=True)
    before = db_rows()
    response = learner_client.post(f"/review/cards/{card.pk}/grade/", {"rating": "3"}, headers=HTMX)
    assert response.status_code == 400
    assert response.text.lstrip().startswith('<div id="review-session"')
    assert "“la luna” was not graded" in _text(response)
    assert "This card is suspended. Unsuspend it to review it." in _text(response)
    assert db_rows() == before


def test_an_htmx_grade_of_another_learners_card_is_404(learner_client, db_rows):
    foreign = CardFactory(front="secreto")
    before = db_rows()
    response = learner_client.post(f"/review/cards/{foreign.pk}/grade/", {"rating": "3"}, headers=HTMX)
    assert response.status_code == 404
    assert db_rows() == before
