"""A thin wrapper over the `fsrs` package: pure functions on a card's scheduling state, no Django, no DB.

Our states add NEW to fsrs's three: fsrs keeps a never-reviewed card in Learning (step 0, no stability),
while the queue and the daily new-card limit need to tell "never seen" from "seen today".
"""

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import fsrs
from fsrs.scheduler import DEFAULT_PARAMETERS

NEW, LEARNING, REVIEW, RELEARNING = "new", "learning", "review", "relearning"
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATINGS = (AGAIN, HARD, GOOD, EASY)

DEFAULT_RETENTION = 0.90
MIN_RETENTION, MAX_RETENTION = 0.70, 0.97
LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
RELEARNING_STEPS = (timedelta(minutes=10),)

_FROM_FSRS = {fsrs.State.Learning: LEARNING, fsrs.State.Review: REVIEW, fsrs.State.Relearning: RELEARNING}
_TO_FSRS = {
    NEW: fsrs.State.Learning,
    LEARNING: fsrs.State.Learning,
    REVIEW: fsrs.State.Review,
    RELEARNING: fsrs.State.Relearning,
}


@dataclass(frozen=True)
class CardState:
    """What the scheduler knows about one card. Datetimes are aware and in UTC."""

    state: str = NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None

    def to_dict(self) -> dict:
        """JSON-ready: the review log keeps this as the snapshot that undo restores."""
        data = asdict(self)
        for key in ("due", "last_review"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "CardState":
        values = dict(data)
        for key in ("due", "last_review"):
            values[key] = datetime.fromisoformat(values[key]) if values[key] else None
        return cls(**values)


@lru_cache(maxsize=64)
def scheduler(
    desired_retention: float = DEFAULT_RETENTION, fuzz: bool = True, parameters: tuple[float, ...] | None = None
) -> fsrs.Scheduler:
    """The fsrs scheduler with our steps and the default parameters (or fitted ones, see fit_parameters). Fuzz
    spreads review-state intervals by a few percent so cards learnt together do not stay due together; tests
    turn it off to compare exact dates."""
    if not MIN_RETENTION <= desired_retention <= MAX_RETENTION:
        raise ValueError(f"desired retention {desired_retention} is outside {MIN_RETENTION}–{MAX_RETENTION}")
    return fsrs.Scheduler(
        parameters=parameters or DEFAULT_PARAMETERS,
        desired_retention=desired_retention,
        learning_steps=LEARNING_STEPS,
        relearning_steps=RELEARNING_STEPS,
        enable_fuzzing=fuzz,
    )


class OptimizerMissing(Exception):
    """fsrs's optimizer extra (PyTorch, pandas, tqdm) is not installed."""


def optimizer_available() -> bool:
    """Whether fsrs's Optimizer can run: without its extra, fsrs gives a stand-in that raises on creation."""
    from fsrs.optimizer import Optimizer  # imports PyTorch when it is there: only load it when asked

    try:
        Optimizer([])
    except ImportError:
        return False
    return True


def fit_parameters(history: Iterable[tuple[int, int, datetime, int | None]]) -> tuple[float, ...]:
    """FSRS parameters fitted by fsrs's Optimizer to one learner's history of (card id, rating, time, duration
    in ms or None). With fewer than 512 reviews a day or more after the card's previous one, the Optimizer
    keeps the default parameters. Raises OptimizerMissing without the optimizer extra."""
    if not optimizer_available():
        raise OptimizerMissing('fsrs\'s optimizer is not installed: pip install "fsrs[optimizer]" (it needs PyTorch).')
    from fsrs.optimizer import Optimizer

    logs = [
        fsrs.ReviewLog(card_id, fsrs.Rating(rating), _utc(at), duration) for card_id, rating, at, duration in history
    ]
    return tuple(Optimizer(logs).compute_optimal_parameters())


def _utc(moment: datetime) -> datetime:
    # fsrs accepts only datetime.timezone.utc itself; database drivers may hand back an equivalent tzinfo.
    return moment.astimezone(UTC)


def to_fsrs(state: CardState, now: datetime) -> fsrs.Card:
    return fsrs.Card(
        card_id=0,  # without an id, fsrs.Card() makes one from the clock and sleeps a millisecond
        state=_TO_FSRS[state.state],
        step=0 if state.state == NEW else state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due or now),
        last_review=_utc(state.last_review) if state.last_review else None,
    )


def from_fsrs(card: fsrs.Card) -> CardState:
    return CardState(
        state=_FROM_FSRS[card.state],
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def review(
    state: CardState,
    rating: int,
    now: datetime,
    desired_retention: float = DEFAULT_RETENTION,
    fuzz: bool = True,
    parameters: tuple[float, ...] | None = None,
) -> tuple[CardState, timedelta]:
    """The card's state after being graded `rating` (1–4) at `now`, and the interval until it is due again."""
    card, _ = scheduler(desired_retention, fuzz, parameters).review_card(
        to_fsrs(state, now), fsrs.Rating(rating), _utc(now)
    )
    new_state = from_fsrs(card)
    return new_state, new_state.due - _utc(now)


def preview_intervals(
    state: CardState, now: datetime, desired_retention: float = DEFAULT_RETENTION
) -> dict[int, datetime]:
    """When the card would be due after each grade, for the buttons. Without fuzz: the button shows the
    scheduler's interval, the real one may differ from it by the few percent fuzz adds."""
    return {rating: review(state, rating, now, desired_retention, fuzz=False)[0].due for rating in RATINGS}


def retrievability(state: CardState, now: datetime, parameters: tuple[float, ...] | None = None) -> float:
    """The predicted probability of recalling the card at `now` (0 for a card never reviewed)."""
    return scheduler(parameters=parameters).get_card_retrievability(to_fsrs(state, now), _utc(now))
