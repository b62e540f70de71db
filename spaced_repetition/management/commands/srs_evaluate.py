import csv
from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from spaced_repetition import evaluation

COLUMNS = {"card_id", "review_rating", "review_time"}


class Command(BaseCommand):
    help = (
        "Replay a review log (CSV: card_id, review_rating 1-4, review_time ISO 8601, review_duration ms) and "
        "score how well FSRS, SM-2 and a constant average predict recall: log loss, RMSE(bins), AUC."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv", type=Path, help="the review log")

    def handle(self, *args, **options):
        reviews = self._read(options["csv"])
        scored, scores = evaluation.evaluate(reviews)
        if not scores:
            raise CommandError("No review comes a day or more after an earlier review of its card: nothing to score.")
        cards = len({review.card_id for review in reviews})
        self.stdout.write(f"{len(reviews)} reviews of {cards} cards; {scored} scored (a day or more after the last).")
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
    def _time(value: str, line: int) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as error:
            raise CommandError(f"Line {line}: review_time {value!r} is not an ISO 8601 time.") from error
        if moment.tzinfo is None:
            raise CommandError(f"Line {line}: review_time {value!r} has no time zone.")
        return moment
