"""The spaced-repetition services for decks, cards and review settings: what they store, and the clear error and
unchanged database of bad input."""

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from admin_tools.tests.factories import UserFactory
from spaced_repetition import services
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import schedule

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


def _rows(model) -> list[dict]:
    return list(model.objects.order_by("pk").values())


# --- decks


def test_deck_create_stores_the_deck_with_default_limits():
    owner = UserFactory()
    deck = services.deck_create(owner=owner, name="  Verbos ", language="es")
    assert list(Deck.objects.values_list("owner", "name", "language", "new_per_day", "reviews_per_day")) == [
        (owner.pk, "Verbos", "es", 20, 200)
    ]
    assert deck.name == "Verbos"


def test_deck_create_refuses_a_name_the_learner_already_uses():
    deck = DeckFactory(name="Verbos")
    with pytest.raises(ValidationError) as error:
        services.deck_create(owner=deck.owner, name="Verbos", language="fr")
    assert error.value.message_dict == {"name": ["You already have a deck called “Verbos”."]}
    assert Deck.objects.count() == 1
    # another learner may use the same name
    services.deck_create(owner=UserFactory(), name="Verbos", language="fr")
    assert Deck.objects.count() == 2


def test_deck_create_refuses_an_unknown_language():
    with pytest.raises(ValidationError) as error:
        services.deck_create(owner=UserFactory(), name="Klingon", language="tlh")
    assert error.value.message_dict == {"language": ["Value 'tlh' is not a valid choice."]}
    assert Deck.objects.count() == 0


def test_deck_update_changes_limits_and_keeps_names_unique():
    deck = DeckFactory(name="A")
    DeckFactory(owner=deck.owner, name="B")
    services.deck_update(deck=deck, new_per_day=5, reviews_per_day=50)
    assert Deck.objects.values_list("new_per_day", "reviews_per_day").get(pk=deck.pk) == (5, 50)
    with pytest.raises(ValidationError):
        services.deck_update(deck=deck, name="B")
    assert Deck.objects.get(pk=deck.pk).name == "A"


# --- cards


def test_card_create_stores_a_new_card_due_now():
    deck = DeckFactory()
    card = services.card_create(
        deck=deck,
        front=" el perro ",
        back="the dog",
        kind=Card.Kind.WORD,
        context="El perro ladra.",
        source=Card.Source.CONVERSATION,
        source_ref="message:42",
    )
    stored = Card.objects.get()
    assert (stored.pk, stored.deck, stored.front, stored.back, stored.context) == (
        card.pk,
        deck,
        "el perro",
        "the dog",
        "El perro ladra.",
    )
    assert (stored.kind, stored.source, stored.source_ref) == ("word", "conversation", "message:42")
    assert (stored.state, stored.step, stored.stability, stored.difficulty, stored.last_review) == (
        "new",
        None,
        None,
        None,
        None,
    )
    assert stored.due <= timezone.now()
    assert (stored.suspended, stored.buried_until) == (False, None)


def test_card_create_is_idempotent_per_deck_and_front():
    deck = DeckFactory()
    first = services.card_create(deck=deck, front="hola", back="hello")
    rows = _rows(Card)
    again = services.card_create(
        deck=deck, front="hola ", back="hi there", kind=Card.Kind.PHRASE, source=Card.Source.ANKI
    )
    assert again.pk == first.pk
    assert _rows(Card) == rows  # the existing card is returned unchanged
    other_deck = DeckFactory(owner=deck.owner)
    elsewhere = services.card_create(deck=other_deck, front="hola", back="hello")
    assert elsewhere.pk != first.pk
    assert Card.objects.count() == 2


def test_card_create_refuses_an_empty_front_or_back():
    deck = DeckFactory()
    with pytest.raises(ValidationError) as error:
        services.card_create(deck=deck, front="  ", back="")
    assert sorted(error.value.message_dict) == ["back", "front"]
    assert Card.objects.count() == 0


def test_card_update_changes_the_text_and_refuses_a_duplicate_front():
    card = CardFactory(front="gato", back="cat")
    CardFactory(deck=card.deck, front="perro")
    services.card_update(card=card, back=" the cat ", context="Un gato negro.", kind=Card.Kind.PHRASE)
    assert Card.objects.values_list("front", "back", "context", "kind").get(pk=card.pk) == (
        "gato",
        "the cat",
        "Un gato negro.",
        "phrase",
    )
    with pytest.raises(ValidationError) as error:
        services.card_update(card=card, front="perro")
    assert error.value.message_dict == {"front": [f"The deck “{card.deck}” already has a card “perro”."]}
    assert Card.objects.get(pk=card.pk).front == "gato"


def test_card_update_keeps_a_grade_and_a_suspension_stored_meanwhile():
    card = CardFactory()
    stale = Card.objects.get(pk=card.pk)
    services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=0, now=NOW)
    services.cards_suspend(cards=Card.objects.filter(pk=card.pk))
    services.card_update(card=stale, back="updated")
    stored = Card.objects.get(pk=card.pk)
    assert (stored.back, stored.state, stored.suspended) == ("updated", "learning", True)


def test_card_update_refuses_scheduling_fields():
    card = CardFactory()
    with pytest.raises(TypeError):
        services.card_update(card=card, stability=100.0)


def test_cards_suspend_and_unsuspend_count_only_the_changed_cards():
    deck = DeckFactory()
    cards = CardFactory.create_batch(3, deck=deck)
    CardFactory(deck=deck, suspended=True)
    assert services.cards_suspend(cards=Card.objects.all()) == 3
    assert list(Card.objects.values_list("suspended", flat=True)) == [True] * 4
    assert services.cards_suspend(cards=Card.objects.filter(pk=cards[0].pk), suspended=False) == 1
    assert list(Card.objects.filter(suspended=False).values_list("pk", flat=True)) == [cards[0].pk]


def test_card_bury_hides_it_until_the_learners_next_midnight_across_dst():
    card = CardFactory()
    # 23:30 UTC on 30 March 2024 is 00:30 on the 31st in Madrid, the night the clocks go forward (02:00 → 03:00):
    # the next local midnight is 1 April 00:00 CEST, 22:00 UTC on 31 March.
    services.card_bury(card=card, time_zone="Europe/Madrid", now=datetime(2024, 3, 30, 23, 30, tzinfo=UTC))
    assert Card.objects.get(pk=card.pk).buried_until == datetime(2024, 3, 31, 22, 0, tzinfo=UTC)
    services.card_bury(card=card, time_zone="America/New_York", now=datetime(2024, 3, 30, 23, 30, tzinfo=UTC))
    assert Card.objects.get(pk=card.pk).buried_until == datetime(2024, 3, 31, 4, 0, tzinfo=UTC)
    assert schedule(card) == card.scheduling_state  # its schedule does not change


def test_cards_move_moves_and_refuses_fronts_the_target_already_has():
    deck = DeckFactory()
    target = DeckFactory(owner=deck.owner, name="Target")
    gato, perro = CardFactory(deck=deck, front="gato"), CardFactory(deck=deck, front="perro")
    CardFactory(deck=target, front="perro")
    with pytest.raises(ValidationError) as error:
        services.cards_move(cards=Card.objects.filter(pk__in=[gato.pk, perro.pk]), deck=target)
    assert error.value.message_dict == {"deck": ["“Target” already has: perro."]}
    assert Card.objects.filter(deck=deck).count() == 2
    assert services.cards_move(cards=Card.objects.filter(pk=gato.pk), deck=target) == 1
    assert Card.objects.get(pk=gato.pk).deck == target


def test_cards_delete_deletes_cards_with_their_history(no_fuzz):
    card, kept = CardFactory(), CardFactory()
    services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=1000, now=NOW)
    services.review_grade(card_id=kept.pk, user=kept.deck.owner, rating=3, duration_ms=1000, now=NOW)
    assert services.cards_delete(cards=Card.objects.filter(pk=card.pk)) == 1
    assert list(Card.objects.values_list("pk", flat=True)) == [kept.pk]
    assert list(ReviewLog.objects.values_list("card", flat=True)) == [kept.pk]


# --- settings


def test_review_settings_update_stores_the_retention_and_refuses_values_outside_the_range():
    user = UserFactory()
    assert ReviewSettings.objects.desired_retention(user=user) == 0.9
    services.review_settings_update(user=user, desired_retention=0.85)
    services.review_settings_update(user=user, desired_retention=0.8)
    assert ReviewSettings.objects.desired_retention(user=user) == 0.8
    assert ReviewSettings.objects.count() == 1
    with pytest.raises(ValidationError) as error:
        services.review_settings_update(user=user, desired_retention=0.99)
    assert error.value.message_dict == {"desired_retention": ["Ensure this value is less than or equal to 0.97."]}
    assert ReviewSettings.objects.desired_retention(user=user) == 0.8
