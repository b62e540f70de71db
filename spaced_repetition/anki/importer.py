"""Importing an Anki package: its notes become cards through services.card_create (so a note whose front the
deck already has is skipped, and importing a file twice adds nothing), each new card's review history becomes
review logs, and its FSRS state comes from replaying that history with our scheduler."""

from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from admin_tools import flags
from admin_tools.models import User
from spaced_repetition import scheduling, services, signals
from spaced_repetition.anki import package
from spaced_repetition.models import AUDIO_EXTENSIONS, LANGUAGE_CHOICES, Card, Deck, ReviewLog, ReviewSettings

FRONT_MAX = Card._meta.get_field("front").max_length
IMPORT_OFF = "Importing decks is switched off for your account."
DECK_NAME_MAX = Deck._meta.get_field("name").max_length


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


@dataclass(frozen=True)
class AnkiImportResult:
    cards: int
    reviews: int
    duplicates: int
    skipped: int  # notes without text on the front or the back
    decks: list[Deck]

    @property
    def summary(self) -> str:
        names = ", ".join(f"“{deck.name}”" for deck in self.decks)
        text = (
            f"Imported {_plural(self.cards, 'card')}, {_plural(self.reviews, 'review')} into "
            f"{'deck' if len(self.decks) == 1 else 'decks'} {names}; {_plural(self.duplicates, 'duplicate')} skipped."
        )
        if self.skipped:
            text += f" {_plural(self.skipped, 'note')} without text left out."
        return text


def anki_import(*, owner: User, file, language: str) -> AnkiImportResult:
    """Import an .apkg (a binary file object) into the owner's decks named as in Anki, creating the missing ones
    in `language`. All or nothing: a file we cannot read, or any failure on the way, stores nothing. Refused
    (PermissionDenied) when the content_import flag is off for the owner."""
    if not flags.flag_is_active(owner, flags.CONTENT_IMPORT):
        raise PermissionDenied(IMPORT_OFF)
    if language not in dict(LANGUAGE_CHOICES):
        raise ValidationError({"language": "Choose the language of the cards."})
    saved_audio: list = []
    try:
        with package.open_package(file) as apkg, transaction.atomic():
            return _store(owner, apkg, language, saved_audio)
    except package.PackageError as error:
        raise ValidationError({"file": str(error)}) from error
    except BaseException:
        for audio in saved_audio:  # the rows are rolled back; their files are not
            audio.storage.delete(audio.name)
        raise


def _deck(owner: User, name: str, language: str) -> Deck:
    name = name.strip()[:DECK_NAME_MAX] or "Anki"
    deck = Deck.objects.for_user(owner).filter(name=name).first()
    return deck or services.deck_create(owner=owner, name=name, language=language)


def _store(owner: User, apkg: package.Package, language: str, saved_audio: list) -> AnkiImportResult:
    decks = {name: _deck(owner, name, language) for name in dict.fromkeys(note.deck for note in apkg.notes)}
    known = set(Card.objects.filter(deck__in=decks.values()).values_list("pk", flat=True))
    retention = ReviewSettings.objects.desired_retention(user=owner)
    created = duplicates = 0
    logs: list[ReviewLog] = []
    new_cards: list[int] = []
    for note in apkg.notes:
        card = services.card_create(
            deck=decks[note.deck],
            front=note.front[:FRONT_MAX],
            back=note.back,
            context=note.context,
            source=Card.Source.ANKI,
            source_ref=f"note:{note.id}",
            audio=_audio(apkg, note),
            embed=False,  # one cards_embed_later below for the whole file
        )
        if card.pk in known:
            duplicates += 1
            continue
        known.add(card.pk)  # a later note of the file with the same front is a duplicate too
        created += 1
        new_cards.append(card.pk)
        if card.audio:
            saved_audio.append(card.audio)
        logs += _replay(card, note, owner, retention)
    ReviewLog.objects.bulk_create(logs)
    signals.rows_changed.send(sender=ReviewLog, model=ReviewLog, pks=[log.pk for log in logs])
    services.cards_embed_later(card_ids=new_cards)
    return AnkiImportResult(
        cards=created, reviews=len(logs), duplicates=duplicates, skipped=apkg.skipped, decks=list(decks.values())
    )


def _audio(apkg: package.Package, note: package.Note) -> ContentFile | None:
    """The note's first sound as the card's audio, when it is an audio file the package holds."""
    if not note.sound or PurePosixPath(note.sound).suffix.lower().lstrip(".") not in AUDIO_EXTENSIONS:
        return None
    data = apkg.sound(note.sound)
    return ContentFile(data, name=PurePosixPath(note.sound).name) if data else None


def _replay(card: Card, note: package.Note, user: User, retention: float) -> list[ReviewLog]:
    """Grade the new card as Anki's history says, in time order, without telling the apps above: imported
    reviews are history, not today's work (no XP, and undo never takes them back). Returns the unsaved logs;
    saves the card's resulting state."""
    state, logs = card.scheduling_state, []
    for review in note.reviews:
        before = state
        state, _ = scheduling.review(before, review.rating, review.at, retention, fuzz=settings.SRS_FUZZ)
        logs.append(
            ReviewLog(
                card=card,
                user=user,
                rating=review.rating,
                state=before.state,
                reviewed_at=review.at,
                duration_ms=min(review.duration_ms, services.MAX_ANSWER_MS),
                state_before=before.to_dict(),
                imported=True,
            )
        )
    fields = []
    if logs:
        card.set_scheduling_state(state)
        fields += Card.SCHEDULING_FIELDS
    if note.suspended:
        card.suspended = True
        fields.append("suspended")
    if fields:
        card.save(update_fields=[*fields, "updated_at"])
    return logs
