"""Every write of the spaced_repetition app: decks, cards from any source, grades and their undo, suspend,
bury, and the learner's review settings.

Undo keeps the review history append-only in spirit: a grade taken back leaves ReviewLog (whose rows are the
grades that stand, and feed the queue's daily limits, the stats and the exports) for ReviewUndo, which keeps
it as it was. Only today's latest grades made in this app can be taken back, one at a time and at most
selectors.UNDO_LIMIT of them; imported history never."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import IntegerField, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils import timezone

from admin_tools.models import User
from spaced_repetition import scheduling, selectors, signals, tasks
from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings, ReviewUndo

# As Anki: a learner who walks away from a card does not add the break to the time spent reviewing.
MAX_ANSWER_MS = 60_000
CARD_EDITABLE_FIELDS = ("deck", "kind", "front", "back", "context", "audio")
DECK_EDITABLE_FIELDS = ("name", "language", "new_per_day", "reviews_per_day")
# what the vector store holds of a card (similar.card_text and its metadata): a change of one re-embeds it
CARD_EMBEDDED_FIELDS = ("deck", "front", "back", "context")
EMBED_BATCH = 200


def _fuzz() -> bool:
    """Fuzz is on unless settings.SRS_FUZZ turns it off (tests compare exact due dates)."""
    return settings.SRS_FUZZ


def _clean_text(value):
    return value.strip() if isinstance(value, str) else value


# --- decks


def _check_deck_name_free(deck: Deck) -> None:
    taken = Deck.objects.filter(owner_id=deck.owner_id, name=deck.name).exclude(pk=deck.pk).exists()
    if taken:
        raise ValidationError({"name": f"You already have a deck called “{deck.name}”."})


def deck_create(*, owner: User, name: str, language: str, new_per_day: int = 20, reviews_per_day: int = 200) -> Deck:
    deck = Deck(
        owner=owner,
        name=name.strip(),
        language=language,
        new_per_day=new_per_day,
        reviews_per_day=reviews_per_day,
    )
    deck.full_clean(validate_constraints=False)
    _check_deck_name_free(deck)
    deck.save()
    return deck


@transaction.atomic
def deck_for_language(*, owner: User, language: str, name: str) -> Deck:
    """The learner's deck for a language, for cards made while practising: their oldest deck in that language,
    else a new one called `name` (or `name (2)`, … when a deck of another language has that name)."""
    deck = Deck.objects.filter(owner=owner, language=language).order_by("pk").first()
    if deck is not None:
        return deck
    candidate, number = name, 1
    while Deck.objects.filter(owner=owner, name=candidate).exists():
        number += 1
        candidate = f"{name} ({number})"
    return deck_create(owner=owner, name=candidate, language=language)


def deck_update(*, deck: Deck, **fields) -> Deck:
    for name, value in fields.items():
        if name not in DECK_EDITABLE_FIELDS:
            raise TypeError(f"deck_update() cannot change {name!r}")
        setattr(deck, name, _clean_text(value))
    deck.full_clean(validate_constraints=False)
    _check_deck_name_free(deck)
    deck.save(update_fields=list(fields))
    return deck


@transaction.atomic
def deck_delete(*, deck: Deck) -> int:
    """Delete a deck with its cards, their history and (once committed) their audio files. Returns the number
    of cards deleted."""
    deleted = cards_delete(cards=deck.cards.all())
    deck.delete()
    return deleted


# --- cards


def cards_embed_later(*, card_ids: list[int]) -> None:
    """Once committed, bring the cards' embeddings up to date in the background (tasks.cards_embed): new and edited
    cards are embedded, deleted ones leave the vector store. In batches, so an import shows progress."""
    ids = sorted(set(card_ids))
    for start in range(0, len(ids), EMBED_BATCH):
        tasks.cards_embed.delay_on_commit(ids[start : start + EMBED_BATCH])


def _check_front_free(card: Card) -> None:
    if Card.objects.filter(deck_id=card.deck_id, front=card.front).exclude(pk=card.pk).exists():
        raise ValidationError({"front": f"The deck “{card.deck}” already has a card “{card.front}”."})


def card_create(
    *,
    deck: Deck,
    front: str,
    back: str,
    kind: str = Card.Kind.WORD,
    context: str = "",
    source: str = Card.Source.MANUAL,
    source_ref: str = "",
    audio=None,
    embed: bool = True,
) -> Card:
    """The one way cards are made, from any source. A front the deck already has gives back that card unchanged,
    so a correction met twice, or an import run twice, adds nothing. The new card is embedded in the background;
    a caller making many (an import) passes embed=False and calls cards_embed_later once for them all."""
    front = front.strip()
    existing = deck.cards.filter(front=front).first()
    if existing is not None:
        return existing
    card = Card(
        deck=deck,
        front=front,
        back=back.strip(),
        kind=kind,
        context=context.strip(),
        source=source,
        source_ref=source_ref,
        audio=audio or "",
        due=timezone.now(),
    )
    card.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():  # a savepoint: the same card created at the same moment elsewhere wins
            card.save(force_insert=True)
    except IntegrityError:
        return deck.cards.get(front=front)
    if embed:
        cards_embed_later(card_ids=[card.pk])
    return card


def card_update(*, card: Card, **fields) -> Card:
    """Change what a card says or move it to another deck (the caller fetched that deck through for_user)."""
    for name, value in fields.items():
        if name not in CARD_EDITABLE_FIELDS:
            raise TypeError(f"card_update() cannot change {name!r}")
        setattr(card, name, _clean_text(value))
    card.full_clean(validate_constraints=False)
    _check_front_free(card)
    # only the edited fields: a grade or a suspension stored meanwhile is not overwritten by this copy
    card.save(update_fields=[*fields, "updated_at"])
    if set(fields) & set(CARD_EMBEDDED_FIELDS):
        cards_embed_later(card_ids=[card.pk])
    return card


def cards_suspend(*, cards: QuerySet[Card], suspended: bool = True) -> int:
    """Suspend (or bring back) cards: a suspended card never comes due until it is unsuspended."""
    with transaction.atomic():
        pks = list(cards.exclude(suspended=suspended).values_list("pk", flat=True))
        changed = Card.objects.filter(pk__in=pks).update(suspended=suspended, updated_at=timezone.now())
        signals.rows_changed.send(sender=Card, model=Card, pks=pks)
    return changed


def card_bury(*, card: Card, time_zone: str, now: datetime | None = None) -> Card:
    """Hide a card until the learner's next local midnight; its schedule does not change."""
    _, card.buried_until = selectors.day_bounds(now or timezone.now(), time_zone)
    card.save(update_fields=["buried_until", "updated_at"])
    return card


@transaction.atomic
def cards_move(*, cards: QuerySet[Card], deck: Deck) -> int:
    cards = cards.exclude(deck=deck)
    clashes = sorted(deck.cards.filter(front__in=cards.values("front")).values_list("front", flat=True))
    if clashes:
        raise ValidationError({"deck": f"“{deck}” already has: {', '.join(clashes)}."})
    pks = list(cards.values_list("pk", flat=True))
    moved = Card.objects.filter(pk__in=pks).update(deck=deck, updated_at=timezone.now())
    signals.rows_changed.send(sender=Card, model=Card, pks=pks)
    cards_embed_later(card_ids=pks)
    return moved


@transaction.atomic
def cards_delete(*, cards: QuerySet[Card]) -> int:
    """Delete cards with their history and, once the deletion is committed, their audio files and embeddings."""
    audio = [card.audio for card in cards.exclude(audio="").only("audio")]
    pks = list(cards.values_list("pk", flat=True))
    _, deleted = cards.delete()
    for file in audio:
        transaction.on_commit(lambda file=file: file.storage.delete(file.name))
    cards_embed_later(card_ids=pks)
    return deleted.get(Card._meta.label, 0)


# --- reviews


@transaction.atomic
def review_grade(
    *,
    card_id: int,
    user: User,
    rating: int,
    duration_ms: int,
    client_review_id: str | None = None,
    now: datetime | None = None,
) -> ReviewLog:
    """Grade one of the learner's cards: run FSRS with the learner's retention, store the new schedule, append
    the log, and tell the apps above once committed. A client_review_id already recorded gives back that log and
    changes nothing. A card the learner does not have raises Card.DoesNotExist (read with the lock: one query)."""
    now = now or timezone.now()
    if rating not in scheduling.RATINGS:
        raise ValidationError({"rating": "Grade with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."})
    # one grade of a card at a time (the card's row only: grades of other cards of the deck go on), read with the
    # learner's retention
    locked = (
        Card.objects.for_user(user)
        .select_for_update(of=("self",))
        .select_related("deck")
        .annotate(retention=ReviewSettings.objects.desired_retention_of(user))
    )
    if client_review_id:  # the grade this id already recorded, read in the same query (SQL: see models)
        logs = connection.ops.quote_name(ReviewLog._meta.db_table)
        recorded = f"SELECT id FROM {logs} WHERE user_id = %s AND client_review_id = %s"
        locked = locked.annotate(replayed=RawSQL(recorded, [user.pk, client_review_id], output_field=IntegerField()))
    card = locked.get(pk=card_id)
    if getattr(card, "replayed", None) is not None:
        replayed = ReviewLog.objects.select_related("card__deck").get(pk=card.replayed)
        if replayed.card_id != card.pk:
            raise ValidationError({"client_review_id": "This id was already used to grade another card."})
        return replayed
    if card.suspended:
        raise ValidationError("This card is suspended. Unsuspend it to review it.", code="suspended")
    before = card.scheduling_state
    after, _ = scheduling.review(before, rating, now, card.retention, fuzz=_fuzz())
    card.set_scheduling_state(after)
    card.updated_at = timezone.now()
    # written without save(), then announced once: the change feed records the card and the log together
    Card.objects.filter(pk=card.pk).update(
        updated_at=card.updated_at, **{name: getattr(card, name) for name in Card.SCHEDULING_FIELDS}
    )
    [log] = ReviewLog.objects.bulk_create(
        [
            ReviewLog(
                card=card,
                user=user,
                rating=rating,
                state=before.state,
                reviewed_at=now,
                duration_ms=min(max(int(duration_ms), 0), MAX_ANSWER_MS),
                client_review_id=client_review_id or "",
                state_before=before.to_dict(),
            )
        ]
    )
    signals.rows_saved.send(sender=ReviewLog, instances=[card, log])
    transaction.on_commit(lambda: signals.review_graded.send(sender=ReviewLog, review_log=log))
    return log


@transaction.atomic
def review_undo(*, user: User, review_log_id: int, now: datetime | None = None) -> Card:
    """Take back one grade, named by its log id so that a retried undo takes back nothing more: the card gets
    the schedule it had before the grade, and the log moves from ReviewLog to the ReviewUndo journal (nothing
    of it is lost). Only the grade selectors.undo_refusal allows: the learner's latest grade given in this app
    (never imported history), given today, at most UNDO_LIMIT grades back. A grade already taken back gives
    back its card as it is now and changes nothing; the apps above hear of each undo once, after commit."""
    now = now or timezone.now()
    log = ReviewLog.objects.for_user(user).select_for_update().filter(pk=review_log_id).first()
    if log is None:  # unknown, someone else's, or already taken back (maybe by a request we waited for)
        undone = ReviewUndo.objects.filter(user=user, review_log_id=review_log_id, card__isnull=False).first()
        if undone is None:
            raise Http404("You have no grade with this id.")
        return Card.objects.select_related("deck").get(pk=undone.card_id)
    refusal = selectors.undo_refusal(log, user=user, now=now, time_zone=selectors.learner_time_zone(user))
    if refusal:
        raise ValidationError(refusal, code="not_undoable")
    card = Card.objects.select_for_update(of=("self",)).select_related("deck").get(pk=log.card_id)
    card.set_scheduling_state(scheduling.CardState.from_dict(log.state_before))
    card.save(update_fields=[*Card.SCHEDULING_FIELDS, "updated_at"])
    ReviewUndo.objects.create(
        user=user,
        card=card,
        review_log_id=log.pk,
        rating=log.rating,
        state=log.state,
        reviewed_at=log.reviewed_at,
        duration_ms=log.duration_ms,
        client_review_id=log.client_review_id,
        state_before=log.state_before,
        undone_at=now,
    )
    details = {
        "user": user,
        "card": card,
        "review_log_id": log.pk,
        "rating": log.rating,
        "reviewed_at": log.reviewed_at,
    }
    log.delete()
    transaction.on_commit(lambda: signals.review_undone.send(sender=ReviewLog, **details))
    return card


def review_settings_update(*, user: User, desired_retention: float) -> ReviewSettings:
    review_settings = ReviewSettings.objects.filter(user=user).first() or ReviewSettings(user=user)
    review_settings.desired_retention = desired_retention
    review_settings.full_clean(exclude=["user"])
    review_settings.save()
    return review_settings
