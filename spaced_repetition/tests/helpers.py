"""Helpers shared by the spaced_repetition tests: cards in a given state, their stored schedule, and the API's
answers as the tests expect them, the cards' entries in the vector store, and a page's main text."""

import re
from datetime import datetime, timedelta

from spaced_repetition import scheduling, similar
from spaced_repetition.models import Card
from tutor_project import vectors


def schedule(card: Card) -> scheduling.CardState:
    return Card.objects.get(pk=card.pk).scheduling_state


def in_state(card: Card, state: str, *, due: datetime, stability: float = 5.0, difficulty: float = 5.0) -> Card:
    """Put a card in learning, review or relearning, due at `due`, as if it had been reviewed before."""
    card.state, card.due, card.last_review = state, due, due - timedelta(days=3)
    card.step = None if state == scheduling.REVIEW else 0
    card.stability, card.difficulty = stability, difficulty
    card.save()
    return card


# --- the API's answers


def iso(moment) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def card_body(card: Card) -> dict:
    card = Card.objects.get(pk=card.pk)
    return {
        "id": card.pk,
        "deck": card.deck_id,
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "context": card.context,
        "source": card.source,
        "source_ref": card.source_ref,
        "audio": None,
        "state": card.state,
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": iso(card.due),
        "last_review": iso(card.last_review),
        "suspended": card.suspended,
        "buried_until": iso(card.buried_until),
        "created_at": iso(card.created_at),
        "updated_at": iso(card.updated_at),
    }


def invalid(fields: dict, message: str = "Some fields are not valid.") -> dict:
    return {"error": {"code": "invalid", "message": message, "fields": fields}}


NOT_FOUND = {"error": {"code": "not_found", "message": "No Card matches the given query.", "fields": {}}}


def vector_entries() -> dict[str, dict]:
    """The cards' entries in the vector store: {card id: metadata and the embedded text}."""
    stored = vectors.collection(similar.COLLECTION).get(include=["metadatas", "documents"])
    rows = zip(stored["ids"], stored["metadatas"], stored["documents"], strict=True)
    return {pk: {**metadata, "text": text} for pk, metadata, text in rows}


def main_text(response) -> str:
    """The visible text of the page's main element, whitespace collapsed."""
    main = re.search(r"<main[^>]*>(.*)</main>", response.text, re.S).group(1)
    main = re.sub(r"<template.*?</template>", "", main, flags=re.S)
    return re.sub(r" ([.,])", r"\1", " ".join(re.sub(r"<[^>]+>", " ", main).split()))
