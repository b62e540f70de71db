"""Is the learner writing in the language they are learning? Detected with lingua among the product's languages.

lingua runs in its high-accuracy mode, with models loaded lazily: learners' messages are short, and on short
sentences the low-accuracy mode (trigrams only) was confidently wrong ("Donde esta el baño" came out French at
0.95, "Me gusta mucho la musica" English at 0.64). The cost is memory: 150-170 MB of models once the first
Latin-script text is seen, against about 14 MB, and a first call of about 1 s to load them. Per call, both take
well under a millisecond on a 20-word message.

Learners' mistakes make their text look like a neighbouring language ("Reservé una mesa" scores Portuguese 0.35,
Spanish 0.29), so a text detected in another language still counts as on target while the target keeps at
least MISDETECTION_TOLERANCE of the confidence. When the other language is the learner's native one, the
target must also keep half of the native language's confidence: "I like la playa" (English 0.48, Spanish
0.23) is off target for an English speaker, on target for a French one.
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
    and for words in a script none of LANGUAGES uses, which are off target. `target` is one of LANGUAGES;
    `native` may be any ISO 639-1 code."""
    if tokens.count_words(text) < MIN_WORDS:
        return {"detected": None, "confidence": 0.0, "is_target": True}
    confidences = {
        value.language.iso_code_639_1.name.lower(): value.value
        for value in detector().compute_language_confidence_values(text)
    }
    detected = max(confidences, key=confidences.__getitem__)
    if confidences[detected] == 0:  # words, but in a script none of LANGUAGES is written in (Cyrillic, Greek...)
        return {"detected": None, "confidence": 0.0, "is_target": False}
    # Slipping into one's native language is the likeliest switch, so it takes less evidence to call it.
    needed = max(MISDETECTION_TOLERANCE, confidences[native] / 2) if detected == native else MISDETECTION_TOLERANCE
    is_target = detected == target or confidences[target] >= needed
    return {"detected": detected, "confidence": round(confidences[detected], 2), "is_target": is_target}


def detector() -> LanguageDetector:
    """The process's one detector, built on first use; lingua loads each language's models when first needed."""
    global _detector
    with _lock:
        if _detector is None:
            codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
            _detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        return _detector
