"""A role-play in a real browser, over the real websocket: the learner picks "Booking a table and dining out" in
Spanish, plays phase 1 against the fake Anthropic server (the tutor's lines and the structured verdicts), sees the
objectives tick and the phase advance live, finishes and reads the summary."""

import json

import pytest
from playwright.sync_api import expect

from admin_tools.tests.gateway_support import claude, gateway_fixture  # noqa: F401  (the `gateway` fixture)
from conversations.models import Play
from learning.models import Profile
from learning.tests.factories import LearnerFactory
from tests.fakes import FakeAnthropic
from tests.test_browser_conversation import _sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tutor_and_judge(gateway):
    with FakeAnthropic() as tutor, FakeAnthropic() as judge:
        claude(tutor, model_id="claude-tutor", use_cases=["conversation"])
        claude(judge, model_id="claude-judge", use_cases=["analysis"])
        yield tutor, judge


def test_booking_a_table_in_spanish_ticks_objectives_advances_and_summarises(asgi_page, celery_worker, tutor_and_judge):
    page = asgi_page
    tutor, judge = tutor_and_judge
    tutor.reply_with("Muy bien. ¿Para qué hora?")
    tutor.reply_with("Perfecto, ¿a nombre de quién?")
    judge.reply_with(json.dumps({"objectives_met": [0], "phase_complete": False}))
    judge.reply_with(json.dumps({"objectives_met": [0, 1, 2], "phase_complete": True}))
    learner = LearnerFactory()
    Profile.objects.filter(user=learner).update(correction_strictness="none")  # only the verdicts ask a model
    _sign_in(page, learner.email)

    page.get_by_role("link", name="Scenarios").click()
    expect(page.get_by_role("heading", name="Role-play scenarios")).to_be_visible()
    page.get_by_role("link", name="Booking a table and dining out").first.click()
    page.get_by_label("Language").select_option("es")
    page.get_by_role("button", name="Start the scenario").click()

    expect(page.locator("[data-conversation-ws][data-live]")).to_have_count(1)
    panel = page.locator("#scenario-panel")
    expect(panel.get_by_role("heading", name="Phase 1 of 4: Reserve")).to_be_visible()
    expect(page.locator(".message-assistant").first).to_contain_text("Restaurante La Plaza, buenas tardes")
    expect(panel.locator(".objective[data-met='1']")).to_have_count(0)

    page.get_by_label("Your message").fill("Quisiera reservar una mesa para cuatro personas.")
    page.get_by_label("Your message").press("Enter")
    expect(panel.locator(".objective[data-met='1']")).to_have_count(1, timeout=15_000)
    expect(panel.locator(".objective.met")).to_have_text("✓ Say how many people (met)")
    expect(panel.locator(".key-words [data-used='1']")).to_have_count(3)  # la mesa, reservar, la persona
    expect(page.locator(".message-assistant").last).to_have_attribute("data-status", "complete", timeout=15_000)

    page.get_by_label("Your message").fill("Esta noche a las nueve, a nombre de Ana.")
    page.get_by_label("Your message").press("Enter")
    expect(panel.get_by_role("heading", name="Phase 2 of 4: Arrive and sit")).to_be_visible(timeout=15_000)
    expect(page.locator(".message-assistant").last).to_contain_text("Buenas noches", timeout=15_000)

    page.get_by_role("button", name="Finish scenario").click()
    expect(page.get_by_role("heading", name="Scenario summary: Booking a table and dining out")).to_be_visible()
    expect(page.locator("[data-objectives]")).to_contain_text("3 of 12")
    expect(page.locator("[data-xp]")).to_contain_text("65 XP")  # phase 1 (15) and completion at A1 (50)
    page.get_by_role("button", name="Save the phase vocabulary as cards").click()
    expect(page.get_by_text("cards are in your review deck.")).to_be_visible()

    play = Play.objects.get(owner=learner)
    assert (play.state, play.phase_index, play.objectives_met) == ("completed", 1, {"0": [0, 1, 2]})
    assert play.words_used["0"] == ["la mesa", "reservar", "la persona", "el nombre", "esta noche"]
    assert len(judge.requests) == 2 and len(tutor.requests) == 2


def _no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_browse_and_the_builder_at_390_px_with_field_errors(page):
    from tests.conftest import MOBILE

    page.set_viewport_size(MOBILE)
    learner = LearnerFactory()
    _sign_in(page, learner.email)
    page.goto("/conversations/scenarios/")
    expect(page.get_by_role("heading", name="Recommended for you")).to_be_visible()
    _no_sideways_scroll(page)
    page.get_by_label("Category").select_option("healthcare")
    page.get_by_role("button", name="Find").click()
    expect(page.get_by_role("heading", name="Matching scenarios")).to_contain_text("(2)")
    page.get_by_role("link", name="Seeing a doctor").click()
    _no_sideways_scroll(page)

    page.goto("/conversations/scenarios/new/")
    page.get_by_label("Title").fill("Ab")
    page.get_by_label("Expected minutes").fill("10")
    page.get_by_label("The learner's role").fill("A customer.")
    page.get_by_label("The tutor's role").fill("The baker.")
    page.get_by_label("Setting").fill("A bakery.")
    page.locator("#id_phases-0-name").fill("Buy bread")
    page.locator("#id_phases-0-goal").fill("Buy a loaf.")
    page.get_by_role("button", name="Save scenario").click()
    expect(page.get_by_text("A title needs at least 3 characters.")).to_be_visible()
    expect(page.get_by_text("A scenario has 2 to 6 phases (1 now).")).to_be_visible()
    expect(page.get_by_text("At least 3 key words, one per line.")).to_be_visible()
    expect(page.get_by_label("Setting")).to_have_value("A bakery.")
    _no_sideways_scroll(page)
