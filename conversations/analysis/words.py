"""Vocabulary of a message: lemmas, word frequencies and a CEFR-like band for each word.

Frequencies are wordfreq's Zipf scale (log10 of occurrences per billion words: 7 for "the", 3 for a word met
once in a million). A word's band comes from the higher of its own and its lemma's Zipf value, so an inflected
form is as easy as its lemma ("comían" counts as "comer") and a wrong lemma cannot make a common word rare.
A word wordfreq has never seen (Zipf 0: a misspelling, a name or a very rare word) gets the band "unknown"
rather than "C2", so that a beginner's typos do not raise their level; so does a word rarer than C1 that
simplemma's dictionary does not know either, because wordfreq's long tail is full of typos ("perrro" 1.34).
"""

import simplemma
import wordfreq

from conversations.analysis import tokens

# (band, lowest Zipf value in it), from the most to the least frequent words.
BANDS = (("A1", 5.5), ("A2", 4.8), ("B1", 4.2), ("B2", 3.6), ("C1", 3.0), ("C2", 0.0))
UNKNOWN = "unknown"
LEVEL_COVERAGE = 0.90  # the level is the lowest band that covers this share of the known words

LEMMATIZED = ("de", "en", "es", "fr", "it", "pt")  # ours that simplemma has dictionaries for


def profile(text: str, *, language: str) -> dict:
    """Each word with its lemma, Zipf frequency and band; the count of words per band (summing to the number of
    words); the number of distinct lemmas; and the level: the lowest band such that at least 90 % of the known
    words (those not "unknown") are in it or an easier one, or None when no word is known."""
    found = []
    for token in tokens.words(text, language=language):
        lemma = _lemma(token.text, language)
        zipf = max(_zipf(token.text, language), _zipf(lemma, language))
        name = band(zipf)
        if name == "C2" and language in LEMMATIZED and not simplemma.is_known(token.text, language):
            name = UNKNOWN
        found.append({"word": token.text, "lemma": lemma, "zipf": zipf, "band": name})
    counts = {name: 0 for name, _ in BANDS} | {UNKNOWN: 0}
    for word in found:
        counts[word["band"]] += 1
    return {
        "words": found,
        "bands": counts,
        "unique_lemmas": len({word["lemma"] for word in found}),
        "level": _level(counts),
    }


def band(zipf: float) -> str:
    if zipf <= 0:
        return UNKNOWN
    return next(name for name, lowest in BANDS if zipf >= lowest)


def lemmas(text: str, *, language: str) -> list[str]:
    """The lowercased lemmas of the text's words, in order of first use, each once."""
    return list(dict.fromkeys(_lemma_sequence(text, language)))


def uses(text: str, *, language: str, targets: list[str]) -> list[str]:
    """The targets (words or phrases, as given) that the text uses in any inflected form: a target is used
    when its sequence of lemmas occurs, contiguous and in order, in the text's sequence of lemmas."""
    said = _lemma_sequence(text, language)
    used = []
    for target in targets:
        wanted = _lemma_sequence(target, language)
        if wanted and target not in used and _contains(said, wanted):
            used.append(target)
    return used


# Key words are listed with their definite article ("la mesa"), which a learner saying "una mesa" leaves out.
ARTICLES = {
    "es": ("el ", "la ", "los ", "las "),
    "fr": ("le ", "la ", "l'", "les "),
    "de": ("der ", "die ", "das "),
    "it": ("il ", "lo ", "la ", "l'", "i ", "gli ", "le "),
    "pt": ("o ", "a ", "os ", "as "),
}


def uses_key_words(text: str, *, language: str, targets: list[str]) -> list[str]:
    """Like `uses`, but a noun listed with its definite article counts without it (or with another article)."""
    bare = {}
    for target in targets:
        lowered = target.lower()
        article = next((a for a in ARTICLES.get(language, ()) if lowered.startswith(a) and len(lowered) > len(a)), "")
        bare[target] = target[len(article) :]
    found = set(uses(text, language=language, targets=list(bare.values())))
    return [target for target in targets if bare[target] in found]


def _lemma_sequence(text: str, language: str) -> list[str]:
    return [_lemma(token.text, language) for token in tokens.words(text, language=language)]


def _lemma(word: str, language: str) -> str:
    if language not in LEMMATIZED:
        return word.lower()
    return simplemma.lemmatize(word, lang=language).lower()


def _zipf(word: str, language: str) -> float:
    if language in tokens.SEGMENTED:
        # wordfreq.zipf_frequency would segment the word again, which needs MeCab or jieba.
        freq = wordfreq.get_frequency_dict(language).get(word)
        return round(wordfreq.freq_to_zipf(freq), 2) if freq else 0.0
    return wordfreq.zipf_frequency(word, language)


def _contains(sequence: list[str], part: list[str]) -> bool:
    return any(sequence[i : i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


def _level(counts: dict[str, int]) -> str | None:
    known = sum(counts[name] for name, _ in BANDS)
    covered = 0
    for name, _ in BANDS:
        covered += counts[name]
        if known and covered >= LEVEL_COVERAGE * known:
            return name
    return None
