"""What the model is told: the system prompt of a conversation (persona, mode, level, learner, recent
mistakes), the history it sees, and the prompts of the side tasks (corrections, explanations, summaries,
translations). Only text is built here; services send it through the gateway."""

import json

from django.conf.locale import LANG_INFO

from admin_tools.gateway.types import ChatRequest
from admin_tools.gateway.types import Message as ChatMessage
from conversations import scenario_prompts
from conversations.models import Conversation, Correction, Message, Play
from learning.models import Profile

RECENT_MISTAKES = 5
OPENING_NOTE = "[The learner has joined the conversation.]"
REPLY_MAX_TOKENS = 600

STRICTNESS_GUIDANCE = {
    "gentle": (
        "Report only the mistakes that block or change the meaning, and clear misspellings: at most three, "
        "the most important first. Ignore punctuation, capitalisation and style."
    ),
    "thorough": (
        "Report every mistake: grammar, vocabulary, spelling, punctuation and anything a native speaker would "
        "say differently (naturalness)."
    ),
}
MODE_CORRECTIONS = {
    "light": "This is relaxed free talk: be lenient.",
    "moderate": "",
    "strict": "The learner asked for a demanding session: be exacting.",
}

CORRECTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "corrections": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "original": {"type": "string", "description": "the exact words as the learner wrote them"},
                    "corrected": {"type": "string", "description": "the corrected words"},
                    "category": {
                        "type": "string",
                        "enum": [choice for choice, _ in Correction.Category.choices],
                    },
                    "explanation": {"type": "string", "description": "one line, in the learner's native language"},
                },
                "required": ["original", "corrected", "category", "explanation"],
            },
        }
    },
    "required": ["corrections"],
}
SUMMARY_SCHEMA = {
    "type": "object",
    "properties": {"summary": {"type": "string"}},
    "required": ["summary"],
}
TRANSLATION_SCHEMA = {
    "type": "object",
    "properties": {"translation": {"type": "string"}, "gloss": {"type": "string"}},
    "required": ["translation", "gloss"],
}


def language_name(code: str) -> str:
    return LANG_INFO.get(code, {}).get("name", code)


def system_prompt(conversation: Conversation, *, profile: Profile, mistakes: list[Correction]) -> str:
    mode, language = conversation.mode, conversation.language.name
    parts = [
        conversation.persona.prompt,
        mode.system_prompt.format(language=language, topic=conversation.topic or "anything the learner likes"),
        f"The learner's level is {conversation.level}. {mode.level_adjustments.get(conversation.level, '')}".strip(),
        f"The learner is called {profile.name} and their native language is {language_name(profile.native_language)}.",
    ]
    if mistakes:
        listed = "; ".join(f"“{m.original}” → “{m.corrected}” ({m.get_category_display().lower()})" for m in mistakes)
        parts.append(
            "Mistakes this learner made recently, so steer the conversation to practise them without pointing "
            f"them out: {listed}."
        )
    return "\n\n".join(parts)


def history(conversation: Conversation, *, before: Message | None = None) -> tuple[ChatMessage, ...]:
    """Every message the model should see since the running summary, oldest first, starting with the learner
    and alternating (consecutive messages of one side are joined, as the providers expect)."""
    messages = conversation.messages.in_prompt()
    if conversation.summary_through:
        messages = messages.filter(pk__gt=conversation.summary_through)
    if before is not None:
        messages = messages.filter(pk__lt=before.pk)
    turns: list[list] = []
    for role, text in messages.values_list("role", "text"):
        if turns and turns[-1][0] == role:
            turns[-1][1] += "\n\n" + text
        else:
            turns.append([role, text])
    if turns and turns[0][0] == Message.Role.TUTOR:
        turns.insert(0, [Message.Role.LEARNER, OPENING_NOTE])
    return tuple(ChatMessage(role=role, content=text) for role, text in turns)


def summary_context(conversation: Conversation) -> str:
    if not conversation.summary:
        return ""
    return f"Summary of the earlier part of this conversation:\n{conversation.summary}"


def play_of(conversation: Conversation) -> Play | None:
    """The conversation's role-play, if it is one: loaded with the conversation when its query asked for `play`
    (the consumer's and the reply task's do), else read now."""
    try:
        return conversation.play
    except Play.DoesNotExist:
        return None


def reply_request(
    conversation: Conversation, *, profile: Profile, mistakes: list[Correction], before: Message | None = None
) -> ChatRequest:
    messages = history(conversation, before=before)
    play = play_of(conversation)
    if play is None:
        system, script = system_prompt(conversation, profile=profile, mistakes=mistakes), None
    else:  # a role-play: the tutor takes the scenario's role with the current phase's goal
        last = messages[-1].content if messages and messages[-1].role == Message.Role.LEARNER else ""
        system, script = scenario_prompts.reply_parts(play, learner_name=profile.name, last_text=last)
    return ChatRequest(
        system=system,
        context=summary_context(conversation),
        messages=messages,
        max_tokens=REPLY_MAX_TOKENS,
        language=conversation.language_id,
        level=conversation.level,
        topic=conversation.topic if play is None else "",
        script=script,
    )


def corrections_request(message: Message, *, strictness: str, native: str) -> ChatRequest:
    conversation = message.conversation
    system = " ".join(
        part
        for part in (
            f"You are a careful {conversation.language.name} teacher correcting one message written by a "
            f"{conversation.level} learner in a conversation.",
            STRICTNESS_GUIDANCE[strictness],
            MODE_CORRECTIONS[conversation.mode.corrections],
            "Quote `original` exactly as it appears in the message. Write each explanation in "
            f"{language_name(native)}, one short line. If there is nothing to correct, answer an empty list.",
        )
        if part
    )
    return ChatRequest(
        system=system,
        messages=(ChatMessage(role="user", content=message.text),),
        max_tokens=800,
        json_schema=CORRECTIONS_SCHEMA,
        language=conversation.language_id,
        level=conversation.level,
    )


def explanation_request(conversation: Conversation, correction: Correction, *, profile: Profile) -> ChatRequest:
    """ "Explain more": the tutor explains one correction in the conversation, then carries on."""
    base = reply_request(conversation, profile=profile, mistakes=[])
    ask = (
        f"Please explain this correction of my message in more detail, with the rule and two short examples: "
        f"“{correction.original}” → “{correction.corrected}” ({correction.get_category_display().lower()})."
    )
    system = (
        f"{base.system}\n\nThe learner asked for an explanation of a correction. Explain it clearly at their level; "
        f"you may use {language_name(profile.native_language)} for the rule itself. Then invite them to go on."
    )
    messages = (*base.messages, ChatMessage(role="user", content=ask))
    if len(messages) > 1 and messages[-2].role == "user":
        messages = (*messages[:-2], ChatMessage(role="user", content=f"{messages[-2].content}\n\n{ask}"))
    return ChatRequest(
        system=system, context=base.context, messages=messages, max_tokens=REPLY_MAX_TOKENS, language=base.language
    )


def summary_request(conversation: Conversation, messages: list[Message]) -> ChatRequest:
    transcript = "\n".join(f"{m.get_role_display()}: {m.text}" for m in messages)
    earlier = f"Summary so far:\n{conversation.summary}\n\n" if conversation.summary else ""
    return ChatRequest(
        system=(
            "Summarise this language-practice conversation for the tutor who continues it: what was talked about, "
            "facts the learner shared about themselves, words practised and recurring mistakes. At most 150 words, "
            "in English."
        ),
        messages=(ChatMessage(role="user", content=f"{earlier}Conversation:\n{transcript}"),),
        max_tokens=400,
        json_schema=SUMMARY_SCHEMA,
        language=conversation.language_id,
    )


def translation_request(text: str, *, language: str, into: str) -> ChatRequest:
    return ChatRequest(
        system=(
            f"Translate the {language_name(language)} text into {language_name(into)}. In `gloss`, give a short note "
            f"in {language_name(into)} on the key word or construction (its base form and meaning), at most two lines."
        ),
        messages=(ChatMessage(role="user", content=text),),
        max_tokens=300,
        json_schema=TRANSLATION_SCHEMA,
        language=language,
    )


def parsed(text: str) -> dict:
    """A structured answer as a dict; anything else (not JSON, not an object) as an empty one."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


SUMMARY_WORDS = 150


def extractive_summary(previous: str, messages: list[Message]) -> str:
    """A summary without a model: the earlier summary and the start of each learner message, at most
    SUMMARY_WORDS words, the newest kept."""
    said = [" ".join(m.text.split()[:12]) for m in messages if m.role == Message.Role.LEARNER]
    text = " ".join(part for part in (previous, "The learner said: " + " / ".join(said) if said else "") if part)
    words = text.split()
    return " ".join(words[-SUMMARY_WORDS:])
