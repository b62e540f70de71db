"""A conversation turn: the learner's message is stored at once, then a Celery task streams the tutor's reply
through the AI gateway into a placeholder message, batch by batch, to every page watching the conversation.

Stopping: `reply_cancel` (the learner's Stop button, or the last page leaving) sets `cancel_requested`; the
stream checks it at every batch and closes the provider's stream. Long conversations are summarised by the
model into the conversation's running summary (see `conversation_summarise`)."""

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from admin_tools.gateway import service as gateway
from admin_tools.gateway.types import UseCase
from admin_tools.models import User
from conversations import prompts, realtime, tasks
from conversations.models import MAX_MESSAGE_LENGTH, Conversation, Correction, Message, Play
from conversations.services import analysis
from conversations.streaming import DeltaBatcher, ReplyCancelled
from learning import tasks as learning_tasks
from learning.services import profile_get

log = logging.getLogger(__name__)
# A reply still "streaming" after this long lost its worker: it no longer blocks the next message.
STALE_STREAM = dt.timedelta(minutes=3)
SUMMARY_AFTER = 30  # messages in the prompt before the oldest are summarised
KEEP_RECENT = 10  # messages always sent word for word


def _streaming(conversation: Conversation):
    return conversation.messages.filter(status=Message.Status.STREAMING, created_at__gte=timezone.now() - STALE_STREAM)


TIMING_KEYS = ("typing_ms", "keystrokes", "pauses", "longest_pause_ms", "deletions")


def _timing_shape(timing: dict | None) -> dict:
    """Keep only the whole, non-negative numbers the page is meant to send; their sense is judged by
    analysis.fluency when the metrics are computed."""
    timing = timing if isinstance(timing, dict) else {}
    return {
        key: int(timing[key])
        for key in TIMING_KEYS
        if isinstance(timing.get(key), int | float)
        and not isinstance(timing.get(key), bool)
        and 0 <= timing[key] < 2**31
    }


def _check_open(conversation: Conversation) -> None:
    if conversation.is_archived:
        raise ValidationError({"conversation": "This conversation is archived. Restore it to continue."})
    if _streaming(conversation).exists():
        raise ValidationError({"text": "The tutor is still answering. Wait for the reply or stop it first."})


def _placeholder(conversation: Conversation, *, reply_to: Message, explains: Correction | None = None) -> Message:
    placeholder = conversation.messages.create(
        role=Message.Role.TUTOR,
        kind=Message.Kind.EXPLANATION if explains else Message.Kind.TURN,
        status=Message.Status.STREAMING,
        reply_to=reply_to,
        explains=explains,
    )
    # The pages hear of the placeholder before the worker can stream into it; the caller queues any side work
    # after this, so the reply task is the first task of the commit.
    transaction.on_commit(lambda: realtime.message_created(placeholder))
    tasks.reply_generate.delay_on_commit(placeholder.pk)
    return placeholder


@transaction.atomic
def message_send(
    *, conversation: Conversation, author: User, text: str, timing: dict | None = None
) -> tuple[Message, Message]:
    """Store the learner's message and start the reply; returns (message, reply placeholder)."""
    text = text.strip()
    if not text:
        raise ValidationError({"text": "Write a message first."})
    if len(text) > MAX_MESSAGE_LENGTH:
        raise ValidationError(
            {"text": f"A message can be at most {MAX_MESSAGE_LENGTH:,} characters ({len(text):,} now)."}
        )
    _check_open(conversation)
    now = timezone.now()
    message = conversation.messages.create(
        role=Message.Role.LEARNER, text=text, timing=_timing_shape(timing), completed_at=now
    )
    Conversation.objects.filter(pk=conversation.pk).update(last_activity_at=now)
    transaction.on_commit(lambda: realtime.message_created(message))
    placeholder = _placeholder(conversation, reply_to=message)  # the reply before the side work below
    if analysis.live_analysis_enabled(conversation):
        tasks.message_analyse.delay_on_commit(message.pk)
    if (play := prompts.play_of(conversation)) is not None and play.state == Play.State.ACTIVE:
        tasks.play_judge.delay_on_commit(message.pk)
    if profile_get(user=author).correction_strictness != "none":
        tasks.corrections_generate.delay_on_commit(message.pk)
    typing = message.timing.get("typing_ms") or 0
    learning_tasks.conversation_turn_record.delay_on_commit(
        author.pk, message.pk, conversation.language_id, now.isoformat(), round(typing / 1000)
    )
    return message, placeholder


@transaction.atomic
def reply_retry(*, reply: Message) -> Message:
    """Answer the same learner message again after a failed or cut-off reply (which stays, marked)."""
    if reply.role != Message.Role.TUTOR or reply.status not in (Message.Status.FAILED, Message.Status.INCOMPLETE):
        raise ValidationError({"message": "Only a failed or incomplete reply can be retried."})
    conversation = reply.conversation
    _check_open(conversation)
    return _placeholder(conversation, reply_to=reply.reply_to, explains=reply.explains)


@transaction.atomic
def explanation_request(*, correction: Correction) -> Message:
    """ "Explain more": the tutor explains one correction in the conversation."""
    message = correction.message
    _check_open(message.conversation)
    Correction.objects.filter(pk=correction.pk).update(explained=True)
    return _placeholder(message.conversation, reply_to=message, explains=correction)


def reply_cancel(*, reply: Message) -> bool:
    """Ask the stream to stop; True when a reply was still being written."""
    return bool(Message.objects.filter(pk=reply.pk, status=Message.Status.STREAMING).update(cancel_requested=True))


def replies_cancel_streaming(*, conversation_id: int) -> int:
    """Stop every reply being written in a conversation (its last page has gone)."""
    return Message.objects.filter(conversation_id=conversation_id, status=Message.Status.STREAMING).update(
        cancel_requested=True
    )


def _recent_mistakes(conversation: Conversation) -> list[Correction]:
    return list(
        Correction.objects.filter(
            message__conversation__owner_id=conversation.owner_id, message__conversation__language=conversation.language
        )
        .exclude(source=Correction.Source.SPELLING)
        .order_by("-pk")[: prompts.RECENT_MISTAKES]
    )


def _request_for(reply: Message):
    conversation = reply.conversation
    profile = profile_get(user=conversation.owner)
    if reply.explains is not None:
        return prompts.explanation_request(conversation, reply.explains, profile=profile)
    return prompts.reply_request(conversation, profile=profile, mistakes=_recent_mistakes(conversation), before=reply)


def reply_generate(*, reply: Message) -> Message:
    """Stream the reply into the placeholder `reply`, then store it with who answered and the ledger row."""
    if reply.status != Message.Status.STREAMING:
        return reply  # a task delivered twice
    conversation = reply.conversation
    group = conversation.pk

    def flush(batch: str, seq: int) -> bool:
        # The batch goes to the pages first (their wait is the stream's latency), then one statement stores the
        # text so far and sees a stop (or a deletion). A page that connects in between gets a snapshot one batch
        # short; its consumer sees the next batch's seq skip one and sends the stored state, which has it by then.
        realtime.reply_delta(reply.pk, group, seq=seq, text=batch)
        return bool(Message.objects.filter(pk=reply.pk, cancel_requested=False).update(text=batcher.text, seq=seq))

    batcher = DeltaBatcher(flush)
    try:
        answer = gateway.chat(
            user=conversation.owner,
            feature="conversation_explanation" if reply.explains_id else "conversation_reply",
            use_case=UseCase.CONVERSATION,
            request=_request_for(reply),
            on_delta=batcher.add,
        )
        batcher.flush()
    except ReplyCancelled:
        return _finish(reply, batcher, status=Message.Status.INCOMPLETE, error_code="stopped")
    except gateway.GatewayError as error:
        return _finish_failed(reply, batcher, code=error.code, error=str(error))
    except Exception:
        # A bug or an outage of our own (the database, say): the page gets an error state instead of a reply
        # that spins for ever, and the worker logs the exception.
        _finish_failed(reply, batcher, code="unavailable", error="")
        raise
    reply.provider, reply.model_name, reply.is_fallback = answer.provider, answer.model_id, answer.is_fallback
    reply.usage_record_id = answer.usage_record_id
    finished = _finish(reply, batcher, text=answer.text, status=Message.Status.COMPLETE)
    if conversation.messages.in_prompt().filter(pk__gt=conversation.summary_through or 0).count() > SUMMARY_AFTER:
        tasks.conversation_summarise.delay(conversation.pk)
    return finished


def _finish_failed(reply: Message, batcher: DeltaBatcher, *, code: str, error: str) -> Message:
    status = Message.Status.INCOMPLETE if batcher.received else Message.Status.FAILED
    return _finish(reply, batcher, status=status, error_code=code, error=error)


def _finish(
    reply: Message,
    batcher: DeltaBatcher,
    *,
    status: str,
    text: str | None = None,
    error_code: str = "",
    error: str = "",
) -> Message:
    """Store the reply as it ends: `text` (the gateway's answer), or else everything received, and the number of
    the last batch sent."""
    if not Message.objects.filter(pk=reply.pk).exists():
        return reply  # the conversation was deleted while the reply streamed
    reply.text = batcher.received if text is None else text
    reply.status, reply.error_code, reply.seq = status, error_code, batcher.seq
    reply.completed_at = timezone.now()
    reply.save(
        update_fields=[
            "text",
            "status",
            "error_code",
            "seq",
            "completed_at",
            "provider",
            "model_name",
            "is_fallback",
            "usage_record",
        ]
    )
    Conversation.objects.filter(pk=reply.conversation_id).update(last_activity_at=reply.completed_at)
    if status == Message.Status.COMPLETE or error_code == "stopped":
        realtime.reply_done(reply)
    else:
        realtime.reply_error(reply, error=error)
    return reply


def conversation_summarise(*, conversation: Conversation) -> Conversation:
    """Fold the oldest messages (all but the last KEEP_RECENT in the prompt) into the running summary."""
    pending = list(conversation.messages.in_prompt().filter(pk__gt=conversation.summary_through or 0))
    if len(pending) <= SUMMARY_AFTER:
        return conversation
    older = pending[:-KEEP_RECENT]
    try:
        answer = gateway.chat(
            user=conversation.owner,
            feature="conversation_summary",
            use_case=UseCase.CONVERSATION,
            request=prompts.summary_request(conversation, older),
        )
        summary = prompts.parsed(answer.text).get("summary", "").strip()
    except gateway.GatewayError:
        log.warning("conversation %s: summary not made now, the history stays whole", conversation.pk)
        return conversation
    if not summary:  # the offline tutor summarises nothing: keep the learner's own words, shortened
        summary = prompts.extractive_summary(conversation.summary, older)
    conversation.summary, conversation.summary_through = summary, older[-1].pk
    conversation.save(update_fields=["summary", "summary_through"])
    return conversation
