"""Replay a review history and score how well each model predicts recall (pure: no Django, no DB).

Each card's reviews are replayed in time order. Before every review that comes at least a day after the
card's previous one, each model predicts the probability of recall; the review's grade says what happened
(Again = forgotten, anything else = recalled). Same-day reviews (learning steps) update the models but are
not scored, as in the srs-benchmark: a day-scale memory model is not meant to predict them.

- FSRS: our scheduling module (the `fsrs` package, default parameters, no fuzz).
- SM-2: the classic SuperMemo 2 intervals (1, 6, then interval × ease), with an exponential forgetting
  curve that puts recall at 90 % when the interval ends: p = 0.9 ** (elapsed / interval).
- Average: the running share of recalled reviews among those scored before (starting from 1/2).
- FSRS-fit (with fitted parameters, see fit): FSRS with each learner's parameters from fsrs's Optimizer,
  fitted on the first part of that learner's history and scored on the rest, with every model scored on the
  same held-out reviews, so the fit is not judged on the reviews it was fitted to.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from spaced_repetition import scheduling

MODELS = ("FSRS", "SM-2", "Average")
FITTED = "FSRS-fit"
BINS = 20
TRAIN_SHARE = 0.7  # the share of each learner's reviews, oldest first, that parameters are fitted to


@dataclass(frozen=True)
class Review:
    card_id: str
    rating: int
    reviewed_at: datetime
    duration_ms: int | None = None
    learner: str = ""  # one learner's history when empty


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
    fitted: scheduling.CardState = field(default_factory=scheduling.CardState)
    sm2: _Sm2 = field(default_factory=_Sm2)
    last_review: datetime | None = None


@dataclass(frozen=True)
class Scores:
    model: str
    log_loss: float
    rmse_bins: float
    auc: float


def predictions(
    reviews: Iterable[Review],
    *,
    parameters: dict[str, tuple[float, ...]] | None = None,
    scored_from: dict[str, datetime] | None = None,
) -> tuple[list[int], dict[str, list[float]]]:
    """Replay the reviews; return what happened at each scored review and what each model predicted. With
    `parameters` (learner → fitted FSRS parameters) FSRS-fit predicts too; with `scored_from` (learner → a
    moment) only the reviews of each learner from that moment on are scored, the earlier ones only replayed."""
    cards: dict[tuple[str, str], _Card] = {}
    models = MODELS if parameters is None else ("FSRS", FITTED, "SM-2", "Average")
    outcomes: list[int] = []
    predicted: dict[str, list[float]] = {model: [] for model in models}
    seen = recalled = 0
    for review in sorted(reviews, key=lambda r: (r.reviewed_at, r.learner, r.card_id)):
        card = cards.setdefault((review.learner, review.card_id), _Card())
        fitted = parameters.get(review.learner) if parameters is not None else None
        outcome = int(review.rating > scheduling.AGAIN)
        long_term = card.last_review is not None and (review.reviewed_at - card.last_review).days >= 1
        scored = long_term and (scored_from is None or review.reviewed_at >= scored_from[review.learner])
        if scored:
            elapsed = (review.reviewed_at - card.last_review).total_seconds() / 86400
            predicted["FSRS"].append(scheduling.retrievability(card.fsrs, review.reviewed_at))
            if parameters is not None:
                predicted[FITTED].append(scheduling.retrievability(card.fitted, review.reviewed_at, fitted))
            predicted["SM-2"].append(card.sm2.recall(elapsed))
            predicted["Average"].append((recalled + 0.5) / (seen + 1))
            outcomes.append(outcome)
        if long_term:
            seen += 1
            recalled += outcome
        card.fsrs, _ = scheduling.review(card.fsrs, review.rating, review.reviewed_at, fuzz=False)
        if parameters is not None:
            card.fitted, _ = scheduling.review(
                card.fitted, review.rating, review.reviewed_at, fuzz=False, parameters=fitted
            )
        if card.last_review is None or long_term:
            card.sm2.review(review.rating)
        card.last_review = review.reviewed_at
    return outcomes, predicted


def split_points(reviews: Iterable[Review], share: float = TRAIN_SHARE) -> dict[str, datetime]:
    """For each learner, the moment that splits their reviews, oldest first, into the `share` that
    parameters are fitted to and the rest that is scored."""
    times: dict[str, list[datetime]] = {}
    for review in reviews:
        times.setdefault(review.learner, []).append(review.reviewed_at)
    return {learner: sorted(moments)[int(len(moments) * share)] for learner, moments in times.items()}


def fit(reviews: Iterable[Review], split: dict[str, datetime]) -> dict[str, tuple[float, ...]]:
    """Each learner's FSRS parameters, fitted by fsrs's Optimizer to their reviews before their split point
    (scheduling.fit_parameters; raises scheduling.OptimizerMissing without the optimizer extra)."""
    histories: dict[str, list[tuple[int, int, datetime, int | None]]] = {}
    card_numbers: dict[tuple[str, str], int] = {}
    for review in reviews:
        if review.reviewed_at < split[review.learner]:
            number = card_numbers.setdefault((review.learner, review.card_id), len(card_numbers) + 1)
            histories.setdefault(review.learner, []).append(
                (number, review.rating, review.reviewed_at, review.duration_ms)
            )
    return {learner: scheduling.fit_parameters(history) for learner, history in histories.items()}


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


def evaluate(
    reviews: Iterable[Review],
    *,
    parameters: dict[str, tuple[float, ...]] | None = None,
    scored_from: dict[str, datetime] | None = None,
) -> tuple[int, list[Scores]]:
    """The number of scored reviews, and each model's scores on them (see predictions)."""
    outcomes, predicted = predictions(reviews, parameters=parameters, scored_from=scored_from)
    if not outcomes:
        return 0, []
    return len(outcomes), [
        Scores(model, log_loss(outcomes, p), rmse_bins(outcomes, p), auc(outcomes, p)) for model, p in predicted.items()
    ]
