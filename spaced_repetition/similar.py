"""Cards by meaning: every card's front, back and context embedded in one ChromaDB collection (tutor_project.vectors),
for the similar cards of a card and the warning about a likely duplicate.

Each entry is the card's id, with the learner, the deck and a digest of the embedded text as metadata. Every read is
filtered by the learner, and the cards it names are read back through Card.objects.for_user: no one is ever shown
another learner's card. Writes are idempotent: an entry whose digest matches its card is left alone (a card moved to
another deck only gets new metadata), and the entries of cards that no longer exist are removed, so indexing the
same cards twice, or a task delivered twice, changes nothing.
"""

import hashlib
import logging
from dataclasses import dataclass, field

import httpx

from admin_tools.models import User
from spaced_repetition.models import Card
from tutor_project import vectors

logger = logging.getLogger(__name__)

COLLECTION = "cards"
# What a Chroma server (CHROMA_URL) that does not answer raises: chromadb checks the server when it makes a client
# (ValueError), and the calls go over httpx. The pages and the API say so instead of failing.
STORE_DOWN = (ValueError, httpx.HTTPError, ConnectionError)
# Cosine distances with multilingual-e5-small, measured on vocabulary cards: a card and the same word with another
# article or translation lie within 0.05; a synonym or the word in another language within 0.10; a word of the same
# field (the cat, for the dog) within 0.15; unrelated cards at about 0.20.
SIMILAR_MAX_DISTANCE = 0.15
DUPLICATE_MAX_DISTANCE = 0.05
SIMILAR_LIMIT = 5
_FIELDS = ("pk", "deck_id", "deck__owner_id", "front", "back", "context")


@dataclass
class Neighbour:
    card: Card
    distance: float

    @property
    def similarity(self) -> int:
        """Cosine similarity in percent, for the page."""
        return round((1 - self.distance) * 100)


@dataclass
class Neighbours:
    cards: list[Neighbour] = field(default_factory=list)
    # the card is not embedded yet, or was edited since: the task that embeds it has not run
    pending: bool = False
    # the vector store did not answer
    unavailable: bool = False


@dataclass
class IndexResult:
    embedded: int = 0
    removed: int = 0


def card_text(*, front: str, back: str, context: str = "") -> str:
    return "\n".join(part for part in (front, back, context) if part)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def _metadata(row: dict) -> dict:
    return {
        "user_id": row["deck__owner_id"],
        "deck_id": row["deck_id"],
        "card_id": row["pk"],
        "digest": _digest(card_text(front=row["front"], back=row["back"], context=row["context"])),
    }


def _collection():
    return vectors.collection(COLLECTION)


def _apply(rows: list[dict], stored: dict[str, dict], gone: list[str]) -> IndexResult:
    """Embed the rows whose text changed, update the metadata of those whose text did not, remove `gone`."""
    collection, result = _collection(), IndexResult()
    embed, retag = [], []
    for row in rows:
        metadata, before = _metadata(row), stored.get(str(row["pk"]))
        if before is None or before.get("digest") != metadata["digest"]:
            embed.append((row, metadata))
        elif before != metadata:
            retag.append((str(row["pk"]), metadata))
    if embed:
        collection.upsert(
            ids=[str(row["pk"]) for row, _ in embed],
            documents=[card_text(front=row["front"], back=row["back"], context=row["context"]) for row, _ in embed],
            metadatas=[metadata for _, metadata in embed],
        )
    if retag:
        collection.update(ids=[pk for pk, _ in retag], metadatas=[metadata for _, metadata in retag])
    if gone:
        collection.delete(ids=gone)
    result.embedded, result.removed = len(embed), len(gone)
    return result


def cards_index(*, card_ids: list[int]) -> IndexResult:
    """Bring these cards' entries up to date: embed the new and edited ones, remove those of deleted cards."""
    if not card_ids:
        return IndexResult()
    wanted = sorted(set(card_ids))
    rows = list(Card.objects.filter(pk__in=wanted).values(*_FIELDS))
    stored = _collection().get(ids=[str(pk) for pk in wanted], include=["metadatas"])
    metadata = dict(zip(stored["ids"], stored["metadatas"], strict=True))
    found = {str(row["pk"]) for row in rows}
    return _apply(rows, metadata, gone=[pk for pk in metadata if pk not in found])


def cards_reconcile(*, user: User) -> IndexResult:
    """The learner's entries made to match their cards, whatever changed them (a sync push, a deleted deck)."""
    rows = list(Card.objects.for_user(user).values(*_FIELDS))
    stored = _collection().get(where={"user_id": user.pk}, include=["metadatas"])
    metadata = dict(zip(stored["ids"], stored["metadatas"], strict=True))
    found = {str(row["pk"]) for row in rows}
    return _apply(rows, metadata, gone=[pk for pk in metadata if pk not in found])


def cards_reconcile_all(*, page: int = 5000) -> IndexResult:
    """cards_reconcile for every learner with cards or entries; the entries of deleted accounts are removed."""
    collection, owners, offset = _collection(), set(), 0
    while batch := collection.get(include=["metadatas"], limit=page, offset=offset)["metadatas"]:
        owners.update(metadata["user_id"] for metadata in batch)
        offset += page
    owners.update(Card.objects.values_list("deck__owner_id", flat=True).distinct())
    total = IndexResult()
    users = User.objects.filter(pk__in=owners).order_by("pk")
    for user in users:
        result = cards_reconcile(user=user)
        total.embedded, total.removed = total.embedded + result.embedded, total.removed + result.removed
    gone = sorted(owners - {user.pk for user in users})
    if gone:
        removed = collection.get(where={"user_id": {"$in": gone}}, include=[])["ids"]
        collection.delete(ids=removed)
        total.removed += len(removed)
    return total


def cards_unindexed(*, user: User) -> int:
    """How many of the learner's cards have no entry yet (their embedding is still to run)."""
    stored = set(_collection().get(where={"user_id": user.pk}, include=[])["ids"])
    return sum(str(pk) not in stored for pk in Card.objects.for_user(user).values_list("pk", flat=True))


def _nearest(user: User, embedding, *, exclude: int | None, limit: int, max_distance: float) -> list[Neighbour]:
    where: dict = {"user_id": user.pk}
    if exclude is not None:
        where = {"$and": [where, {"card_id": {"$ne": exclude}}]}
    found = _collection().query(query_embeddings=[embedding], where=where, n_results=limit, include=["distances"])
    distances = {
        int(pk): distance
        for pk, distance in zip(found["ids"][0], found["distances"][0], strict=True)
        if distance <= max_distance
    }
    # read back through for_user: an entry of a card deleted a moment ago names nothing
    cards = Card.objects.for_user(user).select_related("deck").in_bulk(list(distances))
    return [Neighbour(cards[pk], distance) for pk, distance in distances.items() if pk in cards]


def similar_cards(*, user: User, card: Card, limit: int = SIMILAR_LIMIT) -> Neighbours:
    """The learner's cards nearest in meaning to one of theirs (never the card itself), nearest first."""
    try:
        return _similar_cards(user, card, limit)
    except STORE_DOWN:
        logger.warning("The vector store did not answer for similar cards", exc_info=True)
        return Neighbours(unavailable=True)


def _similar_cards(user: User, card: Card, limit: int) -> Neighbours:
    stored = _collection().get(ids=[str(card.pk)], include=["embeddings", "metadatas"])
    if not stored["ids"]:
        return Neighbours(pending=True)
    current = _digest(card_text(front=card.front, back=card.back, context=card.context))
    neighbours = _nearest(
        user, stored["embeddings"][0], exclude=card.pk, limit=limit, max_distance=SIMILAR_MAX_DISTANCE
    )
    return Neighbours(cards=neighbours, pending=stored["metadatas"][0].get("digest") != current)


def likely_duplicate(*, user: User, front: str, back: str, context: str = "", exclude: int | None = None):
    """The learner's card closest in meaning to a card they are about to add, when it is near enough to be the
    same card in other words ("el perro" for "perro"), else None, also when the vector store does not answer (the
    card is then added without the warning). Embeds the text here and now (~20 ms)."""
    [embedding] = vectors.embed([card_text(front=front.strip(), back=back.strip(), context=context.strip())])
    try:
        nearest = _nearest(user, embedding, exclude=exclude, limit=1, max_distance=DUPLICATE_MAX_DISTANCE)
    except STORE_DOWN:
        logger.warning("The vector store did not answer the duplicate check", exc_info=True)
        return None
    return nearest[0] if nearest else None


def index_count() -> int:
    return _collection().count()
