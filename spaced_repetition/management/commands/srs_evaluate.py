import csv
from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from spaced_repetition import evaluation, scheduling

COLUMNS = {"card_id", "review_rating", "review_time"}
OPTIMIZER_MISSING = (
    '--fit needs fsrs\'s optimizer, which is not installed. Install it with: pip install "fsrs[optimizer]" '
    "(it brings PyTorch, several hundred MB; the app itself never needs it)."
)
EXIT_OPTIMIZER_MISSING = 2


class Command(BaseCommand):
    help = (
        "Replay a review log (CSV: card_id, review_rating 1-4, review_time ISO 8601, optional review_duration ms "
        "and user_id) and score how well FSRS, SM-2 and a constant average predict recall: log loss, RMSE(bins), "
        "AUC. --fit also fits FSRS parameters per learner (per user_id, or one set for the whole file) with "
        "fsrs's Optimizer on the oldest 70% of each learner's reviews, and scores every model, FSRS-fit "
        "included, on the newest 30%. Trade-off: fitted parameters usually predict better than the defaults "
        "once a learner has a few thousand reviews, but the Optimizer needs PyTorch (the fsrs[optimizer] extra, "
        "several hundred MB, not installed with the app), takes seconds to minutes per learner on a CPU, and keeps the "
        "defaults when a learner has fewer than 512 reviews a day or more apart. Without the extra, --fit "
        "stops with exit code 2."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv", type=Path, help="the review log")
        parser.add_argument(
            "--fit",
            action="store_true",
            help="also fit FSRS parameters per learner and score them on held-out reviews (needs fsrs[optimizer])",
        )

    def handle(self, *args, **options):
        if options["fit"] and not scheduling.optimizer_available():
            raise CommandError(OPTIMIZER_MISSING, returncode=EXIT_OPTIMIZER_MISSING)
        reviews = self._read(options["csv"])
        scored, scores = evaluation.evaluate(reviews)
        if not scores:
            raise CommandError("No review comes a day or more after an earlier review of its card: nothing to score.")
        cards = len({(review.learner, review.card_id) for review in reviews})
        self.stdout.write(f"{len(reviews)} reviews of {cards} cards; {scored} scored (a day or more after the last).")
        self._table(scores)
        if options["fit"]:
            self._fit(reviews)

    def _fit(self, reviews: list[evaluation.Review]) -> None:
        split = evaluation.split_points(reviews)
        parameters = evaluation.fit(reviews, split)
        scored, scores = evaluation.evaluate(reviews, parameters=parameters, scored_from=split)
        share = round(evaluation.TRAIN_SHARE * 100)
        self.stdout.write("")
        self.stdout.write(
            f"Fitted FSRS parameters for {len(parameters)} learner{'s' * (len(parameters) != 1)} on the oldest "
            f"{share}% of their reviews; {scored} of the newest {100 - share}% scored:"
        )
        if scores:
            self._table(scores)
        for learner, fitted in sorted(parameters.items()):
            self.stdout.write(f"{learner or 'all reviews'}: {', '.join(f'{value:.4f}' for value in fitted)}")

    def _table(self, scores: list[evaluation.Scores]) -> None:
        self.stdout.write(f"{'model':<8} {'log loss':>9} {'RMSE(bins)':>11} {'AUC':>7}")
        for row in scores:
            self.stdout.write(f"{row.model:<8} {row.log_loss:>9.4f} {row.rmse_bins:>11.4f} {row.auc:>7.4f}")

    def _read(self, path: Path) -> list[evaluation.Review]:
        try:
            with path.open(newline="") as file:
                reader = csv.DictReader(file)
                missing = COLUMNS - set(reader.fieldnames or [])
                if missing:
                    raise CommandError(f"{path}: missing column(s) {', '.join(sorted(missing))}.")
                return [
                    evaluation.Review(
                        card_id=row["card_id"],
                        rating=self._rating(row["review_rating"], reader.line_num),
                        reviewed_at=self._time(row["review_time"], reader.line_num),
                        duration_ms=self._duration(row.get("review_duration"), reader.line_num),
                        learner=row.get("user_id") or "",
                    )
                    for row in reader
                ]
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error

    @staticmethod
    def _rating(value: str, line: int) -> int:
        if value not in {"1", "2", "3", "4"}:
            raise CommandError(f"Line {line}: review_rating must be 1, 2, 3 or 4, not {value!r}.")
        return int(value)

    @staticmethod
    def _duration(value: str | None, line: int) -> int | None:
        if not value:
            return None
        if not value.isdigit():
            raise CommandError(f"Line {line}: review_duration must be milliseconds, not {value!r}.")
        return int(value)

    @staticmethod
    def _time(value: str, line: int) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as error:
            raise CommandError(f"Line {line}: review_time {value!r} is not an ISO 8601 time.") from error
        if moment.tzinfo is None:
            raise CommandError(f"Line {line}: review_time {value!r} has no time zone.")
        return moment
