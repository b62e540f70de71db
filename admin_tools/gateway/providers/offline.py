"""The offline tutor: a practice partner driven by data, for when no model can answer (no key, a budget that
falls back, every remote provider down). No key, no network, and deterministic: the same conversation
always gets the same reply.

In a role-play scenario it plays the phase from its script (scenario_reply). In free talk it says back the
words it recognised in the learner's last message, then asks the next question from the language's bank for the
topic and level band, never one already asked in the conversation.
It does not judge grammar: a structured (analysis) request gets the schema's minimal valid answer, so
corrections come back empty rather than invented. The gateway labels every reply as offline practice.
"""

import hashlib
import json
import re

from admin_tools.gateway import offline_data
from admin_tools.gateway.providers.base import relay
from admin_tools.gateway.types import ChatRequest, ModelSpec, OnDelta, ProviderReply, Usage

FALLBACK_LANGUAGE = "en"
MAX_ECHOED_WORDS = 4
# Kana and CJK ideographs count as a token each; other text, a token a word.
TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|\w+")
LETTERS = r"[^\W\d_]+"


def count_tokens(text: str) -> int:
    return len(TOKEN.findall(text))


def _number(*parts: object) -> int:
    """A stable number from the parts (Python's hash() changes between processes)."""
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def recognised_words(text: str, language: str) -> list[str]:
    """The content words of `text` worth saying back, in order, at most MAX_ECHOED_WORDS."""
    if language in offline_data.KEYWORDS:
        return _keywords_in(text, offline_data.KEYWORDS[language])
    # English keeps its contractions whole ("don't"); elsewhere an apostrophe ends an elided article (l'école).
    pattern = rf"{LETTERS}(?:['’]{LETTERS})*" if language == "en" else LETTERS
    stopwords = offline_data.STOPWORDS.get(language, ())
    words: list[str] = []
    for word in re.findall(pattern, text):
        lower = word.lower().replace("’", "'")
        if len(word) >= 3 and lower not in stopwords and lower not in (w.lower() for w in words):
            words.append(word)
    return words[:MAX_ECHOED_WORDS]


def _keywords_in(text: str, keywords: tuple[str, ...]) -> list[str]:
    """Known key words found in `text`, longest first so 朝ごはん is not also read as 朝, listed in the order
    they appear."""
    found: dict[int, str] = {}
    remaining = text
    for keyword in sorted(keywords, key=len, reverse=True):
        position = remaining.find(keyword)
        if position >= 0:
            found[position] = keyword
            remaining = remaining.replace(keyword, "\0" * len(keyword))
    return [found[position] for position in sorted(found)][:MAX_ECHOED_WORDS]


def _next_question(request: ChatRequest, language: str) -> str:
    bank = offline_data.QUESTIONS[language]
    band = request.level[:1].upper() if request.level[:1].upper() in ("A", "B", "C") else "A"
    asked = [message.content for message in request.messages if message.role == "assistant"]
    topics = list(bank)
    if request.topic in bank:
        first = topics.index(request.topic)
    else:  # a topic that stays the same for the whole conversation
        opening = next((message.content for message in request.messages if message.role == "user"), "")
        first = _number(language, request.system, opening) % len(topics)
    conversation = _number(language, band, [(message.role, message.content) for message in request.messages])
    # The chosen topic first, then the others in order, skipping questions this conversation has had.
    for topic in topics[first:] + topics[:first]:
        questions = bank[topic][band]
        for step in range(len(questions)):
            question = questions[(conversation + step) % len(questions)]
            if not any(question in text for text in asked):
                return question
    questions = bank[topics[first]][band]
    return questions[conversation % len(questions)]


def scenario_reply(request: ChatRequest, language: str) -> str:
    """In a role-play: the phase's opening line first; then what the learner's last message used of the phase's
    key words and phrases, said back, or, when it used none (the learner is stuck), the phase's model phrase."""
    script = request.script
    learner = [message.content for message in request.messages if message.role == "user"]
    if not learner:
        return script.get("opening", "")
    if script.get("recognised"):
        words = offline_data.WORD_SEPARATORS.get(language, ", ").join(script["recognised"][:MAX_ECHOED_WORDS])
        return offline_data.ECHOES[language].format(words=words)
    return script.get("hint") or offline_data.ACKNOWLEDGEMENTS[language]


def practice_reply(request: ChatRequest) -> str:
    code = request.language.lower().split("-")[0]
    language = code if code in offline_data.QUESTIONS else FALLBACK_LANGUAGE
    if request.script is not None:
        return scenario_reply(request, language)
    learner = [message.content for message in request.messages if message.role == "user"]
    if not learner:
        opening = offline_data.GREETINGS[language]
    else:
        words = recognised_words(learner[-1], language)
        separator = offline_data.WORD_SEPARATORS.get(language, ", ")
        if words:
            opening = offline_data.ECHOES[language].format(words=separator.join(words))
        else:
            opening = offline_data.ACKNOWLEDGEMENTS[language]
    return offline_data.SENTENCE_SEPARATORS.get(language, " ").join([opening, _next_question(request, language)])


def minimal_instance(schema: dict, root: dict | None = None):
    """The smallest value valid against `schema`: every declared property present, arrays as short as
    allowed, numbers at their lowest allowed value, strings empty."""
    root = root if root is not None else schema
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if part else target
        return minimal_instance(target, root)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for combinator in ("anyOf", "oneOf"):
        if schema.get(combinator):
            return minimal_instance(schema[combinator][0], root)
    if schema.get("allOf"):
        merged = {key: value for key, value in schema.items() if key != "allOf"}
        for part in schema["allOf"]:
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged.update({key: value for key, value in part.items() if key != "properties"})
        return minimal_instance(merged, root)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        kind = next((each for each in kind if each != "null"), "null")
    if kind == "object":
        return {name: minimal_instance(part, root) for name, part in schema.get("properties", {}).items()}
    if kind == "array":
        return [minimal_instance(schema.get("items", {}), root) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "-" * schema.get("minLength", 0)
    if kind in ("integer", "number"):
        value = max(0, schema.get("minimum", 0))
        if "exclusiveMinimum" in schema:
            value = max(value, schema["exclusiveMinimum"] + 1)
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        return value
    if kind == "boolean":
        return False
    return None


def _pieces(text: str) -> list[str]:
    """The reply in word-sized deltas, as a streaming model would send it."""
    return re.findall(r"\s*\S+\s*$|\s*\S+", text) or [text]


class OfflineProvider:
    def chat(self, spec: ModelSpec, request: ChatRequest, on_delta: OnDelta | None = None) -> ProviderReply:
        if request.json_schema is not None:
            text = json.dumps(minimal_instance(request.json_schema), ensure_ascii=False)
        else:
            text = practice_reply(request)
        prompt = [request.system, request.context, *(message.content for message in request.messages)]
        input_tokens = sum(count_tokens(part) for part in prompt)
        if on_delta is not None:
            sent: list[str] = []

            def so_far() -> ProviderReply:
                done = "".join(sent)
                return ProviderReply(
                    text=done, usage=Usage(input_tokens=input_tokens, output_tokens=count_tokens(done))
                )

            for piece in _pieces(text):
                sent.append(piece)
                relay(on_delta, piece, so_far)
        usage = Usage(input_tokens=input_tokens, output_tokens=count_tokens(text))
        return ProviderReply(text=text, usage=usage, stop_reason="end_turn")
