"""srs_evaluate and the metrics behind it."""

import math
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import StringIO

import fsrs
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from fsrs.scheduler import DEFAULT_PARAMETERS

from spaced_repetition import evaluation, scheduling
from spaced_repetition.evaluation import Review
from spaced_repetition.management.commands.srs_evaluate import OPTIMIZER_MISSING

DAY = timedelta(days=1)
START = datetime(2024, 4, 1, 8, 0, tzinfo=UTC)

# card a: Good, then 3 days later Good, then 10 days later Again; card b: Again, Good 10 minutes later,
# then 2 days later Good. Scored: a's 2nd and 3rd reviews, b's 3rd (the others are first or same-day).
CSV = """card_id,review_rating,review_time,review_duration
a,3,2024-04-01T08:00:00+00:00,5000
b,1,2024-04-01T08:01:00+00:00,9000
b,3,2024-04-01T08:11:00+00:00,3000
a,3,2024-04-04T08:00:00+00:00,4000
b,3,2024-04-03T09:00:00+00:00,2500
a,1,2024-04-14T08:00:00+00:00,8000
"""


def _fsrs_predictions() -> list[float]:
    """What fsrs itself predicts before each scored review, in time order (b's, then a's two)."""
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    a, b = fsrs.Card(card_id=1), fsrs.Card(card_id=2)
    at = datetime.fromisoformat
    a, _ = scheduler.review_card(a, fsrs.Rating.Good, at("2024-04-01T08:00:00+00:00"))
    b, _ = scheduler.review_card(b, fsrs.Rating.Again, at("2024-04-01T08:01:00+00:00"))
    b, _ = scheduler.review_card(b, fsrs.Rating.Good, at("2024-04-01T08:11:00+00:00"))
    p_b = scheduler.get_card_retrievability(b, at("2024-04-03T09:00:00+00:00"))
    p_a1 = scheduler.get_card_retrievability(a, at("2024-04-04T08:00:00+00:00"))
    a, _ = scheduler.review_card(a, fsrs.Rating.Good, at("2024-04-04T08:00:00+00:00"))
    p_a2 = scheduler.get_card_retrievability(a, at("2024-04-14T08:00:00+00:00"))
    return [p_b, p_a1, p_a2]


def test_predictions_replay_each_card_in_time_order():
    rows = [line.split(",") for line in CSV.strip().splitlines()[1:]]
    reviews = [Review(card_id=c, rating=int(r), reviewed_at=datetime.fromisoformat(t)) for c, r, t, _ in rows]
    outcomes, predicted = evaluation.predictions(reversed(reviews))
    assert outcomes == [1, 1, 0]
    assert predicted["FSRS"] == pytest.approx(_fsrs_predictions(), abs=1e-12)
    # SM-2 counts a card's first review and the first of each later day: b's Again sets 1 day (its same-day
    # Good is a learning step), scored 2 days 49 minutes after its last review; a's first Good sets 1 day,
    # scored 3 days on, and its second Good sets 6 days, scored 10 days on.
    b_elapsed = (2 * 24 + 49 / 60) / 24
    assert predicted["SM-2"] == pytest.approx([0.9**b_elapsed, 0.9**3, 0.9 ** (10 / 6)])
    assert predicted["Average"] == pytest.approx([0.5, 0.75, 2.5 / 3])


def test_metrics_against_hand_computed_values():
    outcomes, probabilities = [1, 0, 1, 1], [0.9, 0.2, 0.6, 0.2]
    assert evaluation.log_loss(outcomes, probabilities) == pytest.approx(
        -(math.log(0.9) + math.log(0.8) + math.log(0.6) + math.log(0.2)) / 4
    )
    # bins: 0.9 → [y 1]; 0.2, 0.2 → mean 0.2 vs recall 1/2; 0.6 → [y 1]
    assert evaluation.rmse_bins(outcomes, probabilities) == pytest.approx(math.sqrt((0.1**2 + 2 * 0.3**2 + 0.4**2) / 4))
    # recalled vs forgotten pairs: 0.9>0.2, 0.6>0.2, 0.2=0.2 (half)
    assert evaluation.auc(outcomes, probabilities) == pytest.approx(2.5 / 3)
    assert math.isnan(evaluation.auc([1, 1], [0.3, 0.4]))


def test_srs_evaluate_prints_the_three_models(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(CSV)
    out = StringIO()
    call_command("srs_evaluate", str(path), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "6 reviews of 2 cards; 3 scored (a day or more after the last)."
    assert lines[1].split() == ["model", "log", "loss", "RMSE(bins)", "AUC"]
    assert [line.split()[0] for line in lines[2:]] == ["FSRS", "SM-2", "Average"]
    outcomes = [1, 1, 0]
    p = _fsrs_predictions()
    assert lines[2].split()[1:] == [
        f"{evaluation.log_loss(outcomes, p):.4f}",
        f"{evaluation.rmse_bins(outcomes, p):.4f}",
        f"{evaluation.auc(outcomes, p):.4f}",
    ]
    average = [0.5, 0.75, 2.5 / 3]
    assert lines[4].split()[1:] == [
        f"{-(math.log(0.5) + math.log(0.75) + math.log(0.5 / 3)) / 3:.4f}",
        f"{evaluation.rmse_bins(outcomes, average):.4f}",
        "0.0000",  # the forgotten review had the highest running average
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("card_id,review_time\n", "missing column(s) review_rating."),
        ("card_id,review_rating,review_time\na,7,2024-04-01T08:00:00+00:00\n", "Line 2: review_rating must be"),
        ("card_id,review_rating,review_time\na,3,yesterday\n", "Line 2: review_time 'yesterday' is not"),
        ("card_id,review_rating,review_time\na,3,2024-04-01T08:00:00\n", "has no time zone"),
        ("card_id,review_rating,review_time\na,3,2024-04-01T08:00:00+00:00\n", "nothing to score"),
    ],
)
def test_srs_evaluate_explains_a_bad_file(tmp_path, content, message):
    path = tmp_path / "log.csv"
    path.write_text(content)
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("srs_evaluate", str(path))


def test_srs_evaluate_explains_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read .*: No such file or directory."):
        call_command("srs_evaluate", str(tmp_path / "nope.csv"))


# --- fitted parameters (srs_evaluate --fit)

# fsrs's default parameters with a faster forgetting curve (w20, the decay, and w0–w3, the initial
# stabilities, halved): what a fit could return for a learner who forgets quickly
FITTED = tuple(value / 2 if index in (0, 1, 2, 3) else value for index, value in enumerate(DEFAULT_PARAMETERS))


def _reviews(learner: str = "") -> list[Review]:
    rows = [line.split(",") for line in CSV.strip().splitlines()[1:]]
    return [
        Review(card_id=c, rating=int(r), reviewed_at=datetime.fromisoformat(t), duration_ms=int(d), learner=learner)
        for c, r, t, d in rows
    ]


def test_split_points_keep_the_oldest_70_percent_of_each_learner_for_fitting():
    reviews = _reviews("ana") + [Review("x", 3, START + DAY * n, learner="ben") for n in range(10)]
    assert evaluation.split_points(reviews) == {
        "ana": datetime.fromisoformat("2024-04-04T08:00:00+00:00"),  # the 5th of 6 reviews in time order
        "ben": START + DAY * 7,
    }


def test_predictions_with_fitted_parameters_follow_fsrs_with_those_parameters_on_the_held_out_reviews():
    reviews = _reviews("ana")
    split = {"ana": datetime.fromisoformat("2024-04-04T08:00:00+00:00")}
    outcomes, predicted = evaluation.predictions(reviews, parameters={"ana": FITTED}, scored_from=split)
    # scored: a's 2nd and 3rd reviews (b's last one comes before the split)
    assert outcomes == [1, 0]
    assert list(predicted) == ["FSRS", "FSRS-fit", "SM-2", "Average"]
    assert predicted["FSRS"] == pytest.approx(_fsrs_predictions()[1:], abs=1e-12)
    scheduler = fsrs.Scheduler(parameters=FITTED, enable_fuzzing=False)
    a = fsrs.Card(card_id=1)
    a, _ = scheduler.review_card(a, fsrs.Rating.Good, datetime.fromisoformat("2024-04-01T08:00:00+00:00"))
    p_a1 = scheduler.get_card_retrievability(a, datetime.fromisoformat("2024-04-04T08:00:00+00:00"))
    a, _ = scheduler.review_card(a, fsrs.Rating.Good, datetime.fromisoformat("2024-04-04T08:00:00+00:00"))
    p_a2 = scheduler.get_card_retrievability(a, datetime.fromisoformat("2024-04-14T08:00:00+00:00"))
    assert predicted["FSRS-fit"] == pytest.approx([p_a1, p_a2], abs=1e-12)
    assert predicted["FSRS-fit"] != pytest.approx(predicted["FSRS"])
    # the running average learns from b's review before the split, though it is not scored
    assert predicted["Average"] == pytest.approx([0.75, 2.5 / 3])


@pytest.mark.skipif(scheduling.optimizer_available(), reason="fsrs's optimizer is installed here")
def test_srs_evaluate_fit_without_the_optimizer_says_how_to_install_it_and_exits_2(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(CSV)
    result = subprocess.run(
        [sys.executable, "manage.py", "srs_evaluate", str(path), "--fit", "--skip-checks"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"CommandError: {OPTIMIZER_MISSING}\n"
    assert 'pip install "fsrs[optimizer]"' in OPTIMIZER_MISSING
    with pytest.raises(scheduling.OptimizerMissing):
        scheduling.fit_parameters([(1, 3, START, None)])


@pytest.mark.skipif(not scheduling.optimizer_available(), reason="needs fsrs's optimizer extra (PyTorch)")
def test_srs_evaluate_fit_prints_the_held_out_scores_and_the_fitted_parameters(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(CSV)
    out = StringIO()
    call_command("srs_evaluate", str(path), "--fit", stdout=out)
    lines = out.getvalue().splitlines()
    assert (
        lines[6]
        == "Fitted FSRS parameters for 1 learner on the oldest 70% of their reviews; 2 of the newest 30% scored:"
    )
    assert [line.split()[0] for line in lines[8:12]] == ["FSRS", "FSRS-fit", "SM-2", "Average"]
    # too few reviews for the Optimizer: it keeps the defaults
    assert lines[12] == "all reviews: " + ", ".join(f"{value:.4f}" for value in DEFAULT_PARAMETERS)
