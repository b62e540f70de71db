"""The install data for tutor modes and personas has the shape the loader and the admin rely on."""

import ast
import re
import string
from pathlib import Path

import pytest

from conversations import catalogue_data
from conversations.catalogue_data import LANGUAGES, LEVELS, PERSONAS, TUTOR_MODES

MODE_KEYS = {
    "slug",
    "name",
    "description",
    "corrections",
    "needs_topic",
    "topic_label",
    "topic_examples",
    "experimental",
    "sort_order",
    "system_prompt",
    "level_adjustments",
    "starters",
}
PERSONA_KEYS = {"slug", "name", "description", "traits", "best_for", "prompt", "is_default", "sort_order"}

# SPEC.md, "Tutor modes": slug -> (corrections, topic label or "" when the mode needs no topic)
SPEC_MODES = {
    "free-talk": ("light", ""),
    "job-interview": ("moderate", "Field"),
    "negotiation": ("strict", "Situation"),
    "teacher": ("moderate", "Topic"),
    "vocabulary-builder": ("moderate", "Theme"),
    "open-session": ("moderate", "Your topic"),
}
SPEC_PERSONAS = {"encouraging-coach", "friendly-partner", "guiding-challenger", "expert-scholar", "creative-mentor"}

SAMPLE = {"language": "Spanish", "topic": "travel"}

HIRAGANA_KATAKANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Common characters whose simplified form differs: none may appear in Mandarin written in simplified characters.
TRADITIONAL_ONLY = set("們這說話麼個會學嗎語詞請來為時東國長開關對點題錢買賣讓還沒幾後現問間")

MODES_BY_SLUG = {mode["slug"]: mode for mode in TUTOR_MODES}
MODE_IDS = [mode["slug"] for mode in TUTOR_MODES]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def sentence_count(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def all_mode_texts(mode: dict) -> list[str]:
    return [mode["system_prompt"], *(s for starters in mode["starters"].values() for s in starters)]


def test_catalogue_data_imports_nothing():
    tree = ast.parse(Path(catalogue_data.__file__).read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert imports == []
    assert "TutorMode" in ast.get_docstring(tree)
    assert "Persona" in ast.get_docstring(tree)


def test_languages_and_levels_match_the_spec():
    assert LANGUAGES == ("es", "fr", "de", "it", "pt", "en", "ja", "zh", "ko")
    assert LEVELS == ("A1", "A2", "B1", "B2", "C1", "C2")


def test_tutor_modes_are_the_six_of_the_spec_in_order():
    assert [mode["slug"] for mode in TUTOR_MODES] == list(SPEC_MODES)
    assert [mode["sort_order"] for mode in TUTOR_MODES] == [1, 2, 3, 4, 5, 6]
    assert len({mode["name"] for mode in TUTOR_MODES}) == 6


@pytest.mark.parametrize("slug", MODE_IDS)
def test_tutor_mode_has_exactly_the_expected_fields(slug):
    mode = MODES_BY_SLUG[slug]
    assert set(mode) == MODE_KEYS
    for field in ("slug", "name", "description", "system_prompt"):
        assert isinstance(mode[field], str)
        assert mode[field].strip() == mode[field] != ""
    assert isinstance(mode["sort_order"], int)
    assert mode["experimental"] is False
    assert "\n" not in mode["description"]


@pytest.mark.parametrize("slug", MODE_IDS)
def test_tutor_mode_corrections_and_topic_follow_the_spec(slug):
    mode = MODES_BY_SLUG[slug]
    corrections, topic_label = SPEC_MODES[slug]
    assert mode["corrections"] == corrections
    assert mode["topic_label"] == topic_label
    assert mode["needs_topic"] is bool(topic_label)
    if mode["needs_topic"]:
        examples = mode["topic_examples"]
        assert len(examples) == 3
        assert len(set(examples)) == 3
        assert all(isinstance(e, str) and e.strip() == e != "" for e in examples)
    else:
        assert mode["topic_examples"] == []


@pytest.mark.parametrize("slug", MODE_IDS)
def test_system_prompt_length_and_rules(slug):
    words = MODES_BY_SLUG[slug]["system_prompt"].split()
    assert 120 <= len(words) <= 250
    prompt = " ".join(words).lower()  # the prompts are wrapped: compare phrases across line breaks
    assert "{language}" in prompt
    assert "one question" in prompt
    assert "2-4 sentences" in prompt
    assert "stay in role" in prompt
    assert "produced separately" in prompt
    assert "native language" in prompt
    if slug == "teacher":
        assert "explain rules" in prompt
    else:
        assert "reply only in {language}" in prompt
        assert "never correct the learner" in prompt


@pytest.mark.parametrize("slug", MODE_IDS)
def test_topic_placeholder_only_in_modes_that_need_a_topic(slug):
    mode = MODES_BY_SLUG[slug]
    used = set().union(*(placeholders(text) for text in all_mode_texts(mode)))
    if mode["needs_topic"]:
        assert used == {"language", "topic"}
        assert "{topic}" in mode["system_prompt"]
        for language in LANGUAGES:
            assert any("{topic}" in starter for starter in mode["starters"][language]), language
    else:
        assert used == {"language"}


@pytest.mark.parametrize("slug", MODE_IDS)
def test_every_prompt_and_starter_formats(slug):
    for text in all_mode_texts(MODES_BY_SLUG[slug]):
        filled = text.format(**SAMPLE)
        assert "{" not in filled
        assert "}" not in filled


@pytest.mark.parametrize("slug", MODE_IDS)
def test_level_adjustments_cover_every_level_and_differ(slug):
    adjustments = MODES_BY_SLUG[slug]["level_adjustments"]
    assert tuple(adjustments) == LEVELS
    assert len(set(adjustments.values())) == len(LEVELS)
    for level, text in adjustments.items():
        assert text.strip() == text != "", level
        assert 1 <= sentence_count(text) <= 3, level
        assert placeholders(text) == set(), level
    assert "native language" in adjustments["A1"]
    for level in ("C1", "C2"):
        assert "target language" in adjustments[level]
        assert "native language" not in adjustments[level]


@pytest.mark.parametrize("slug", MODE_IDS)
def test_starters_cover_every_language_with_six_distinct_lines(slug):
    starters = MODES_BY_SLUG[slug]["starters"]
    assert tuple(starters) == LANGUAGES
    for language, lines in starters.items():
        assert isinstance(lines, list), language
        assert len(lines) >= 6, language
        assert len(set(lines)) == len(lines), language
        assert all(isinstance(line, str) and line.strip() == line != "" for line in lines), language


@pytest.mark.parametrize("slug", MODE_IDS)
def test_starters_are_written_in_their_language_script(slug):
    starters = MODES_BY_SLUG[slug]["starters"]
    for line in starters["ja"]:
        assert HIRAGANA_KATAKANA.search(line), line
        assert not HANGUL.search(line), line
    for line in starters["zh"]:
        assert HAN.search(line), line
        assert not HIRAGANA_KATAKANA.search(line), line
        assert not HANGUL.search(line), line
        assert not TRADITIONAL_ONLY & set(line), line
    for line in starters["ko"]:
        assert HANGUL.search(line), line
        assert not HIRAGANA_KATAKANA.search(line), line
        assert not HAN.search(line), line
    for language in ("es", "fr", "de", "it", "pt", "en"):
        for line in starters[language]:
            assert re.search(r"[A-Za-z]", line), line
            assert not (HAN.search(line) or HIRAGANA_KATAKANA.search(line) or HANGUL.search(line)), line


def test_starters_are_not_copied_between_languages():
    for mode in TUTOR_MODES:
        lines = [line for starters in mode["starters"].values() for line in starters]
        assert len(set(lines)) == len(lines), mode["slug"]


def test_personas_are_the_five_of_the_spec():
    slugs = [persona["slug"] for persona in PERSONAS]
    assert len(slugs) == len(set(slugs))
    assert set(slugs) == SPEC_PERSONAS
    assert sorted(persona["sort_order"] for persona in PERSONAS) == [1, 2, 3, 4, 5]
    assert len({persona["name"] for persona in PERSONAS}) == 5


def test_exactly_one_default_persona_the_friendly_partner():
    defaults = [persona["slug"] for persona in PERSONAS if persona["is_default"] is True]
    assert defaults == ["friendly-partner"]
    assert all(persona["is_default"] in (True, False) for persona in PERSONAS)
    assert next(p for p in PERSONAS if p["slug"] == "friendly-partner")["name"] == "Friendly conversation partner"


@pytest.mark.parametrize("persona", PERSONAS, ids=[persona["slug"] for persona in PERSONAS])
def test_persona_fields(persona):
    assert set(persona) == PERSONA_KEYS
    for field in ("name", "description", "best_for", "prompt"):
        assert isinstance(persona[field], str)
        assert persona[field].strip() == persona[field] != ""
    traits = persona["traits"]
    assert len(traits) == 3
    assert len(set(traits)) == 3
    assert all(isinstance(t, str) and t.strip() == t != "" for t in traits)
    prompt = persona["prompt"]
    assert prompt.startswith("You are ")
    assert 40 <= len(prompt.split()) <= 90
    assert placeholders(prompt) == set()
    assert prompt.format(**SAMPLE) == prompt
