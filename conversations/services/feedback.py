"""Corrections of a learner message (the model's structured feedback plus the offline spell checker), and
turning corrections and words into flashcards through the spaced_repetition app's card service."""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction

from admin_tools.gateway import service as gateway
from admin_tools.gateway.types import UseCase
from admin_tools.models import User
from conversations import prompts, realtime
from conversations.analysis import spelling
from conversations.models import Correction, Message
from conversations.services.conversations import preferences_get
from learning.models import Strictness
from learning.services import profile_get
from spaced_repetition import services as cards
from spaced_repetition.models import Card

log = logging.getLogger(__name__)
GENTLE_LIMIT = 3
FIELD_LIMITS = {"original": 500, "corrected": 500, "explanation": 300}


def _model_corrections(message: Message, *, strictness: str, native: str) -> list[Correction]:
    request = prompts.corrections_request(message, strictness=strictness, native=native)
    try:
        answer = gateway.chat(
            user=message.conversation.owner, feature="corrections", use_case=UseCase.ANALYSIS, request=request
        )
    except gateway.GatewayError as error:
        log.info("message %s: no model corrections (%s)", message.pk, error.code)
        return []
    items = prompts.parsed(answer.text).get("corrections")
    found, categories = [], set(Correction.Category.values)
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        values = {name: str(item.get(name) or "").strip()[:limit] for name, limit in FIELD_LIMITS.items()}
        if not values["original"] or values["original"] == values["corrected"]:
            continue
        if item.get("category") not in categories:
            continue
        start = message.text.find(values["original"])
        found.append(
            Correction(message=message, category=item["category"], start=start if start >= 0 else None, **values)
        )
    return found


def _spelling_corrections(message: Message, taken: list[Correction]) -> list[Correction]:
    """Misspellings the model did not already cover, with the checker's suggestion."""
    language = message.conversation.language_id
    covered = [(c.start, c.start + len(c.original)) for c in taken if c.start is not None]
    found = []
    for word in spelling.check(message.text, language=language)["misspelled"]:
        if not word["suggestion"] or any(start < word["end"] and word["start"] < end for start, end in covered):
            continue
        found.append(
            Correction(
                message=message,
                original=word["word"],
                corrected=word["suggestion"],
                category=Correction.Category.SPELLING,
                explanation="",
                start=word["start"],
                source=Correction.Source.SPELLING,
            )
        )
    return found


def corrections_generate(*, message: Message) -> list[Correction]:
    """Store and announce the corrections of a learner message, at the strictness the learner chose."""
    if message.corrections.exists():
        return list(message.corrections.all())  # a task delivered twice
    owner = message.conversation.owner
    profile = profile_get(user=owner)
    if profile.correction_strictness == Strictness.NONE:
        return []
    found = _model_corrections(message, strictness=profile.correction_strictness, native=profile.native_language)
    found += _spelling_corrections(message, found)
    if profile.correction_strictness == Strictness.GENTLE:
        found = found[:GENTLE_LIMIT]
    with transaction.atomic():
        stored = Correction.objects.bulk_create(found)
        stored = list(message.corrections.all())
        if preferences_get(user=owner).auto_cards:
            for correction in stored:
                correction_card_save(correction=correction)
    transaction.on_commit(lambda: realtime.corrections_ready(message, stored))
    return stored


def _deck(user: User, language):
    return cards.deck_for_language(owner=user, language=language.code, name=language.name)


@transaction.atomic
def correction_card_save(*, correction: Correction) -> Card:
    """ "Save to review": the correction as a card (wrong → right with the rule). Saving twice gives the same card."""
    if correction.card_id:
        return correction.card
    message = correction.message
    conversation = message.conversation
    back = correction.corrected + (f"\n{correction.explanation}" if correction.explanation else "")
    card = cards.card_create(
        deck=_deck(conversation.owner, conversation.language),
        front=correction.original,
        back=back,
        kind=Card.Kind.CORRECTION,
        context=message.text,
        source=Card.Source.CONVERSATION,
        source_ref=f"correction:{correction.pk}",
    )
    correction.card = card
    correction.save(update_fields=["card"])
    return card


@transaction.atomic
def word_card_save(*, message: Message, front: str, back: str, context: str = "") -> Card:
    """A word or phrase met in a tutor message, with its meaning, as a card."""
    front, back = front.strip(), back.strip()
    errors = {}
    if not front:
        errors["front"] = "Choose a word or phrase."
    elif front not in message.text:
        errors["front"] = "This word is not in the message."
    if not back:
        errors["back"] = "Write what it means."
    if errors:
        raise ValidationError(errors)
    conversation = message.conversation
    return cards.card_create(
        deck=_deck(conversation.owner, conversation.language),
        front=front,
        back=back,
        kind=Card.Kind.PHRASE if " " in front else Card.Kind.WORD,
        context=context.strip() or message.text,
        source=Card.Source.CONVERSATION,
        source_ref=f"message:{message.pk}",
    )
