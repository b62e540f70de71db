"""Is the learner writing in the language they are learning? Detected with lingua among the product's languages.

lingua runs in its high-accuracy mode, with models loaded lazily: learners' messages are short, and on short
sentences the low-accuracy mode (trigrams only) was confidently wrong ("Donde esta el baño" came out French at
0.95, "Me gusta mucho la musica" English at 0.64). The cost is memory: about 150 MB of models once the first
Latin-script text is seen, against about 14 MB, and a first call of about 1.2 s to load them.

Learners' mistakes make their text look like a neighbouring language ("Reservé una mesa" scores Portuguese 0.35,
Spanish 0.29), so a text is only called off target when it is in the learner's native language, or when the
target language gets less than MISDETECTION_TOLERANCE of the confidence.
"""

import threading

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from conversations.analysis import tokens

LANGUAGES = ("es", "fr", "de", "it", "pt", "en", "ja", "zh", "ko")
MIN_WORDS = 2  # a single word ("Hola", "OK", "Danke") says nothing reliable about the language
MISDETECTION_TOLERANCE = 0.2

_detector: LanguageDetector | None = None
_lock = threading.Lock()


def check(text: str, *, target: str, native: str) -> dict:
    """`detected` is the likeliest of LANGUAGES, `confidence` lingua's confidence in it (0 to 1, the languages'
    values summing to 1) and `is_target` whether the text counts as written in `target`. `detected` is None
    for a text of fewer than MIN_WORDS words, which counts as on target (too short to tell, so no nagging),
    and for words in a script none of LANGUAGES uses, which are off target."""
    if tokens.count_words(text) < MIN_WORDS:
        return {"detected": None, "confidence": 0.0, "is_target": True}
    confidences = {
        value.language.iso_code_639_1.name.lower(): value.value
        for value in detector().compute_language_confidence_values(text)
    }
    detected = max(confidences, key=confidences.__getitem__)
    if confidences[detected] == 0:  # words, but in a script none of LANGUAGES is written in (Cyrillic, Greek...)
        return {"detected": None, "confidence": 0.0, "is_target": False}
    is_target = detected == target or (detected != native and confidences.get(target, 0.0) >= MISDETECTION_TOLERANCE)
    return {"detected": detected, "confidence": round(confidences[detected], 2), "is_target": is_target}


def detector() -> LanguageDetector:
    """The process's one detector, built on first use; lingua loads each language's models when first needed."""
    global _detector
    with _lock:
        if _detector is None:
            codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
            _detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        return _detector
