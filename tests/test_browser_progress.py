"""The progress page in a real browser: the calendar and the Chart.js charts drawn from the page's numbers,
the tables of those numbers reached with the keyboard, the page without JavaScript, and a parent looking at
a child's progress."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from admin_tools.tests.factories import PASSWORD
from learning.gamification import services as gamification
from learning.tests.factories import LearnerFactory, child_of
from spaced_repetition.models import ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state
from tests.conftest import BROWSER_TIME_ZONE, MOBILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, login: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def _reviewed(user, grades: list[int]) -> None:
    """A review card and one grade now per rating in `grades`, each paid as the review_graded receiver does."""
    card = in_state(CardFactory(deck=DeckFactory(owner=user)), "review", due=timezone.now() + timedelta(days=3))
    now = timezone.now()
    for rating in grades:
        log = ReviewLog.objects.create(
            card=card,
            user=user,
            rating=rating,
            state="review",
            reviewed_at=now,
            duration_ms=4000,
            state_before=card.scheduling_state.to_dict(),
        )
        gamification.review_record(review_log=log)


def _tab_to(page, name: str, limit: int = 80):
    """Press Tab until the focused element's accessible text is `name`; fail if it never comes."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return page.locator(":focus")
    raise AssertionError(f"Tab never reached {name!r}")


def test_progress_draws_the_charts_and_the_keyboard_reaches_their_tables(page):
    learner = LearnerFactory()
    _reviewed(learner, [3, 3, 1])
    _sign_in(page, learner.email, PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Progress").click()

    expect(page).to_have_url(re.compile(r"/progress/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Your progress")
    calendar = page.get_by_role("img", name=re.compile(r"^Activity calendar of the last year: 1 active day, 8 XP"))
    expect(calendar).to_be_visible()
    expect(page.locator(".heat-grid .heat:not(.heat-out)")).to_have_count(365)
    expect(page.get_by_text("8 of 20 XP today")).to_be_visible()
    # every chart is drawn on a canvas by Chart.js, and its table is folded away once it is
    expect(page.locator("figure.chart canvas")).to_have_count(3)
    for name in ("Reviews per day, last 30 days", "Cards due per day, next 30 days", "Cards by state"):
        expect(page.get_by_role("img", name=f"{name}. The numbers are in the table that follows.")).to_be_visible()
    assert page.evaluate("[...document.querySelectorAll('figure.chart canvas')].every(c => c.width > 0)")
    reviews_table = page.get_by_role("table", name="Reviews per day, last 30 days")
    expect(reviews_table).to_be_hidden()

    summary = _tab_to(page, "Table of the numbers: reviews per day, last 30 days")
    page.keyboard.press("Enter")
    expect(reviews_table).to_be_visible()
    last_row = reviews_table.get_by_role("row").last
    expect(last_row.get_by_role("cell")).to_have_text(["2", "1"])
    expect(summary).to_be_focused()

    cards_table = page.get_by_role("table", name="Cards by state")
    _tab_to(page, "Table of the numbers: cards by state")
    page.keyboard.press("Enter")
    expect(cards_table.get_by_role("row", name="Review 1")).to_be_visible()


def test_progress_without_javascript_shows_every_table_on_a_phone(browser, live_server):
    learner = LearnerFactory()
    _reviewed(learner, [4])
    context = browser.new_context(
        base_url=live_server.url, viewport=MOBILE, timezone_id=BROWSER_TIME_ZONE, java_script_enabled=False
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        _sign_in(page, learner.email, PASSWORD)
        page.goto("/progress/")
        expect(page.locator("canvas")).to_have_count(0)
        table = page.get_by_role("table", name="Reviews per day, last 30 days")
        expect(table).to_be_visible()
        expect(table.get_by_role("row").last.get_by_role("cell")).to_have_text(["1", "0"])
        expect(page.get_by_role("table", name="Cards by state").get_by_role("row", name="Review 1")).to_be_visible()
        expect(page.get_by_text("1 active day in the last year, 3 XP.")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    finally:
        context.close()


def test_parent_opens_a_childs_progress_from_the_children_page(page):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    _reviewed(child, [3, 2])
    _reviewed(parent, [1])  # the parent's own reviews stay on the parent's page
    _sign_in(page, parent.email, PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My children").click()
    page.get_by_role("link", name="Progress of Kim").click()

    expect(page).to_have_url(re.compile(rf"/children/{child.pk}/progress/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Progress of Kim")
    expect(page.get_by_text("6 of 20 XP today")).to_be_visible()
    expect(page.locator("figure.chart canvas")).to_have_count(3)
    _tab_to(page, "Table of the numbers: reviews per day, last 30 days")
    page.keyboard.press("Enter")
    row = page.get_by_role("table", name="Reviews per day, last 30 days").get_by_role("row").last
    expect(row.get_by_role("cell")).to_have_text(["2", "0"])
