"""Replay a review history and score how well each model predicts recall (pure: no Django, no DB).

Each card's reviews are replayed in time order. Before every review that comes at least a day after the
card's previous one, each model predicts the probability of recall; the review's grade says what happened
(Again = forgotten, anything else = recalled). Same-day reviews (learning steps) update the models but are
not scored, as in the srs-benchmark: a day-scale memory model is not meant to predict them.

- FSRS: our scheduling module (the `fsrs` package, default parameters, no fuzz).
- SM-2: the classic SuperMemo 2 intervals (1, 6, then interval × ease), with an exponential forgetting
  curve that puts recall at 90 % when the interval ends: p = 0.9 ** (elapsed / interval).
- Average: the running share of recalled reviews among those scored before (starting from 1/2).
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from spaced_repetition import scheduling

MODELS = ("FSRS", "SM-2", "Average")
BINS = 20


@dataclass(frozen=True)
class Review:
    card_id: str
    rating: int
    reviewed_at: datetime


@dataclass
class _Sm2:
    repetitions: int = 0
    interval: float = 0.0
    ease: float = 2.5

    def review(self, rating: int) -> None:
        quality = rating + 1  # Again 2, Hard 3, Good 4, Easy 5 on SM-2's 0–5 scale: only Again fails
        if quality < 3:
            self.repetitions, self.interval = 0, 1.0
        else:
            self.interval = (
                1.0 if self.repetitions == 0 else 6.0 if self.repetitions == 1 else self.interval * self.ease
            )
            self.repetitions += 1
        self.ease = max(1.3, self.ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))

    def recall(self, elapsed_days: float) -> float:
        return 0.9 ** (elapsed_days / self.interval)


@dataclass
class _Card:
    fsrs: scheduling.CardState = field(default_factory=scheduling.CardState)
    sm2: _Sm2 = field(default_factory=_Sm2)
    last_review: datetime | None = None


@dataclass(frozen=True)
class Scores:
    model: str
    log_loss: float
    rmse_bins: float
    auc: float


def predictions(reviews: Iterable[Review]) -> tuple[list[int], dict[str, list[float]]]:
    """Replay the reviews; return what happened at each scored review and what each model predicted."""
    cards: dict[str, _Card] = {}
    outcomes: list[int] = []
    predicted: dict[str, list[float]] = {model: [] for model in MODELS}
    recalled = 0
    for review in sorted(reviews, key=lambda r: (r.reviewed_at, r.card_id)):
        card = cards.setdefault(review.card_id, _Card())
        outcome = int(review.rating > scheduling.AGAIN)
        long_term = card.last_review is not None and (review.reviewed_at - card.last_review).days >= 1
        if long_term:
            elapsed = (review.reviewed_at - card.last_review).total_seconds() / 86400
            predicted["FSRS"].append(scheduling.retrievability(card.fsrs, review.reviewed_at))
            predicted["SM-2"].append(card.sm2.recall(elapsed))
            predicted["Average"].append((recalled + 0.5) / (len(outcomes) + 1))
            outcomes.append(outcome)
            recalled += outcome
        card.fsrs, _ = scheduling.review(card.fsrs, review.rating, review.reviewed_at, fuzz=False)
        if card.last_review is None or long_term:
            card.sm2.review(review.rating)
        card.last_review = review.reviewed_at
    return outcomes, predicted


def log_loss(outcomes: list[int], probabilities: list[float]) -> float:
    eps = 1e-7
    total = 0.0
    for y, p in zip(outcomes, probabilities, strict=True):
        p = min(max(p, eps), 1 - eps)
        total -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return total / len(outcomes)


def rmse_bins(outcomes: list[int], probabilities: list[float], bins: int = BINS) -> float:
    """Calibration error: predictions grouped in equal-width probability bins; the root of the size-weighted
    mean squared gap between each bin's mean prediction and its observed recall rate."""
    sums: dict[int, list[float]] = {}
    for y, p in zip(outcomes, probabilities, strict=True):
        entry = sums.setdefault(min(int(p * bins), bins - 1), [0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += p
        entry[2] += y
    squared = sum(n * (p_sum / n - y_sum / n) ** 2 for n, p_sum, y_sum in sums.values())
    return math.sqrt(squared / len(outcomes))


def auc(outcomes: list[int], probabilities: list[float]) -> float:
    """Area under the ROC curve: the chance that a recalled review was given a higher prediction than a
    forgotten one (ties count half), from the rank sum of the recalled ones."""
    order = sorted(range(len(probabilities)), key=probabilities.__getitem__)
    ranks = [0.0] * len(order)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and probabilities[order[end + 1]] == probabilities[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    positives = sum(outcomes)
    negatives = len(outcomes) - positives
    if not positives or not negatives:
        return math.nan
    rank_sum = sum(rank for rank, y in zip(ranks, outcomes, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def evaluate(reviews: Iterable[Review]) -> tuple[int, list[Scores]]:
    """The number of scored reviews, and each model's scores on them."""
    outcomes, predicted = predictions(reviews)
    if not outcomes:
        return 0, []
    return len(outcomes), [
        Scores(model, log_loss(outcomes, p), rmse_bins(outcomes, p), auc(outcomes, p)) for model, p in predicted.items()
    ]
