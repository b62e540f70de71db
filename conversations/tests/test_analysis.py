"""The offline analysers, against the real packages and their shipped data (no database, no fakes)."""

import json
import threading

import pytest

from conversations import analysis
from conversations.analysis import fluency, language, spelling, tokens, words

# language


def test_language_check_finds_the_target_language():
    assert language.check("Yo tengo un perro", target="es", native="en") == {
        "detected": "es",
        "confidence": 0.49,
        "is_target": True,
    }


def test_language_check_flags_the_native_language():
    assert language.check("I have a dog", target="es", native="en") == {
        "detected": "en",
        "confidence": 0.38,
        "is_target": False,
    }


def test_language_check_flags_a_third_language_that_leaves_the_target_no_chance():
    assert language.check("I have a dog", target="es", native="fr")["is_target"] is False


def test_language_check_is_stricter_about_the_native_language():
    # English 0.48, Spanish 0.23: a third language only needs Spanish at 0.2, the native one half of 0.48.
    assert language.check("I like la playa", target="es", native="en")["is_target"] is False
    assert language.check("I like la playa", target="es", native="fr")["is_target"] is True


def test_language_check_forgives_a_learner_text_that_looks_like_a_neighbour():
    # lingua rates this Portuguese 0.35 and Spanish 0.29: a Spanish learner's text, not a switch to Portuguese.
    assert language.check("Reservé una mesa", target="es", native="en") == {
        "detected": "pt",
        "confidence": 0.35,
        "is_target": True,
    }
    assert language.check("Reservé una mesa", target="es", native="pt")["is_target"] is True


def test_language_check_does_not_judge_a_single_word():
    assert language.check("Hola", target="fr", native="en") == {"detected": None, "confidence": 0.0, "is_target": True}


def test_language_check_detects_german_and_japanese():
    assert language.check("Ich habe einen Hund", target="de", native="en") == {
        "detected": "de",
        "confidence": 0.91,
        "is_target": True,
    }
    assert language.check("私は犬を飼っています", target="ja", native="en") == {
        "detected": "ja",
        "confidence": 1.0,
        "is_target": True,
    }


def test_language_check_flags_a_script_none_of_our_languages_uses():
    assert language.check("Привет, как дела?", target="es", native="en") == {
        "detected": None,
        "confidence": 0.0,
        "is_target": False,
    }


def test_language_detector_is_built_once_across_threads():
    found = []
    threads = [threading.Thread(target=lambda: found.append(language.detector())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(detector) for detector in found}) == 1
    assert language.detector() is found[0]


# spelling


def test_spelling_check_finds_a_misspelled_word_with_offsets_and_suggestion():
    assert spelling.check("Yo tengo un perrro", language="es") == {
        "supported": True,
        "misspelled": [{"word": "perrro", "start": 12, "end": 18, "suggestion": "perro"}],
    }


def test_spelling_check_accepts_inflected_forms_missing_from_pyspellcheckers_list():
    text = "Reservé una mesa, los perros comían y ella está cansada"  # "reservé" is too rare for the extension
    assert spelling.check(text, language="es") == {"supported": True, "misspelled": []}


def test_spelling_check_skips_proper_nouns_but_checks_a_sentence_start():
    assert spelling.check("Vivo en Getafe. Perrro malo.", language="es")["misspelled"] == [
        {"word": "Perrro", "start": 16, "end": 22, "suggestion": "Perro"}
    ]


def test_spelling_check_skips_acronyms_numbers_and_single_letters():
    assert spelling.check("La ONU tiene 193 países y 2abc", language="es")["misspelled"] == []
    assert spelling.check("Ich arbeite bei SGXT", language="de")["misspelled"] == []
    assert spelling.check("Prenez le plan b", language="fr")["misspelled"] == []  # "b" is in no French list


def test_spelling_check_checks_capitalised_german_nouns_anywhere():
    assert spelling.check("Ich habe einen Hnud", language="de")["misspelled"] == [
        {"word": "Hnud", "start": 15, "end": 19, "suggestion": "Hund"}
    ]


def test_spelling_check_handles_french_elisions():
    assert spelling.check("C'est l'homee, aujourd'hui, beacoup.", language="fr")["misspelled"] == [
        {"word": "l'homee", "start": 6, "end": 13, "suggestion": "l'homme"},
        {"word": "beacoup", "start": 28, "end": 35, "suggestion": "beaucoup"},
    ]


def test_spelling_check_suggests_inflected_forms():
    # Without the dictionary extended from wordfreq and simplemma, pyspellchecker suggests "tenesmo".
    assert spelling.check("Tenemso hambre", language="es")["misspelled"] == [
        {"word": "Tenemso", "start": 0, "end": 7, "suggestion": "Tenemos"}
    ]


def test_spelling_check_gives_no_suggestion_when_nothing_is_close():
    assert spelling.check("I recieve xqzwvbn", language="en")["misspelled"] == [
        {"word": "recieve", "start": 2, "end": 9, "suggestion": "receive"},
        {"word": "xqzwvbn", "start": 10, "end": 17, "suggestion": None},
    ]


def test_spelling_check_is_unsupported_for_japanese():
    assert spelling.check("私は犬を飼っています", language="ja") == {"supported": False, "misspelled": []}


def test_spelling_checker_is_cached_per_language():
    assert spelling.checker("en") is spelling.checker("en")
    assert spelling.checker("en") is not spelling.checker("es")


# words


def test_words_lemmas_are_lowercased_in_order_and_unique():
    assert words.lemmas("Los perros comían", language="es") == ["el", "perro", "comer"]
    assert words.lemmas("El perro y los perros", language="es") == ["el", "perro", "y"]
    assert words.lemmas("Die Hunde gingen nach Hause", language="de") == ["der", "hund", "gehen", "nach", "haus"]


def test_words_uses_finds_targets_in_any_inflected_form():
    assert words.uses("Reservé una mesa", language="es", targets=["reservar", "mesa", "cuenta"]) == ["reservar", "mesa"]
    assert words.uses("She went to the shops", language="en", targets=["buy", "shop", "go"]) == ["shop", "go"]


def test_words_uses_matches_a_phrase_only_as_a_contiguous_sequence():
    targets = ["hacer la compra", "hacer compra", "la cuenta"]
    assert words.uses("Ayer hice la compra", language="es", targets=targets) == ["hacer la compra"]


def test_words_profile_gives_lemma_frequency_and_band_per_word():
    assert words.profile("Los perros comían", language="es") == {
        "words": [
            {"word": "Los", "lemma": "el", "zipf": 7.45, "band": "A1"},
            {"word": "perros", "lemma": "perro", "zipf": 4.9, "band": "A2"},
            {"word": "comían", "lemma": "comer", "zipf": 5.09, "band": "A2"},
        ],
        "bands": {"A1": 1, "A2": 2, "B1": 0, "B2": 0, "C1": 0, "C2": 0, "unknown": 0},
        "unique_lemmas": 3,
        "level": "A2",
    }


def test_words_profile_leaves_typos_out_of_the_level():
    result = words.profile("Yo tengo un perrro", language="es")
    assert [(word["word"], word["zipf"], word["band"]) for word in result["words"]][-1] == ("perrro", 1.34, "unknown")
    assert result["level"] == "A1"


def test_words_profile_bands_sum_to_the_word_count():
    result = words.profile("Le chat mange une souris, puis il dort sous la table de la cuisine.", language="fr")
    assert sum(result["bands"].values()) == len(result["words"]) == 14
    assert result["bands"] == {"A1": 8, "A2": 2, "B1": 4, "B2": 0, "C1": 0, "C2": 0, "unknown": 0}
    assert result["level"] == "B1"


def test_words_profile_segments_japanese():
    result = words.profile("私は犬を飼っています", language="ja")
    assert [(word["word"], word["lemma"], word["band"]) for word in result["words"]] == [
        ("私", "私", "A1"),
        ("は", "は", "A1"),
        ("犬", "犬", "A2"),
        ("を", "を", "A1"),
        ("飼っ", "飼っ", "B2"),
        ("て", "て", "A1"),
        ("い", "い", "A1"),
        ("ます", "ます", "A1"),
    ]
    assert result["level"] == "B2"


def test_words_profile_of_an_empty_text():
    assert words.profile("", language="es") == {
        "words": [],
        "bands": {"A1": 0, "A2": 0, "B1": 0, "B2": 0, "C1": 0, "C2": 0, "unknown": 0},
        "unique_lemmas": 0,
        "level": None,
    }


@pytest.mark.parametrize(
    ("zipf", "expected"),
    [
        (7.0, "A1"),
        (5.5, "A1"),
        (5.49, "A2"),
        (4.8, "A2"),
        (4.2, "B1"),
        (3.6, "B2"),
        (3.0, "C1"),
        (2.99, "C2"),
        (0, "unknown"),
    ],
)
def test_words_band_thresholds(zipf, expected):
    assert words.band(zipf) == expected


# tokens


def test_tokens_words_keep_offsets_and_drop_numbers():
    text = "C'est-à-dire 3 chats, abc123 don’t"
    assert tokens.words(text, language="fr") == [
        ("C'est", 0, 5),
        ("à", 6, 7),
        ("dire", 8, 12),
        ("chats", 15, 20),
        ("don’t", 29, 34),
    ]


def test_tokens_words_segment_chinese_and_keep_latin_runs():
    assert [token.text for token in tokens.words("我有一只狗abc", language="zh")] == ["我", "有", "一只", "狗", "abc"]


def test_tokens_count_words_counts_each_han_or_kana_character():
    assert tokens.count_words("私は犬です") == 5
    assert tokens.count_words("I have 3 dogs, don't I?") == 5


# fluency


def test_fluency_metrics_from_real_timing():
    timing = {"typing_ms": 30_000, "keystrokes": 80, "pauses": 2, "longest_pause_ms": 4200, "deletions": 3}
    text = "Ayer fui al mercado y compré muchas frutas muy frescas"
    assert fluency.metrics(timing, text=text) == {
        "words": 10,
        "typing_seconds": 30.0,
        "wpm": 20.0,
        "pauses": 2,
        "longest_pause_seconds": 4.2,
        "self_corrections": 3,
        "score": 60,  # 100 × 20/30 × (1 − 0.5 × 2/10)
    }


def test_fluency_metrics_caps_speed_at_the_target():
    assert fluency.metrics({"typing_ms": 6000, "pauses": 0}, text="Hola amigo, ¿qué tal estás hoy?")["score"] == 100


def test_fluency_metrics_ignores_garbage():
    timing = {"typing_ms": "12000", "pauses": -1, "longest_pause_ms": float("nan"), "deletions": True}
    assert fluency.metrics(timing, text="Hola amigo") == {
        "words": 2,
        "typing_seconds": None,
        "wpm": None,
        "pauses": None,
        "longest_pause_seconds": None,
        "self_corrections": None,
        "score": None,
    }


def test_fluency_metrics_ignores_absurd_values_and_non_dict_timing():
    result = fluency.metrics({"typing_ms": 3_600_001, "pauses": 10_001, "deletions": 12.7}, text="Hola amigo")
    assert (result["typing_seconds"], result["pauses"], result["self_corrections"]) == (None, None, 12)
    assert fluency.metrics(["typing_ms", 1000], text="Hola amigo")["typing_seconds"] is None


def test_fluency_metrics_has_no_speed_for_pasted_text():
    result = fluency.metrics({"typing_ms": 500, "pauses": 0}, text="Ayer fui al mercado y compré muchas frutas")
    assert (result["typing_seconds"], result["wpm"], result["score"]) == (0.5, None, None)


def test_fluency_metrics_has_no_speed_without_time():
    result = fluency.metrics({"typing_ms": 0}, text="Hola amigo")
    assert (result["typing_seconds"], result["wpm"], result["score"]) == (0.0, None, None)


# the package


def test_run_dispatches_each_analyser_with_json_ready_results():
    timing = {"typing_ms": 8000, "pauses": 1}
    results = {
        kind: analysis.run(kind, text="Yo tengo un perrro", target="es", native="en", timing=timing)
        for kind in analysis.ANALYSERS
    }
    assert json.loads(json.dumps(results)) == results
    assert results["language"] == {"detected": "es", "confidence": 0.58, "is_target": True}
    assert results["spelling"]["misspelled"] == [{"word": "perrro", "start": 12, "end": 18, "suggestion": "perro"}]
    assert results["words"]["bands"]["A1"] == 3
    assert results["fluency"]["score"] == 88  # 4 words in 8 s is 30 wpm; 1 pause in 4 words takes off 12.5 %


def test_run_fluency_without_timing():
    assert analysis.run("fluency", text="Hola amigo", target="es", native="en", timing=None)["wpm"] is None


def test_run_rejects_an_unknown_analyser():
    with pytest.raises(ValueError, match="unknown analyser 'grammar'"):
        analysis.run("grammar", text="Hola", target="es", native="en", timing=None)
