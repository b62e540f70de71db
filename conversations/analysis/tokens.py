"""Word tokens with their character offsets, shared by the analysers.

A word is a run of letters, with inner apostrophes kept ("don't", "l'homme", "aujourd'hui") and hyphens
splitting ("c'est-à-dire" is four words). A token holding a digit or an underscore is no word: numbers are
neither misspelled nor part of a vocabulary level.

Japanese, Chinese and Korean runs are segmented into the most likely sequence of words in wordfreq's own word
list (a unigram model). wordfreq.tokenize would do better, but it needs MeCab (ja, ko) or jieba (zh), which
are not installed; its word lists were cut by those same tools, so their words are the units we look up.
"""

import math
import re
from typing import NamedTuple

import wordfreq

SEGMENTED = ("ja", "zh", "ko")
LONGEST_CJK_WORD = 8  # characters
UNLISTED_CHAR_LOG10 = -10.0  # an unlisted character stands alone, as less likely than any listed word

# Han, the 々 and 〆 marks, hiragana, katakana (without the ・ middle dot) and half-width katakana.
HAN_KANA = "\u3005\u3006\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_NOT_A_WORD = re.compile(r"[\d_]")
_HAN_KANA_CHAR = re.compile(f"[{HAN_KANA}]")
_SCRIPT_RUN = {
    "ja": re.compile(f"([{HAN_KANA}]+)"),
    "zh": re.compile(f"([{HAN_KANA}]+)"),
    "ko": re.compile(f"([{HANGUL}]+)"),
}


class Token(NamedTuple):
    text: str
    start: int
    end: int


def words(text: str, *, language: str) -> list[Token]:
    """The words of `text` in order, each with offsets such that `text[start:end] == word`."""
    found = []
    for match in _WORD.finditer(text):
        if language in SEGMENTED:
            candidates = _segment(match.group(), match.start(), language)
        else:
            candidates = [Token(match.group(), match.start(), match.end())]
        found.extend(token for token in candidates if not _NOT_A_WORD.search(token.text))
    return found


def count_words(text: str) -> int:
    """Words in any language, without knowing which: each Han or kana character counts as one word (the usual
    count for Chinese and Japanese, which have no spaces), every other word as in `words()`."""
    spaced = _HAN_KANA_CHAR.sub(" ", text)
    return len(_HAN_KANA_CHAR.findall(text)) + sum(1 for m in _WORD.finditer(spaced) if not _NOT_A_WORD.search(m[0]))


def _segment(word: str, offset: int, language: str) -> list[Token]:
    tokens = []
    # Splitting on a captured group alternates: other script, segmented script, other script, ...
    for index, part in enumerate(_SCRIPT_RUN[language].split(word)):
        if not part:
            continue
        for piece in _most_likely(part, wordfreq.get_frequency_dict(language)) if index % 2 else [part]:
            tokens.append(Token(piece, offset, offset + len(piece)))
            offset += len(piece)
    return tokens


def _most_likely(run: str, known: dict[str, float]) -> list[str]:
    """Viterbi over a unigram model: the split whose words' frequencies have the highest product."""
    best = [(0.0, 0)] + [(-math.inf, 0)] * len(run)  # (log10 probability of run[:i], length of its last word)
    for end in range(1, len(run) + 1):
        for length in range(1, min(LONGEST_CJK_WORD, end) + 1):
            freq = known.get(run[end - length : end])
            if freq is None and length > 1:
                continue
            score = best[end - length][0] + (math.log10(freq) if freq else UNLISTED_CHAR_LOG10)
            if score > best[end][0]:
                best[end] = (score, length)
    pieces, end = [], len(run)
    while end:
        pieces.append(run[end - best[end][1] : end])
        end -= best[end][1]
    return pieces[::-1]
