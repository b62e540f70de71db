"""A conversation in a real browser, over the real websocket: the reply streams from the fake Anthropic server
through the Celery worker and the channel layer, the correction appears, and it is saved to review."""

import json

import pytest
from playwright.sync_api import expect

from admin_tools.tests.factories import PASSWORD
from admin_tools.tests.gateway_support import claude, gateway_fixture  # noqa: F401  (the `gateway` fixture)
from conversations.models import Conversation, Message
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card
from tests.fakes import FakeAnthropic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
REPLY = "¡Qué bien! ¿Cómo se llama tu perro?"
CORRECTION = {
    "corrections": [{"original": "tengo", "corrected": "tiene", "category": "grammar", "explanation": "Ella → tiene."}]
}


@pytest.fixture
def two_models(gateway):
    """The reply and the corrections from two fake servers, so each gets its own scripted answer whichever
    task asks first."""
    with FakeAnthropic() as tutor, FakeAnthropic() as checker:
        claude(tutor, model_id="claude-tutor", use_cases=["conversation"])
        claude(checker, model_id="claude-checker", use_cases=["analysis"])
        yield tutor, checker


def _sign_in(page, login: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def test_a_spanish_conversation_streams_corrects_and_saves_to_review(asgi_page, celery_worker, two_models):
    page = asgi_page
    tutor, checker = two_models
    tutor.reply_with(REPLY)
    tutor.slow(0.25)  # each word a visible step
    checker.reply_with(json.dumps(CORRECTION))
    learner = LearnerFactory()
    _sign_in(page, learner.email)

    page.get_by_role("link", name="Practise").click()
    expect(page.get_by_text("No conversations yet.")).to_be_visible()
    page.get_by_role("link", name="Start a conversation").click()
    page.get_by_label("Language").select_option("es")
    page.get_by_label("Free talk").check()
    page.get_by_label("Friendly conversation partner").check()
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-conversation-ws][data-live]")).to_have_count(1)  # the websocket is open

    page.get_by_label("Your message").fill("Ella tengo un perro.")
    page.get_by_label("Your message").press("Enter")
    expect(page.get_by_label("Your message")).to_have_value("")
    reply = page.locator(".message-assistant").last
    # Deltas arrive before the reply is done: part of the text shows while it is still being written.
    # (generous timeouts: the analysers load their data with the first message, on a busy 2-core machine)
    expect(reply.locator("[data-text]")).to_contain_text("¡Qué bien!", timeout=15_000)
    expect(reply).to_have_attribute("data-status", "streaming")
    expect(reply.get_by_text("The tutor is writing…")).to_be_visible()
    expect(reply).to_have_attribute("data-status", "complete", timeout=15_000)
    expect(reply.locator("[data-text]")).to_have_text(REPLY)

    mine = page.locator(".message-user").last
    expect(mine.locator(".correction")).to_contain_text("tengo", timeout=15_000)
    expect(mine.locator(".correction ins")).to_have_text("tiene")
    mine.get_by_role("button", name="Save to review: tengo").click()
    expect(mine.get_by_text("Saved to review")).to_be_visible()

    conversation = Conversation.objects.get(owner=learner)
    assert list(conversation.messages.filter(role=Message.Role.LEARNER).values_list("text", flat=True)) == [
        "Ella tengo un perro."
    ]
    assert conversation.messages.filter(role=Message.Role.TUTOR).last().text == REPLY
    assert list(Card.objects.filter(deck__owner=learner).values_list("front", "back", "kind")) == [
        ("tengo", "tiene\nElla → tiene.", "correction")
    ]
    history = tutor.bodies[-1]["messages"]
    assert history[-1] == {"role": "user", "content": "Ella tengo un perro."}


def test_the_reply_survives_a_reload_mid_stream(asgi_page, celery_worker, two_models):
    page = asgi_page
    tutor, checker = two_models
    tutor.reply_with("uno dos tres cuatro cinco seis siete ocho")
    tutor.slow(0.3)
    checker.reply_with(json.dumps({"corrections": []}))
    learner = LearnerFactory()
    _sign_in(page, learner.email)
    page.goto("/conversations/new/")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-conversation-ws][data-live]")).to_have_count(1)
    page.get_by_label("Your message").fill("Cuenta hasta ocho.")
    page.get_by_role("button", name="Send").click()
    reply = page.locator(".message-assistant").last
    expect(reply.locator("[data-text]")).to_contain_text("dos", timeout=15_000)
    page.reload()
    reply = page.locator(".message-assistant").last
    expect(reply).to_have_attribute("data-status", "complete", timeout=15_000)
    expect(reply.locator("[data-text]")).to_have_text("uno dos tres cuatro cinco seis siete ocho")


def test_a_reply_cut_off_mid_stream_shows_an_error_state_and_retry_answers(asgi_page, celery_worker, two_models):
    page = asgi_page
    tutor, checker = two_models
    tutor.reply_with("Uno dos tres cuatro cinco")
    tutor.cut_off_after(2)
    tutor.reply_with("Uno, dos, tres, cuatro, cinco.")
    checker.reply_with(json.dumps({"corrections": []}))
    learner = LearnerFactory()
    _sign_in(page, learner.email)
    page.goto("/conversations/new/")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-conversation-ws][data-live]")).to_have_count(1)
    page.get_by_label("Your message").fill("Cuenta hasta cinco.")
    page.get_by_label("Your message").press("Enter")
    failed = page.locator(".message-assistant").last
    expect(failed).to_have_attribute("data-status", "incomplete", timeout=15_000)
    expect(failed.get_by_role("alert")).to_contain_text(
        "Incomplete reply. The connection to the tutor broke off in the middle of this reply."
    )
    expect(failed.locator("[data-text]")).to_have_text("Uno dos")
    expect(page.locator(".message-user").last.locator("[data-text]")).to_have_text("Cuenta hasta cinco.")
    failed.get_by_role("button", name="Try again").click()
    retried = page.locator(".message-assistant").last
    expect(retried).to_have_attribute("data-status", "complete", timeout=15_000)
    expect(retried.locator("[data-text]")).to_have_text("Uno, dos, tres, cuatro, cinco.")
    expect(page.locator(".message-assistant[data-status=incomplete]")).to_have_count(1)  # the cut-off one stays
