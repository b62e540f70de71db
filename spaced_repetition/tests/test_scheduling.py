"""scheduling.py against the fsrs package itself: same states, same numbers, same dates."""

from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from spaced_repetition import scheduling
from spaced_repetition.scheduling import AGAIN, EASY, GOOD, HARD, CardState

START = datetime(2024, 3, 29, 20, 0, tzinfo=UTC)
FSRS_STATES = {
    fsrs.State.Learning: scheduling.LEARNING,
    fsrs.State.Review: scheduling.REVIEW,
    fsrs.State.Relearning: scheduling.RELEARNING,
}

# (grade, when: "due" = exactly when the card comes due, or a delay after the previous review)
SCRIPT = [
    (GOOD, timedelta(0)),  # new card
    (AGAIN, timedelta(seconds=50)),  # before its 10-minute step is over
    (GOOD, "due"),
    (GOOD, "due"),  # graduates to review
    (GOOD, "due"),
    (HARD, timedelta(days=2)),  # early
    (AGAIN, "due"),  # a lapse: relearning
    (HARD, "due"),
    (GOOD, "due"),  # back to review
    (EASY, timedelta(days=40)),  # late
    (GOOD, timedelta(hours=3)),  # same day: short-term stability
    (AGAIN, "due"),
    (EASY, timedelta(minutes=2)),  # straight out of relearning
    (GOOD, "due"),
]


def _reference_scheduler(retention: float) -> fsrs.Scheduler:
    return fsrs.Scheduler(
        desired_retention=retention,
        learning_steps=(timedelta(minutes=1), timedelta(minutes=10)),
        relearning_steps=(timedelta(minutes=10),),
        enable_fuzzing=False,
    )


def _as_tuple(card: fsrs.Card) -> tuple:
    return (FSRS_STATES[card.state], card.step, card.stability, card.difficulty, card.due, card.last_review)


def _ours(state: CardState) -> tuple:
    return (state.state, state.step, state.stability, state.difficulty, state.due, state.last_review)


@pytest.mark.parametrize("retention", [0.9, 0.8, 0.97])
def test_review_follows_fsrs_exactly_for_a_scripted_sequence(retention):
    reference = _reference_scheduler(retention)
    theirs = fsrs.Card(card_id=1, due=START)
    ours = CardState(due=START)
    now = START
    seen_states = set()
    for rating, when in SCRIPT:
        now = theirs.due if when == "due" else now + when
        theirs, _ = reference.review_card(theirs, fsrs.Rating(rating), now)
        ours, interval = scheduling.review(ours, rating, now, desired_retention=retention, fuzz=False)
        assert _ours(ours) == _as_tuple(theirs)
        assert interval == theirs.due - now
        seen_states.add(ours.state)
    assert seen_states == {scheduling.LEARNING, scheduling.REVIEW, scheduling.RELEARNING}


def test_review_of_a_new_card_starts_fsrs_from_scratch():
    state, interval = scheduling.review(CardState(due=START), GOOD, START, fuzz=False)
    theirs, _ = _reference_scheduler(0.9).review_card(fsrs.Card(card_id=1, due=START), fsrs.Rating.Good, START)
    assert _ours(state) == _as_tuple(theirs)
    assert (state.state, state.step, interval) == (scheduling.LEARNING, 1, timedelta(minutes=10))


def test_review_accepts_any_utc_equivalent_time_zone():
    from zoneinfo import ZoneInfo

    in_madrid = START.astimezone(ZoneInfo("Europe/Madrid"))
    assert scheduling.review(CardState(), EASY, in_madrid, fuzz=False) == scheduling.review(
        CardState(), EASY, START, fuzz=False
    )


def test_review_rejects_a_grade_outside_1_to_4():
    with pytest.raises(ValueError):
        scheduling.review(CardState(), 5, START)


def test_preview_intervals_are_the_unfuzzed_due_dates_of_each_grade():
    learnt, _ = scheduling.review(CardState(), EASY, START, fuzz=False)
    later = learnt.due
    preview = scheduling.preview_intervals(learnt, later, desired_retention=0.85)
    assert preview == {
        rating: scheduling.review(learnt, rating, later, desired_retention=0.85, fuzz=False)[0].due
        for rating in (AGAIN, HARD, GOOD, EASY)
    }
    assert preview[AGAIN] == later + timedelta(minutes=10)  # relearning step
    assert preview[AGAIN] < preview[HARD] < preview[GOOD] < preview[EASY]


def test_preview_intervals_of_a_new_card_are_the_learning_steps():
    preview = scheduling.preview_intervals(CardState(due=START), START)
    assert {rating: due - START for rating, due in preview.items()} == {
        AGAIN: timedelta(minutes=1),
        HARD: timedelta(minutes=5, seconds=30),
        GOOD: timedelta(minutes=10),
        EASY: timedelta(days=8),
    }


def test_higher_retention_gives_shorter_intervals():
    learnt, _ = scheduling.review(CardState(), EASY, START, fuzz=False)
    low = scheduling.review(learnt, GOOD, learnt.due, desired_retention=0.75, fuzz=False)[1]
    high = scheduling.review(learnt, GOOD, learnt.due, desired_retention=0.95, fuzz=False)[1]
    assert high < low


def test_retention_outside_the_allowed_range_is_refused():
    with pytest.raises(ValueError, match="outside 0.7–0.97"):
        scheduling.review(CardState(), GOOD, START, desired_retention=0.99)


def test_fuzz_spreads_review_intervals_within_fsrs_bounds():
    state = CardState(
        state=scheduling.REVIEW, stability=60.0, difficulty=5.0, due=START, last_review=START - timedelta(days=60)
    )
    exact = scheduling.review(state, GOOD, START, fuzz=False)[1].days
    fuzzed = {scheduling.review(state, GOOD, START, fuzz=True)[1].days for _ in range(200)}
    assert len(fuzzed) > 1
    # fsrs: ±(1 + 0.15·4.5 + 0.1·13 + 0.05·(interval − 20)) days around the exact interval; its draw,
    # random() · (max − min + 1) + min, rounded, can land one day past max
    delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * (exact - 20)
    assert round(exact - delta) <= min(fuzzed) <= max(fuzzed) <= round(exact + delta) + 1


def test_retrievability_matches_fsrs_and_is_zero_before_the_first_review():
    assert scheduling.retrievability(CardState(), START) == 0
    learnt, _ = scheduling.review(CardState(), EASY, START, fuzz=False)
    theirs, _ = _reference_scheduler(0.9).review_card(fsrs.Card(card_id=1, due=START), fsrs.Rating.Easy, START)
    for days in (0, 3, 8, 30):
        moment = START + timedelta(days=days)
        assert scheduling.retrievability(learnt, moment) == _reference_scheduler(0.9).get_card_retrievability(
            theirs, moment
        )
    assert scheduling.retrievability(learnt, START) == 1


def test_card_state_survives_its_json_snapshot_exactly():
    state = CardState(
        state=scheduling.RELEARNING,
        step=0,
        stability=3.173492183749123,
        difficulty=6.000000000000001,
        due=datetime(2024, 5, 1, 10, 11, 12, 345678, tzinfo=UTC),
        last_review=datetime(2024, 4, 30, 9, 0, tzinfo=UTC),
    )
    assert CardState.from_dict(state.to_dict()) == state
    assert CardState.from_dict(CardState().to_dict()) == CardState()
