"""Typing fluency of one message, from what the browser measured while the learner typed it.

The timing comes from the page and is untrusted: a value counts only when it is a number (not a bool), finite,
not negative and not absurd (LIMITS); anything else is treated as not measured. `keystrokes` is ignored:
IMEs and phone keyboards make its relation to the text's length meaningless.
"""

from conversations.analysis import tokens

LIMITS = {  # the largest believable value of each measure
    "typing_ms": 60 * 60 * 1000,
    "pauses": 10_000,
    "longest_pause_ms": 60 * 60 * 1000,
    "deletions": 100_000,
}
MAX_WPM = 250  # faster than the fastest typists: the text was pasted or dictated, so its speed says nothing
TARGET_WPM = 30  # a fluent learner's conversational typing speed, the same at every level
PAUSE_WEIGHT = 0.5  # the most that hesitating can take off the score


def metrics(timing: dict, *, text: str) -> dict:
    """Counts and rates for the message; each is None when what it needs was not measured.

    `words` counts as `tokens.count_words` (a Han or kana character is a word). `wpm` is words per minute of
    `typing_ms`, None without a typing time or above MAX_WPM. `self_corrections` is the number of deletions,
    reported but not scored: correcting oneself is a good habit.

        score = round(100 × min(wpm / TARGET_WPM, 1) × (1 − PAUSE_WEIGHT × min(pauses / words, 1)))

    so typing at 30 words a minute or faster without pausing scores 100, and a pause before every word
    halves the score. Missing pauses count as none; the score is None when wpm is.
    """
    if not isinstance(timing, dict):
        timing = {}
    values = {key: _clean(timing.get(key), limit) for key, limit in LIMITS.items()}
    words = tokens.count_words(text)
    typing_ms, pauses, longest_pause_ms = values["typing_ms"], values["pauses"], values["longest_pause_ms"]
    rate = words / (typing_ms / 60_000) if typing_ms and words else None
    wpm = score = None
    if rate is not None and rate <= MAX_WPM:
        wpm = round(rate, 1)
        hesitation = min((pauses or 0) / words, 1.0)
        score = round(100 * min(rate / TARGET_WPM, 1.0) * (1 - PAUSE_WEIGHT * hesitation))
    return {
        "words": words,
        "typing_seconds": None if typing_ms is None else round(typing_ms / 1000, 1),
        "wpm": wpm,
        "pauses": pauses,
        "longest_pause_seconds": None if longest_pause_ms is None else round(longest_pause_ms / 1000, 1),
        "self_corrections": values["deletions"],
        "score": score,
    }


def _clean(value: object, limit: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not 0 <= value <= limit:  # also False for NaN and infinities
        return None
    return int(value)
