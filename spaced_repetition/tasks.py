"""Background work of the spaced_repetition app: the cards' embeddings in the vector store."""

from celery import shared_task

from spaced_repetition import similar


@shared_task
def cards_embed(card_ids: list[int]) -> int:
    """Embed new and edited cards, and remove the entries of deleted ones (idempotent)."""
    result = similar.cards_index(card_ids=card_ids)
    return result.embedded + result.removed


@shared_task
def cards_reconcile() -> int:
    """Every learner's entries made to match their cards: repairs what a lost task left behind (Celery beat)."""
    result = similar.cards_reconcile_all()
    return result.embedded + result.removed
