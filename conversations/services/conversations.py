"""Starting, renaming, archiving and deleting conversations, and the learner's conversation preferences."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from admin_tools.models import User
from conversations import catalogue, realtime
from conversations.models import MAX_TITLE_LENGTH, Conversation, Message, Persona, Preferences, TutorMode
from learning.models import Language


def _starter(mode: TutorMode, *, language: str, topic: str, seed: str) -> str:
    """The tutor's opening line: one of the mode's starters for the language, chosen by a stable hash."""
    starters = mode.starters.get(language) or mode.starters.get("en") or []
    if not starters:
        return ""
    index = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:4], "big") % len(starters)
    return starters[index].format(topic=topic)


def default_title(*, mode: TutorMode, language: Language, topic: str) -> str:
    title = f"{mode.name}: {topic}" if topic else f"{mode.name} in {language.name}"
    return f"{title} · {date_format(timezone.localdate(), 'j M')}"[:MAX_TITLE_LENGTH]


@transaction.atomic
def conversation_start(
    *,
    owner: User,
    language: Language,
    mode: TutorMode,
    persona: Persona,
    level: str,
    topic: str = "",
    title: str = "",
) -> Conversation:
    """A new conversation, opened by the tutor with one of the mode's starters."""
    topic, title = topic.strip(), title.strip()
    errors = {}
    if not catalogue.modes_for(owner).filter(pk=mode.pk).exists():
        errors["mode"] = "This tutor mode is not available."
    elif mode.needs_topic and not topic:
        errors["topic"] = f"{mode.name} needs a {(mode.topic_label or 'topic').lower()}."
    if not persona.is_active:
        errors["persona"] = "This persona is not available."
    if language.support == Language.Support.PLANNED:
        errors["language"] = f"{language.name} is not available yet."
    if errors:
        raise ValidationError(errors)
    conversation = Conversation(
        owner=owner,
        language=language,
        mode=mode,
        persona=persona,
        level=level,
        topic=topic if mode.needs_topic else "",
        title=title or default_title(mode=mode, language=language, topic=topic if mode.needs_topic else ""),
    )
    conversation.full_clean()
    conversation.save()
    opening = _starter(mode, language=language.code, topic=conversation.topic, seed=f"{conversation.pk}")
    if opening:
        conversation.messages.create(
            role=Message.Role.TUTOR, text=opening, status=Message.Status.COMPLETE, completed_at=timezone.now()
        )
    return conversation


def conversation_rename(*, conversation: Conversation, title: str) -> Conversation:
    conversation.title = title.strip()
    conversation.full_clean(exclude=["owner", "language", "mode", "persona"])
    conversation.save(update_fields=["title"])
    return conversation


@transaction.atomic
def conversation_archive(*, conversation: Conversation, archived: bool = True) -> Conversation:
    """Archive (read-only, out of the main list) or restore. Archiving stops a reply still being written."""
    conversation.status = Conversation.Status.ARCHIVED if archived else Conversation.Status.ACTIVE
    conversation.save(update_fields=["status"])
    if archived:
        conversation.messages.filter(status=Message.Status.STREAMING).update(cancel_requested=True)
    return conversation


@transaction.atomic
def conversation_delete(*, conversation: Conversation) -> None:
    conversation_id = conversation.pk
    conversation.messages.filter(status=Message.Status.STREAMING).update(cancel_requested=True)
    conversation.delete()
    transaction.on_commit(lambda: realtime.send(conversation_id, {"type": "conversation.deleted"}))


def preferences_get(*, user: User) -> Preferences:
    preferences, _ = Preferences.objects.get_or_create(user=user)
    return preferences


def preferences_update(*, user: User, auto_cards: bool) -> Preferences:
    preferences = preferences_get(user=user)
    preferences.auto_cards = auto_cards
    preferences.save(update_fields=["auto_cards"])
    return preferences
