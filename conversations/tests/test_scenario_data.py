"""The install data for the 25 built-in scenarios has the shape SPEC.md ("Scenarios") and the loader rely on."""

import ast
import re
from pathlib import Path

import pytest

from conversations import scenario_data
from conversations.scenario_data import CATEGORIES, LANGUAGES, SCENARIOS

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")

SCENARIO_KEYS = {
    "slug",
    "title",
    "category",
    "level_min",
    "level_max",
    "minutes",
    "learner_role",
    "tutor_role",
    "setting",
    "cultural_notes",
    "learning_goals",
    "phases",
}
PHASE_KEYS = {"name", "goal", "objectives", "success_criteria", "languages"}
LANGUAGE_KEYS = {"vocabulary", "phrases", "opening", "hint"}

# SPEC.md, "Scenarios", built-in catalogue: title, category, level, minutes, phases (in this order).
SPEC_SCENARIOS = [
    ("Booking a table and dining out", "restaurant", "A1–A2", 15, "reserve → arrive and sit → order → pay"),
    ("Checking into a hotel", "travel", "A2–B1", 12, "check in → room requests → local tips"),
    ("Buying clothes", "shopping", "A1–A2", 10, "browse and ask → try on → pay"),
    (
        "First meeting with foreign business partners",
        "business",
        "A2",
        15,
        "introductions → small talk → agenda → closing",
    ),
    ("Job interview", "business", "B1–B2", 20, "icebreaker → experience → competency questions → your questions"),
    (
        "Making friends at a party",
        "social",
        "A1–A2",
        12,
        "break the ice → shared interests → make plans → swap contacts",
    ),
    ("A cultural festival with a local guide", "social", "B1", 18, "overview → food → activities → reflection"),
    ("Seeing a doctor", "healthcare", "B1", 20, "symptoms → examination → diagnosis → treatment"),
    ("Calling emergency services", "emergency", "B2", 10, "the call → location → condition → instructions"),
    (
        "At the pharmacy",
        "daily life",
        "A1–A2",
        12,
        "pick up a prescription → instructions → over-the-counter options → pay",
    ),
    ("At the post office", "daily life", "A1–A2", 15, "send a parcel → options → stamps → pay"),
    ("Talking about sport", "hobbies", "A1–A2", 15, "favourite sports → recent games → predictions → own experience"),
    ("At the bank", "daily life", "B1", 18, "open an account → services → a transaction → security questions"),
    ("At the dentist", "healthcare", "A2", 15, "book → check-up → treatment → aftercare"),
    ("Meeting new neighbours", "social", "A1–A2", 12, "greet → the area → interests → contacts"),
    ("Departing from an airport", "travel", "B1", 20, "check-in and bags → security → gate → boarding"),
    ("Renting a car", "travel", "B1", 18, "booking → the car → insurance and contract → inspection and return"),
    ("Grocery shopping", "shopping", "A1–A2", 15, "find products → read labels → ask staff → checkout"),
    ("Buying electronics", "shopping", "B1", 18, "needs → specifications → warranty → purchase and delivery"),
    ("Reporting a theft to the police", "emergency", "B1", 15, "first report → details → questions → next steps"),
    ("Lost passport at the embassy", "emergency", "B2", 16, "report → embassy → replacement → prevention"),
    ("Joining a gym", "hobbies", "A2", 14, "membership → tour → getting started → etiquette"),
    ("At a concert", "hobbies", "A2", 13, "tickets → entry → refreshments → talk about the show"),
    ("Enrolling in an evening class", "education", "A2", 15, "enquiry → placement → registration → first day"),
    ("Parent–teacher meeting", "education", "B1", 16, "progress → challenges → plan → follow-up"),
]
SPEC_CATEGORIES = ("travel", "restaurant", "shopping", "business", "healthcare", "social", "emergency", "education")
SPEC_CATEGORIES += ("daily life", "hobbies")

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Quotation marks around the model phrase of a hint, per language.
HINT_QUOTES = {
    "es": re.compile(r"«[^«»]+»"),
    "fr": re.compile(r"« [^«»]+ »"),
    "de": re.compile(r"„[^„“]+“"),
    "it": re.compile(r"«[^«»]+»"),
    "pt": re.compile(r"«[^«»]+»"),
}
ARTICLES = {
    "es": ("el ", "la ", "los ", "las "),
    "fr": ("le ", "la ", "l'", "les "),
    "de": ("der ", "die ", "das "),
    "it": ("il ", "lo ", "la ", "l'", "i ", "gli ", "le "),
    "pt": ("o ", "a ", "os ", "as "),
}
# Place names and currencies that would tie a language-neutral setting to one country.
PLACE_NAMES = re.compile(
    r"\b(Spain|Spanish|Mexico|Madrid|Barcelona|France|French|Paris|Germany|German|Berlin|Munich|Austria|"
    r"Switzerland|Italy|Italian|Rome|Milan|Portugal|Portuguese|Lisbon|Brazil|Rio|dollars?|pounds?)\b"
)
# Common English words that should never appear in target-language text.
ENGLISH_WORDS = re.compile(r"\b(the|and|you|please|thank|with|what|where|would|is|are)\b", re.IGNORECASE)

SCENARIO_IDS = [scenario["slug"] for scenario in SCENARIOS]


def phase_names(arrows: str) -> list[str]:
    return arrows.split(" → ")


def levels(level: str) -> tuple[str, str]:
    low, _, high = level.partition("–")
    return low, high or low


def sentence_count(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def is_text(value) -> bool:
    return isinstance(value, str) and value.strip() == value != "" and "  " not in value and "\n" not in value


def assert_text_list(values, low: int, high: int, where: str):
    assert isinstance(values, list), where
    assert low <= len(values) <= high, (where, len(values))
    assert all(is_text(value) for value in values), where
    assert len({value.casefold() for value in values}) == len(values), (where, "duplicate")


def target_texts(language_data: dict) -> list[str]:
    return [*language_data["vocabulary"], *language_data["phrases"], language_data["opening"], language_data["hint"]]


def all_phases():
    for scenario in SCENARIOS:
        for phase in scenario["phases"]:
            yield scenario["slug"], phase


def test_scenario_data_imports_nothing_and_says_what_it_is():
    tree = ast.parse(Path(scenario_data.__file__).read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert imports == []
    docstring = ast.get_docstring(tree)
    assert "built-in scenarios" in docstring
    assert "slug" in docstring
    assert "European Portuguese" in docstring


def test_categories_and_languages():
    assert tuple(category.replace("_", " ") for category in CATEGORIES) == SPEC_CATEGORIES
    assert all(SLUG.match(category.replace("_", "-")) for category in CATEGORIES)
    assert LANGUAGES == ("es", "fr", "de", "it", "pt")


def test_the_25_spec_scenarios_in_spec_order():
    assert [scenario["title"] for scenario in SCENARIOS] == [row[0] for row in SPEC_SCENARIOS]
    assert len(SCENARIOS) == 25


def test_slugs_are_unique_and_slug_shaped():
    slugs = [scenario["slug"] for scenario in SCENARIOS]
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert SLUG.match(slug), slug
        assert len(slug) <= 50, slug


def test_every_category_is_used():
    assert {scenario["category"] for scenario in SCENARIOS} == set(CATEGORIES)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=SCENARIO_IDS)
def test_scenario_matches_its_spec_row(scenario):
    title, category, level, minutes, arrows = next(row for row in SPEC_SCENARIOS if row[0] == scenario["title"])
    assert set(scenario) == SCENARIO_KEYS
    assert scenario["category"] in CATEGORIES
    assert scenario["category"].replace("_", " ") == category
    assert (scenario["level_min"], scenario["level_max"]) == levels(level)
    assert LEVELS.index(scenario["level_min"]) <= LEVELS.index(scenario["level_max"])
    assert type(scenario["minutes"]) is int
    assert scenario["minutes"] == minutes
    names = [phase["name"] for phase in scenario["phases"]]
    assert [name.lower() for name in names] == phase_names(arrows)
    assert all(name[0].isupper() and name[1:] == name[1:].lower() for name in names), names
    assert 2 <= len(names) <= 6


@pytest.mark.parametrize("scenario", SCENARIOS, ids=SCENARIO_IDS)
def test_scenario_descriptions(scenario):
    for field in ("title", "learner_role", "tutor_role", "setting", "cultural_notes"):
        assert is_text(scenario[field]), field
    assert len(scenario["title"]) >= 3
    assert sentence_count(scenario["learner_role"]) == 1
    assert scenario["learner_role"].endswith(".")
    assert 1 <= sentence_count(scenario["tutor_role"]) <= 2
    assert 2 <= sentence_count(scenario["setting"]) <= 3
    assert 2 <= sentence_count(scenario["cultural_notes"]) <= 4
    assert not PLACE_NAMES.search(scenario["setting"]), scenario["setting"]
    assert not PLACE_NAMES.search(scenario["learner_role"] + " " + scenario["tutor_role"])
    assert_text_list(scenario["learning_goals"], 3, 4, "learning_goals")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=SCENARIO_IDS)
def test_phases_follow_the_builder_and_catalogue_rules(scenario):
    for phase in scenario["phases"]:
        where = (scenario["slug"], phase["name"])
        assert set(phase) == PHASE_KEYS, where
        assert is_text(phase["goal"]), where
        assert len(phase["goal"].split()) >= 3, where
        assert is_text(phase["success_criteria"]), where
        assert phase["success_criteria"].startswith("The learner "), where
        assert_text_list(phase["objectives"], 2, 4, f"{where} objectives")
        assert tuple(phase["languages"]) == LANGUAGES, where


@pytest.mark.parametrize("scenario", SCENARIOS, ids=SCENARIO_IDS)
def test_every_phase_has_vocabulary_and_phrases_in_every_language(scenario):
    for phase in scenario["phases"]:
        for language, data in phase["languages"].items():
            where = f"{scenario['slug']} / {phase['name']} / {language}"
            assert set(data) == LANGUAGE_KEYS, where
            assert_text_list(data["vocabulary"], 5, 8, f"{where} vocabulary")
            assert_text_list(data["phrases"], 4, 6, f"{where} phrases")
            assert len(data["phrases"]) >= 3, where  # the builder's own minimum
            assert is_text(data["opening"]), where
            assert is_text(data["hint"]), where
            assert data["opening"] != data["hint"], where
            assert HINT_QUOTES[language].search(data["hint"]), (where, data["hint"])


def test_vocabulary_items_are_base_forms_not_sentences():
    for slug, phase in all_phases():
        for language, data in phase["languages"].items():
            for word in data["vocabulary"]:
                assert not re.search(r"[.!?¿¡«»„“]$", word), (slug, language, word)
                assert len(word.split()) <= 4, (slug, language, word)


def test_german_nouns_are_capitalised_after_their_article():
    for slug, phase in all_phases():
        for word in phase["languages"]["de"]["vocabulary"]:
            if word.startswith(ARTICLES["de"]):
                assert word.split()[1][0].isupper(), (slug, word)


def test_every_language_has_nouns_with_articles_in_each_phase():
    for slug, phase in all_phases():
        for language, data in phase["languages"].items():
            with_article = [word for word in data["vocabulary"] if word.startswith(ARTICLES[language])]
            assert len(with_article) >= 2, (slug, phase["name"], language)


def test_spanish_questions_and_exclamations_open_with_inverted_marks():
    for slug, phase in all_phases():
        for text in target_texts(phase["languages"]["es"]):
            assert text.count("?") == text.count("¿"), (slug, text)
            assert text.count("!") == text.count("¡"), (slug, text)


def test_french_punctuation_is_spaced():
    for slug, phase in all_phases():
        for text in target_texts(phase["languages"]["fr"]):
            assert not re.search(r"\S[?!:;»]", text), (slug, text)
            assert not re.search(r"«\S", text), (slug, text)


def test_target_language_text_is_not_english():
    for slug, phase in all_phases():
        for language, data in phase["languages"].items():
            for text in target_texts(data):
                assert not ENGLISH_WORDS.search(text), (slug, language, text)
                assert "'" not in text or language in ("fr", "it"), (slug, language, text)


def test_languages_are_not_copied_between_each_other():
    for slug, phase in all_phases():
        phrases = [phrase for data in phase["languages"].values() for phrase in data["phrases"]]
        openings = [data["opening"] for data in phase["languages"].values()]
        assert len(set(phrases)) == len(phrases), (slug, phase["name"])
        assert len(set(openings)) == len(openings), (slug, phase["name"])


def test_openings_differ_between_phases_of_a_scenario():
    for scenario in SCENARIOS:
        for language in LANGUAGES:
            openings = [phase["languages"][language]["opening"] for phase in scenario["phases"]]
            assert len(set(openings)) == len(openings), (scenario["slug"], language)
