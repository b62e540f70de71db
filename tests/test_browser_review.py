"""The review session in a real browser: keyboard grading with review.js, undo, and the same session with
JavaScript turned off (plain form posts)."""

import re

import pytest
from playwright.sync_api import expect

from admin_tools.tests.factories import PASSWORD
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from tests.conftest import BROWSER_TIME_ZONE, MOBILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, login: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def _two_cards():
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner, name="Animales")
    perro = CardFactory(deck=deck, front="el perro", back="the dog", context="El perro ladra.")
    CardFactory(deck=deck, front="el gato", back="the cat")
    return learner, perro


def _schedule(card: Card) -> tuple:
    card = Card.objects.get(pk=card.pk)
    return tuple(getattr(card, name) for name in Card.SCHEDULING_FIELDS)


def test_review_graded_with_the_keyboard_then_undone(page):
    learner, perro = _two_cards()
    original = _schedule(perro)
    _sign_in(page, learner.email, PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review").click()

    expect(page).to_have_url(re.compile(r"/review/$"))
    expect(page.get_by_role("heading", level=2, name="el perro")).to_be_visible()
    expect(page.get_by_text("the dog")).to_have_count(0)
    expect(page.get_by_text("Keys: Space shows the answer")).to_be_visible()

    page.evaluate("window.__sameDocument = true")
    page.keyboard.press("Space")
    answer = page.get_by_role("region", name="Answer")
    expect(answer).to_be_focused()
    expect(answer.get_by_text("the dog")).to_be_visible()
    expect(answer.get_by_text("El perro ladra.")).to_be_visible()
    buttons = answer.get_by_role("button")
    expect(buttons).to_have_text(["Again 1 min", "Hard 6 min", "Good 10 min", "Easy 8 days"])
    assert page.evaluate("window.__sameDocument === true"), "Space reloaded the page instead of revealing"

    page.keyboard.press("3")
    gato = page.get_by_role("heading", level=2, name="el gato")
    expect(gato).to_be_visible()
    expect(gato).to_be_focused()  # the next card comes in place of the last: the focus moves to it
    expect(page.locator(".queue-counts")).to_have_text(re.compile(r"Learning 0\s+Review 0\s+New 1"))
    assert page.evaluate("window.__sameDocument === true"), "the grade reloaded the page instead of swapping"
    log = ReviewLog.objects.get()
    assert (log.card_id, log.user_id, log.rating, log.state) == (perro.pk, learner.pk, 3, "new")
    assert 0 < log.duration_ms < 60_000
    assert Card.objects.values_list("state", "step").get(pk=perro.pk) == ("learning", 1)

    expect(page.get_by_text("“el perro”, graded Good")).to_be_visible()
    page.get_by_role("button", name="Undo last grade").click()
    expect(page.locator("#notices")).to_have_text("Grade taken back: “el perro” is as it was before.")
    expect(page.get_by_role("heading", level=2, name="el perro")).to_be_visible()
    assert _schedule(perro) == original
    assert ReviewLog.objects.count() == 0


def test_review_grades_card_after_card_with_the_keyboard_in_one_page(page):
    learner, perro = _two_cards()
    _sign_in(page, learner.email, PASSWORD)
    page.goto("/review/")
    page.evaluate("window.__sameDocument = true")
    for front in ("el perro", "el gato"):
        expect(page.get_by_role("heading", level=2, name=front)).to_be_visible()
        page.keyboard.press("Space")
        expect(page.get_by_role("region", name="Answer")).to_be_focused()
        page.keyboard.press("4")
    expect(page.get_by_role("heading", level=2, name="Session complete")).to_be_focused()
    expect(page.get_by_text("2 reviews of 2 cards")).to_be_visible()
    assert page.evaluate("window.__sameDocument === true")
    assert list(ReviewLog.objects.order_by("pk").values_list("card__front", "rating")) == [
        ("el perro", 4),
        ("el gato", 4),
    ]
    assert all(0 < ms < 60_000 for ms in ReviewLog.objects.values_list("duration_ms", flat=True))


def test_review_works_without_javascript_on_a_phone(browser, live_server):
    learner, perro = _two_cards()
    context = browser.new_context(
        base_url=live_server.url, viewport=MOBILE, timezone_id=BROWSER_TIME_ZONE, java_script_enabled=False
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        _sign_in(page, learner.email, PASSWORD)
        page.goto("/review/")
        expect(page.get_by_text("Keys: Space shows the answer")).to_be_hidden()
        page.get_by_role("button", name="Show answer").click()
        expect(page).to_have_url(re.compile(r"/review/\?card=\d+&reveal=1&started=\d+$"))
        expect(page.get_by_role("region", name="Answer").get_by_text("the dog")).to_be_visible()
        page.get_by_role("button", name="Easy").click()
        expect(page.get_by_role("heading", level=2, name="el gato")).to_be_visible()
        assert list(ReviewLog.objects.values_list("card", "rating")) == [(perro.pk, 4)]
        assert Card.objects.get(pk=perro.pk).state == "review"
        # the four grades fit side by side in pairs on a phone: no horizontal scrolling
        page.get_by_role("button", name="Show answer").click()
        assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    finally:
        context.close()
