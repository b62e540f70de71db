"""Adding a card in a real browser: the warning about a card that means the same, "Add it anyway", and the new
card's page listing its similar cards once the worker has embedded it."""

import pytest
from playwright.sync_api import expect

from admin_tools.tests.factories import PASSWORD
from learning.tests.factories import LearnerFactory
from spaced_repetition import similar
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from tests.test_browser_review import _sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_card_like_one_the_learner_has_is_flagged_then_added_and_shows_its_similar_card(page, celery_worker):
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner, name="Animales")
    perro = CardFactory(deck=deck, front="el perro", back="the dog")
    similar.cards_index(card_ids=[perro.pk])
    _sign_in(page, learner.email, PASSWORD)

    page.goto("/review/cards/new/")
    page.get_by_label("Front").fill("perro")
    page.get_by_label("Back").fill("the dog")
    page.get_by_role("button", name="Add card").click()
    warning = page.get_by_role("alert")
    expect(warning.get_by_role("heading", name="You may have this card already")).to_be_visible()
    expect(warning.get_by_role("link", name="el perro")).to_have_attribute("href", perro.get_absolute_url())
    assert Card.objects.filter(front="perro").count() == 0

    page.get_by_role("button", name="Add it anyway").click()
    expect(page.get_by_text("Card “perro” added to Animales.")).to_be_visible()
    added = Card.objects.get(deck=deck, front="perro")

    page.goto(added.get_absolute_url())
    similar_cards = page.get_by_role("region", name="Similar cards")
    for _ in range(100):  # the worker embeds the new card a moment after its commit
        if similar_cards.get_by_role("link", name="el perro").count():
            break
        page.wait_for_timeout(100)
        page.reload()
    expect(similar_cards.get_by_role("link", name="el perro")).to_have_attribute("href", perro.get_absolute_url())
    expect(similar_cards.get_by_text("No similar cards yet.")).to_have_count(0)
