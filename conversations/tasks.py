"""Celery tasks of the conversations app: load by id, call one service."""

import threading

from celery import shared_task
from celery.signals import worker_ready

from conversations import presence
from conversations.analysis import language
from conversations.models import Conversation, Message
from conversations.services import analysis, feedback, replies, scenarios


def _message(message_id: int) -> Message | None:
    """The message, or None when it was deleted (with its conversation) before the task ran; with what the
    tutor's prompt reads of its conversation, in the same statement."""
    return (
        Message.objects.select_related(
            "conversation__language",
            "conversation__owner",
            "conversation__mode",
            "conversation__persona",
            "conversation__play__scenario",
        )
        .filter(pk=message_id)
        .first()
    )


@shared_task
def reply_generate(message_id: int) -> None:
    if (reply := _message(message_id)) is not None:
        replies.reply_generate(reply=reply)


@shared_task
def corrections_generate(message_id: int) -> None:
    if (message := _message(message_id)) is not None:
        feedback.corrections_generate(message=message)


@shared_task
def message_analyse(message_id: int) -> None:
    if (message := _message(message_id)) is not None:
        analysis.message_analyse(message=message)


@shared_task
def play_judge(message_id: int) -> None:
    if (message := _message(message_id)) is not None:
        scenarios.play_judge(message=message)


@shared_task
def conversation_summarise(conversation_id: int) -> None:
    if (conversation := Conversation.objects.filter(pk=conversation_id).first()) is not None:
        replies.conversation_summarise(conversation=conversation)


@shared_task
def replies_stop_if_abandoned(conversation_id: int) -> None:
    """The last page of a conversation closed a moment ago: stop its streaming reply unless a page came back."""
    if not presence.is_watched(conversation_id):
        replies.replies_cancel_streaming(conversation_id=conversation_id)


@worker_ready.connect
def _analysers_warm_up(**kwargs) -> None:
    """Language detection loads its models on first use (about a second, holding the GIL, which would hold up a
    reply streaming in another thread): load them as the worker starts. Per-language spelling and word data still
    load with the first message in each language."""
    text = "Hola, ¿qué tal? Bonjour, ça va ? Hallo, wie geht's? Ciao, come stai? Olá, tudo bem? Hello, how are you?"
    thread = threading.Thread(
        target=lambda: language.check(text, target="es", native="en"), name="analysers-warm-up", daemon=True
    )
    thread.start()
