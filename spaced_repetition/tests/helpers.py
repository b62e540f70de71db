"""Helpers shared by the spaced_repetition tests: cards in a given state, and their stored schedule."""

from datetime import datetime, timedelta

from spaced_repetition import scheduling
from spaced_repetition.models import Card


def schedule(card: Card) -> scheduling.CardState:
    return Card.objects.get(pk=card.pk).scheduling_state


def in_state(card: Card, state: str, *, due: datetime, stability: float = 5.0, difficulty: float = 5.0) -> Card:
    """Put a card in learning, review or relearning, due at `due`, as if it had been reviewed before."""
    card.state, card.due, card.last_review = state, due, due - timedelta(days=3)
    card.step = None if state == scheduling.REVIEW else 0
    card.stability, card.difficulty = stability, difficulty
    card.save()
    return card
