"""Celery tasks of the conversations app: load by id, call one service."""

from celery import shared_task

from conversations import presence
from conversations.models import Conversation, Message
from conversations.services import analysis, feedback, replies


def _message(message_id: int) -> Message | None:
    """The message, or None when it was deleted (with its conversation) before the task ran."""
    return Message.objects.select_related("conversation__language", "conversation__owner").filter(pk=message_id).first()


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
def conversation_summarise(conversation_id: int) -> None:
    if (conversation := Conversation.objects.filter(pk=conversation_id).first()) is not None:
        replies.conversation_summarise(conversation=conversation)


@shared_task
def replies_stop_if_abandoned(conversation_id: int) -> None:
    """The last page of a conversation closed a moment ago: stop its streaming reply unless a page came back."""
    if not presence.is_watched(conversation_id):
        replies.replies_cancel_streaming(conversation_id=conversation_id)
