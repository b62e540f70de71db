"""Misspelled words, found with pyspellchecker's dictionaries plus simplemma's inflected forms.

pyspellchecker's Spanish list is mostly lemmas ("perro" but not "perros", "está" or "comían"), so on its own it
would flag half of a beginner's verbs. A word is therefore correct when either pyspellchecker's dictionary or
simplemma's (which lists inflected forms) knows it, in lowercase. For suggestions, each checker's dictionary is
extended once with the words wordfreq finds common (Zipf ≥ 3) and simplemma knows, so "tenemso" suggests
"tenemos" rather than "tenesmo".

Which words are checked:
- words of two letters or more; numbers are no words (see tokens.py);
- not a word with a capital after its first letter ("USA", "iPhone"): acronyms and brand names;
- not a capitalised word inside a sentence, taken for a proper noun ("Yo vivo en Getafe"); a capital at the
  start of the text or after . ! ? … or a line break is just a sentence start. German capitalises every noun,
  so there capitalised words are checked wherever they stand.
A word with an apostrophe ("l'homme", "c'est") is correct when whole or when each of its parts of two
letters or more is.
"""

import re
import threading
import unicodedata

import simplemma
import wordfreq
from spellchecker import SpellChecker

from conversations.analysis import tokens

SUPPORTED = ("de", "en", "es", "fr", "it", "pt")
CAPITALISED_NOUNS = ("de",)
EXTEND_MIN_ZIPF = 3.0
TWO_EDITS_MAX_LENGTH = 8  # looking two edits away costs ~0.1-0.3 s a word; longer words get one edit only
SENTENCE_ENDS = ".!?…\n"
_BEFORE_SENTENCE = " \t\"'«»“”‘’¿¡([—–-"  # what may stand between a sentence end and its first word

_checkers: dict[str, SpellChecker] = {}
_lock = threading.Lock()


def check(text: str, *, language: str) -> dict:
    """The misspelled words of `text` with their offsets (`text[start:end] == word`) and a suggestion, or
    `{"supported": False, "misspelled": []}` for a language pyspellchecker has no dictionary for."""
    if language not in SUPPORTED:
        return {"supported": False, "misspelled": []}
    spell = checker(language)
    misspelled = []
    for token in tokens.words(text, language=language):
        if _checked(text, token, language) and not _known(token.text, spell, language):
            misspelled.append(
                {
                    "word": token.text,
                    "start": token.start,
                    "end": token.end,
                    "suggestion": _suggest(token.text, spell, language),
                }
            )
    return {"supported": True, "misspelled": misspelled}


def checker(language: str) -> SpellChecker:
    """The language's SpellChecker, built and extended once per process: about 1-2 s, most of it loading
    simplemma's and wordfreq's data for the language, which words.py then shares."""
    with _lock:
        if language not in _checkers:
            _checkers[language] = _build(language)
        return _checkers[language]


def _build(language: str) -> SpellChecker:
    spell = SpellChecker(language)
    frequency = spell.word_frequency
    extra = {}
    for index, bucket in enumerate(wordfreq.get_frequency_list(language)):  # bucket i holds words at -i centibels
        if wordfreq.cB_to_zipf(-index) < EXTEND_MIN_ZIPF:
            break
        for word in bucket:
            if word.isalpha() and word not in frequency and simplemma.is_known(word, language):
                extra[word] = max(1, round(wordfreq.cB_to_freq(-index) * frequency.total_words))
    frequency.load_json(extra)
    return spell


def _checked(text: str, token: tokens.Token, language: str) -> bool:
    word = token.text
    if len(word) < 2 or any(char.isupper() for char in word[1:]):
        return False
    return not word[0].isupper() or language in CAPITALISED_NOUNS or _starts_sentence(text, token.start)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_BEFORE_SENTENCE)
    return not before or before[-1] in SENTENCE_ENDS


def _known(word: str, spell: SpellChecker, language: str) -> bool:
    plain = word.replace("’", "'")
    if _known_part(plain, spell, language):
        return True
    return "'" in plain and all(_known_part(part, spell, language) for part in plain.split("'") if len(part) > 1)


def _known_part(part: str, spell: SpellChecker, language: str) -> bool:
    lower = part.lower()
    return lower in spell or simplemma.is_known(lower, language)


def _suggest(word: str, spell: SpellChecker, language: str) -> str | None:
    """The best correction of each unknown part (one edit away if any, else two for short parts), rebuilt with
    the written apostrophes and initial capital; None when some part has no candidate."""
    pieces = re.split("(['’])", word)
    for index, piece in enumerate(pieces):
        if len(piece) < 2 or _known_part(piece, spell, language):
            continue
        correction = _correction(piece.lower(), spell)
        if correction is None:
            return None
        pieces[index] = correction[0].upper() + correction[1:] if piece[0].isupper() else correction
    return "".join(pieces)


def _correction(word: str, spell: SpellChecker) -> str | None:
    candidates = spell.known(spell.edit_distance_1(word))
    if not candidates and len(word) <= TWO_EDITS_MAX_LENGTH:
        candidates = spell.candidates(word) or set()
        candidates.discard(word)
    if not candidates:
        return None
    # As pyspellchecker's own correction(): a candidate that differs only in accents wins, then the commonest.
    bare = _without_accents(word)
    return max(sorted(candidates), key=lambda c: (_without_accents(c) == bare, spell.word_usage_frequency(c)))


def _without_accents(word: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))
