"""The review loop's serialisers read cards and logs straight off the models (serializers.py says why): their
output must stay exactly what DRF's generated fields give, for cards in every state, with and without audio."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from rest_framework import serializers

from spaced_repetition import services
from spaced_repetition.serializers import CardSerializer, QueueCardSerializer, ReviewLogSerializer
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db


def _generated(serializer, instance) -> dict:
    """What DRF's own to_representation makes of the serializer's declared and generated fields."""
    return dict(serializers.Serializer.to_representation(serializer, instance))


@pytest.fixture
def cards(learner):
    deck = DeckFactory(owner=learner)
    now = timezone.now()
    new = CardFactory(deck=deck, front="nuevo", context="Un contexto.")
    learning = in_state(CardFactory(deck=deck), "learning", due=now + timedelta(minutes=3))
    review = in_state(CardFactory(deck=deck, kind="phrase"), "review", due=now - timedelta(days=2))
    buried = CardFactory(deck=deck, buried_until=now + timedelta(hours=5), suspended=True)
    with_audio = CardFactory(deck=deck)
    with_audio.audio.save("perro.mp3", ContentFile(b"ID3"), save=True)
    return [new, learning, review, buried, with_audio]


def test_card_serializer_gives_what_the_generated_fields_give(cards):
    for card in cards:
        serializer = CardSerializer()
        assert serializer.to_representation(card) == _generated(serializer, card)


def test_queue_card_serializer_gives_what_the_generated_fields_give(cards):
    context = {"now": timezone.now(), "retention": 0.85}
    for card in cards:
        serializer = QueueCardSerializer(context=context)
        assert serializer.to_representation(card) == _generated(serializer, card)


def test_review_log_serializer_gives_what_the_generated_fields_give(learner, cards):
    log = services.review_grade(card_id=cards[2].pk, user=learner, rating=2, duration_ms=1234, client_review_id="c-1")
    serializer = ReviewLogSerializer()
    assert serializer.to_representation(log) == _generated(serializer, log)
    assert serializer.to_representation(log)["card"]["state"] == "review"
