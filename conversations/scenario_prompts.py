"""What the model is told in a role-play: the tutor's role and the phase's goal (the system prompt of a scenario
conversation), the objectives verdict (structured JSON, the analysis use case) and the words of a language the
built-ins do not carry (structured JSON, the content use case). Only text is built here."""

from django.conf.locale import LANG_INFO

from admin_tools.gateway.types import ChatRequest
from admin_tools.gateway.types import Message as ChatMessage
from conversations.analysis import words as analysis_words
from conversations.scenario_models import Phase, PhaseLanguage, Play, Scenario

VERDICT_SCHEMA = {
    "type": "object",
    "properties": {
        "objectives_met": {
            "type": "array",
            "items": {"type": "integer", "minimum": 0},
            "description": "0-based indices of the objectives the learner has met so far in this phase",
        },
        "phase_complete": {"type": "boolean", "description": "the phase's success criteria are met"},
    },
    "required": ["objectives_met", "phase_complete"],
}
WORDS_SCHEMA = {
    "type": "object",
    "properties": {
        "phases": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "vocabulary": {"type": "array", "items": {"type": "string"}},
                    "phrases": {"type": "array", "items": {"type": "string"}},
                    "opening": {"type": "string"},
                    "hint": {"type": "string"},
                },
                "required": ["vocabulary", "phrases", "opening", "hint"],
            },
        }
    },
    "required": ["phases"],
}


def _name(code: str) -> str:
    return LANG_INFO.get(code, {}).get("name", code)


def system_prompt(play: Play, *, phase: Phase, words: PhaseLanguage, learner_name: str) -> str:
    scenario, language = play.scenario, _name(play.language)
    objectives = "; ".join(phase.objectives)
    return "\n\n".join(
        part
        for part in (
            f"You are playing a role in a language-practice role-play in {language}. Stay in your role and speak "
            f"only {language}, at the learner's level ({play.conversation.level}): short turns, one question at a "
            "time, and never write the learner's lines for them.",
            f"Scenario: {scenario.title}. Setting: {scenario.setting}",
            f"Your role: {scenario.tutor_role}\nThe learner's role ({learner_name}): {scenario.learner_role}",
            f"Current phase {play.phase_index + 1} of {scenario.phases.count()}: {phase.name}. Goal: {phase.goal}",
            f"Lead the learner towards these objectives: {objectives}. Success: {phase.success_criteria}",
            f"Key words to draw out: {', '.join(words.vocabulary)}. Useful phrases: {' | '.join(words.phrases)}",
            f"Cultural notes you may weave in: {scenario.cultural_notes}" if scenario.cultural_notes else "",
        )
        if part
    )


def reply_parts(play: Play, *, learner_name: str, last_text: str) -> tuple[str, dict]:
    """The system prompt of a scenario turn, and the script the offline tutor plays it from."""
    phase = play.phase
    words = play.words(phase)
    recognised = (
        analysis_words.uses_key_words(last_text, language=play.language, targets=words.targets) if last_text else []
    )
    system = system_prompt(play, phase=phase, words=words, learner_name=learner_name)
    return system, {"opening": words.opening, "hint": words.hint, "recognised": recognised}


def verdict_request(play: Play, *, phase: Phase, transcript: list[tuple[str, str]]) -> ChatRequest:
    objectives = "\n".join(f"{index}. {text}" for index, text in enumerate(phase.objectives))
    lines = "\n".join(f"{'Learner' if role == 'user' else 'Tutor'}: {text}" for role, text in transcript)
    return ChatRequest(
        system=(
            "You judge a language learner's progress in one phase of a role-play. From the transcript, say which "
            "objectives the learner (not the tutor) has clearly met so far, by index, and whether the phase's "
            "success criteria are met. Be fair but do not count what the learner only attempted off-topic."
        ),
        messages=(
            ChatMessage(
                role="user",
                content=(
                    f"Phase: {phase.name}. Goal: {phase.goal}\nObjectives:\n{objectives}\n"
                    f"Success criteria: {phase.success_criteria}\n\nTranscript:\n{lines}"
                ),
            ),
        ),
        max_tokens=200,
        json_schema=VERDICT_SCHEMA,
        language=play.language,
        level=play.conversation.level,
    )


def words_request(scenario: Scenario, *, language: str, phases: list[Phase]) -> ChatRequest:
    listed = "\n".join(
        f"{index + 1}. {phase.name}: {phase.goal} Objectives: {'; '.join(phase.objectives)}"
        for index, phase in enumerate(phases)
    )
    return ChatRequest(
        system=(
            f"You write material for a {_name(language)} role-play for learners at {scenario.level_range}. For each "
            "phase, in order, give 5-8 key words in their base form, 4-6 essential phrases at that level, the "
            "opening line the tutor says in role, and a one-line hint for a stuck learner that quotes a model "
            f"phrase. Everything in {_name(language)}."
        ),
        messages=(
            ChatMessage(
                role="user",
                content=f"Scenario: {scenario.title}\nSetting: {scenario.setting}\n"
                f"Tutor's role: {scenario.tutor_role}\nPhases:\n{listed}",
            ),
        ),
        max_tokens=3000,
        json_schema=WORDS_SCHEMA,
        language=language,
    )
