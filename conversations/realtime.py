"""The one module that knows the conversation group names and the events sent on them.

Events (each a dict with "type"; consumers forward them to the page as they are):
    message.created   {"message": {...}}                  a learner message or a tutor placeholder was stored
    reply.delta       {"message_id", "seq", "text"}       the next batch of a streaming reply
    reply.done        {"message": {...}}                  the reply is stored (complete, or incomplete if stopped)
    reply.error       {"message": {...}, "code", "error"} no reply (or a cut-off one): show an error state
    corrections.ready {"message_id", "corrections": [...]}
    analysis.result   {"message_id", "kind", "result", "html"}  one analyser finished
    analysis.session  {"metrics": {...}, "html"}                the conversation's running metrics
    conversation.deleted {}
    scenario.progress {"play": {...}, "html"}              a role-play's phase, objectives and words changed
Events that a page shows carry "html" rendered from the same templates as the page itself.
"""

from django.template.loader import render_to_string

from conversations import scenario_selectors
from tutor_project import layers


def group_name(conversation_id: int) -> str:
    return f"conversation.{conversation_id}"


def send(conversation_id: int, event: dict, *, wait: bool = True) -> None:
    """One handler ("forward") in the consumer passes every event on to the page unchanged. Events leave in the
    order they are sent; `wait=False` does not wait for the channel layer (see reply_delta)."""
    layers.group_send(group_name(conversation_id), {"type": "forward", "event": event}, wait=wait)


def reply_delta(message_id: int, conversation_id: int, *, seq: int, text: str) -> None:
    """A streamed batch. The worker goes back to reading the provider at once: a reader that waited for every
    send would fall behind a busy channel layer, and then flush every delta on its own, further behind."""
    send(conversation_id, {"type": "reply.delta", "message_id": message_id, "seq": seq, "text": text}, wait=False)


def message_data(message) -> dict:
    """A message as pages and apps receive it: its fields, and its HTML as the conversation page shows it."""
    return {
        "id": message.pk,
        "role": message.role,
        "kind": message.kind,
        "text": message.text,
        "status": message.status,
        "seq": message.seq,
        "error_code": message.error_code,
        "reply_to": message.reply_to_id,
        "provider": message.provider,
        "model": message.model_name,
        "is_fallback": message.is_fallback,
        "is_offline": message.is_offline,
        "created_at": message.created_at.isoformat(),
        "html": render_to_string("conversations/_message.html", {"message": message}),
    }


def message_created(message) -> None:
    send(message.conversation_id, {"type": "message.created", "message": message_data(message)})


def reply_done(message) -> None:
    send(message.conversation_id, {"type": "reply.done", "message": message_data(message)})


def reply_error(message, *, error: str) -> None:
    send(
        message.conversation_id,
        {"type": "reply.error", "message": message_data(message), "code": message.error_code, "error": error},
    )


def corrections_ready(message, corrections) -> None:
    send(
        message.conversation_id,
        {
            "type": "corrections.ready",
            "message_id": message.pk,
            "corrections": [correction_data(c) for c in corrections],
            "html": render_to_string(
                "conversations/_corrections.html", {"message": message, "corrections": corrections, "checked": True}
            ),
        },
    )


def correction_data(correction) -> dict:
    return {
        "id": correction.pk,
        "original": correction.original,
        "corrected": correction.corrected,
        "category": correction.category,
        "explanation": correction.explanation,
        "start": correction.start,
        "source": correction.source,
        "card": correction.card_id,
    }


def analysis_result(message, *, kind: str, results: dict) -> None:
    """One analyser finished: its result, and the message's analysis block as the page shows it so far."""
    html = render_to_string("conversations/_analysis.html", {"message": message, "results": results})
    send(
        message.conversation_id,
        {"type": "analysis.result", "message_id": message.pk, "kind": kind, "result": results[kind], "html": html},
    )


def analysis_session(conversation) -> None:
    html = render_to_string("conversations/_session.html", {"metrics": conversation.metrics})
    send(conversation.pk, {"type": "analysis.session", "metrics": conversation.metrics, "html": html})


def play_data(play) -> dict:
    return {
        "id": play.pk,
        "scenario": play.scenario_id,
        "phase_index": play.phase_index,
        "state": play.state,
        "objectives_met": play.objectives_met,
        "words_used": play.words_used,
        "xp_awarded": play.xp_awarded,
    }


def scenario_progress(play) -> None:
    panel = scenario_selectors.play_panel(play)
    html = render_to_string("conversations/scenarios/_panel.html", {"play": play, "panel": panel})
    send(play.conversation_id, {"type": "scenario.progress", "play": play_data(play), "html": html})
