"""A conversation as Markdown or JSON, for the learner to keep."""

import json

from conversations.models import Conversation


def _messages(conversation: Conversation):
    return conversation.messages.prefetch_related("corrections").order_by("created_at", "pk")


def as_json(conversation: Conversation) -> str:
    data = {
        "title": conversation.title,
        "language": conversation.language_id,
        "level": conversation.level,
        "mode": conversation.mode.slug,
        "persona": conversation.persona.slug,
        "topic": conversation.topic,
        "started_at": conversation.started_at.isoformat(),
        "messages": [
            {
                "role": "learner" if message.is_learner else "tutor",
                "kind": message.kind,
                "text": message.text,
                "status": message.status,
                "created_at": message.created_at.isoformat(),
                "model": message.model_name,
                "corrections": [
                    {
                        "original": c.original,
                        "corrected": c.corrected,
                        "category": c.category,
                        "explanation": c.explanation,
                    }
                    for c in message.corrections.all()
                ],
            }
            for message in _messages(conversation)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def as_markdown(conversation: Conversation) -> str:
    lines = [
        f"# {conversation.title}",
        "",
        f"{conversation.language.name} · {conversation.level} · {conversation.mode.name} · {conversation.persona.name}"
        + (f" · {conversation.topic}" if conversation.topic else ""),
        f"Started {conversation.started_at:%Y-%m-%d %H:%M} UTC",
        "",
    ]
    for message in _messages(conversation):
        who = "**You**" if message.is_learner else "**Tutor**"
        note = "" if message.status == message.Status.COMPLETE else f" _({message.get_status_display().lower()})_"
        lines += [f"{who}: {message.text}{note}", ""]
        for c in message.corrections.all():
            explanation = f" — {c.explanation}" if c.explanation else ""
            lines.append(f"> ✎ {c.get_category_display()}: ~~{c.original}~~ → {c.corrected}{explanation}")
        if message.corrections.all():
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
