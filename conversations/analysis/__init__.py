"""Offline analysers of one learner message, for live feedback. Pure Python: no Django, no database, no network.

Each analyser takes the message text (and what it needs of the conversation) and returns plain JSON-ready
dicts and lists, so a caller can run them one by one, in ANALYSERS order, and push each result as it finishes:

- language: is the text in the target language (lingua)?
- spelling: misspelled words with offsets and suggestions (pyspellchecker and simplemma; de en es fr it pt);
- words: lemmas, word frequencies and CEFR-like bands (simplemma, wordfreq); also `words.uses()` for key words;
- fluency: typing speed, pauses and a 0-100 score from the browser's timing.

The data ships inside the packages. Each loads its per-language data on first use and keeps it for the life of
the process, so the first message in a language is slower (0.1-2 s) than the next ones (milliseconds).
"""

from conversations.analysis import fluency, language, spelling, words

ANALYSERS = ("language", "spelling", "words", "fluency")


def run(kind: str, *, text: str, target: str, native: str, timing: dict | None) -> dict:
    """The result of the analyser named `kind` (one of ANALYSERS) for a message written while learning
    `target`; raises ValueError for another name."""
    if kind == "language":
        return language.check(text, target=target, native=native)
    if kind == "spelling":
        return spelling.check(text, language=target)
    if kind == "words":
        return words.profile(text, language=target)
    if kind == "fluency":
        return fluency.metrics(timing or {}, text=text)
    raise ValueError(f"unknown analyser {kind!r}; expected one of {ANALYSERS}")
