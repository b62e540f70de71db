"""AI usage in a real browser: a learner reads "My AI usage" and dismisses the budget banner, and a
parent sets a child's budget with the keyboard alone."""

import re
import threading
from decimal import Decimal

import pytest
from django.db import connection
from playwright.sync_api import expect

from admin_tools.models import Budget
from admin_tools.tests.factories import PASSWORD
from admin_tools.tests.usage_data import learner_usage
from learning.tests.factories import LearnerFactory, child_of
from tests.conftest import MOBILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, login: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def _off_the_browser_loop(make):
    """Run `make` in a thread of its own: the alerts it raises are announced with async_to_sync, which
    refuses to run in this thread, where Playwright's event loop is running."""
    made = []

    def run():
        try:
            made.append(make())
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return made[0]


def _rows(page, region: str) -> list[str]:
    return page.get_by_role("region", name=region, exact=True).get_by_role("row").all_inner_texts()


def test_learner_reads_their_usage_and_dismisses_the_budget_banner(page):
    usage = _off_the_browser_loop(learner_usage)
    _sign_in(page, usage.learner.email)

    banner = page.get_by_role("region", name="AI budget alerts")
    expect(banner).to_contain_text("You have used 75% of your 7-day AI budget ($0.04 of $0.05).")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="AI usage").click()

    expect(page).to_have_url(re.compile(r"/usage/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My AI usage")
    nav_link = page.get_by_role("navigation", name="Main").get_by_role("link", name="AI usage")
    expect(nav_link).to_have_attribute("aria-current", "page")
    expect(page.locator("#usage-total")).to_have_text("$0.0400")
    expect(page.locator("#usage-calls")).to_have_text("3")
    assert _rows(page, "Per model") == [
        "Model\tCalls\tSpent",
        "claude-sonnet-4-5\t2\t$0.0370",
        "claude-haiku-4-5\t1\t$0.0030",
    ]
    assert _rows(page, "Per feature") == ["Feature\tCalls\tSpent", "Conversation\t2\t$0.0370", "Correction\t1\t$0.0030"]
    budget_rows = _rows(page, "Budgets")
    assert budget_rows[1].split("\t")[:4] == ["Every 7 days", "80%", "$0.0400", "$0.05"]
    assert budget_rows[1].split("\t")[5] == "Block further calls"
    days = _rows(page, "Spend per day")
    assert len(days) == 1 + len(usage.day_totals())
    alerts = page.get_by_role("region", name="Budget alerts", exact=True)
    expect(alerts.get_by_role("listitem")).to_have_text(
        [
            "You have used 75% of your 7-day AI budget ($0.04 of $0.05). Acknowledge the 75% alert",
            "You have used 50% of your 7-day AI budget ($0.04 of $0.05). Acknowledge the 50% alert",
        ]
    )
    expect(alerts.get_by_role("button")).to_have_text(["Acknowledge the 75% alert", "Acknowledge the 50% alert"])
    body = page.content()
    assert "ottos-model" not in body and "Translation" not in body

    dismiss = banner.get_by_role("button", name="Dismiss this budget alert")
    dismiss.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("region", name="AI budget alerts")).to_have_count(0)
    expect(page.locator("#notices")).to_have_text("Budget alert dismissed.")
    expect(page).to_have_url(re.compile(r"/usage/$"))
    expect(page.get_by_text("No budget alerts to acknowledge.")).to_be_visible()
    dismissed = usage.budget.alerts.with_dismissed_by(usage.learner).order_by("threshold")
    assert [(alert.threshold, alert.dismissed, alert.acknowledged_at) for alert in dismissed] == [
        (50, True, None),  # off the learner's banner only: still on the admins' list
        (75, True, None),
    ]

    page.set_viewport_size(MOBILE)  # the tables scroll inside their cards, the page does not
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_parent_sets_a_childs_budget_with_the_keyboard(page):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    _sign_in(page, parent.email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My children").click()
    page.get_by_role("link", name="Kim", exact=True).click()
    page.get_by_role("link", name="AI usage and budget").click()

    expect(page).to_have_url(re.compile(rf"/children/{child.pk}/usage/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("AI usage of Kim")
    expect(page.get_by_text("No AI usage in this period yet.")).to_be_visible()
    form = page.get_by_role("region", name="Set a budget for Kim")

    # keyboard only: type, Tab from field to field, arrows in the selects, Enter to submit
    form.get_by_label("Limit in US dollars").focus()
    page.keyboard.type("-1")
    page.keyboard.press("Tab")
    expect(form.get_by_label("Period")).to_be_focused()
    page.keyboard.press("ArrowDown")  # Daily → Weekly
    page.keyboard.press("Tab")
    expect(form.get_by_label("At the limit")).to_be_focused()
    page.keyboard.press("ArrowDown")  # Fall back → Block
    page.keyboard.press("Tab")
    expect(form.get_by_label("Alert thresholds (%)")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("80, 50")
    page.keyboard.press("Enter")

    limit = form.get_by_label("Limit in US dollars")
    expect(limit).to_have_attribute("aria-invalid", "true")
    expect(limit).to_be_focused()  # app.js puts the keyboard on the first error
    expect(form.locator(".errorlist")).to_have_text(
        ["The limit must be more than $0.", "Thresholds must be in increasing order, each once."]
    )
    expect(form.get_by_label("Period")).to_have_value("weekly")
    expect(form.get_by_label("At the limit")).to_have_value("block")
    assert Budget.objects.filter(user=child).count() == 0

    page.keyboard.press("Control+A")
    page.keyboard.type("2.50")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Control+A")
    page.keyboard.type("50, 80, 100")
    page.keyboard.press("Enter")

    expect(page.locator("#notices")).to_have_text("Budget set.")
    expect(page.get_by_role("heading", level=2, name="Change Kim's budget")).to_be_visible()
    budget_rows = _rows(page, "Budgets")
    assert budget_rows[1].split("\t")[:4] == ["Weekly", "0%", "$0.0000", "$2.50"]
    assert list(
        Budget.objects.filter(user=child).values_list(
            "scope", "period", "limit_usd", "action", "thresholds", "created_by", "is_active"
        )
    ) == [("user", "weekly", Decimal("2.50"), "block", [50, 80, 100], parent.pk, True)]
