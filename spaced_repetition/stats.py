"""Figures of the progress page read from the review log and the cards: reviews per day with the true
retention of mature cards, the due forecast, and cards by state. Each is one GROUP BY query read from an index
alone (ReviewLog user + reviewed_at, which covers state, rating and interval_days; Card deck + state + due,
which covers `suspended`), so the query count never depends on the collection. Days are the learner's local
dates, found by comparing each row with the local midnights computed here rather than by converting every row
to the learner's time zone."""

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import BooleanField, Count, ExpressionWrapper, F, Func, IntegerField, Q

from admin_tools.models import User
from spaced_repetition.models import Card, Rating, ReviewLog
from spaced_repetition.selectors import IN_LEARNING, REVIEW

# As Anki: a card is mature when the interval it was reviewed at was 21 days or more.
MATURE_DAYS = 21


def _days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=n) for n in range(count)]


def _midnight(day: date, zone: zoneinfo.ZoneInfo) -> datetime:
    """The UTC moment a local date starts (DST-safe: counted in dates, not in 24-hour steps)."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


class DayNumber(Func):
    """Which day a moment falls in, given the midnights that start consecutive days (in order): 0 before
    the first, n from the n-th midnight up to the next, len(midnights) from the last one on, as PostgreSQL's
    width_bucket counts. A binary search per row there, a CASE elsewhere; either is cheaper than converting
    every row to a time zone, and the days are those of the query's range filter, from the same midnights."""

    output_field = IntegerField()

    def __init__(self, expression, midnights: list[datetime]):
        super().__init__(expression)
        self.midnights = midnights

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        cases, case_params = [], []
        for number, midnight in enumerate(self.midnights):
            cases.append(f"WHEN {sql} < %s THEN {number}")
            case_params += [*params, connection.ops.adapt_datetimefield_value(midnight)]
        return f"CASE {' '.join(cases)} ELSE {len(self.midnights)} END", case_params

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"width_bucket({sql}, %s::timestamptz[])", [*params, list(self.midnights)]


@dataclass(frozen=True)
class DayReviews:
    day: date
    reviews: int
    again: int
    mature: int  # grades given at an interval of MATURE_DAYS or more
    mature_again: int

    @property
    def passed(self) -> int:
        return self.reviews - self.again


def reviews_by_day(*, user: User, now: datetime, time_zone: str, days: int = 30) -> list[DayReviews]:
    """Grades per local date over the last `days` days (today included), oldest first, days without reviews
    included as zeros: all of them, the Again ones, and those of mature cards (for true retention). One
    index-only pass over the log's (user, reviewed_at) index, which covers state, rating and the stored
    interval_days: no log row and no JSON snapshot is read."""
    zone = zoneinfo.ZoneInfo(time_zone)
    today = now.astimezone(zone).date()
    first = today - timedelta(days=days - 1)
    midnights = [_midnight(day, zone) for day in _days(first, days + 1)]  # the last one ends today
    mature = Q(state=REVIEW) & Q(interval_days__gte=MATURE_DAYS)
    rows = (
        ReviewLog.objects.for_user(user)
        .filter(reviewed_at__gte=midnights[0], reviewed_at__lt=midnights[-1])
        .annotate(day=DayNumber(F("reviewed_at"), midnights), mature=ExpressionWrapper(mature, BooleanField()))
        .values("day", "mature")
        # not counting the id: every column the query reads is in the index
        .annotate(reviews=Count("*"), again=Count("rating", filter=Q(rating=Rating.AGAIN)))
        .order_by()
    )
    counts = [[0, 0, 0, 0] for _ in range(days)]
    for row in rows:
        day = counts[row["day"] - 1]  # 1 is the first day
        day[0] += row["reviews"]
        day[1] += row["again"]
        if row["mature"]:  # NULL for a card never reviewed before
            day[2] += row["reviews"]
            day[3] += row["again"]
    return [DayReviews(day, *figures) for day, figures in zip(_days(first, days), counts, strict=True)]


@dataclass(frozen=True)
class Retention:
    reviews: int  # grades of mature cards in the window
    passed: int  # of which not Again
    days: int

    @property
    def rate(self) -> float | None:
        return self.passed / self.reviews if self.reviews else None


def mature_retention(days: list[DayReviews]) -> Retention:
    """True retention of mature cards over the given days: of the grades given at an interval of MATURE_DAYS
    or more, the share that were not Again."""
    mature = sum(d.mature for d in days)
    return Retention(reviews=mature, passed=mature - sum(d.mature_again for d in days), days=len(days))


def due_forecast(*, user: User, now: datetime, time_zone: str, days: int = 30) -> list[tuple[date, int]]:
    """Cards that come due on each of the next `days` local dates (today first, with every overdue card),
    learning, relearning and review cards alike; suspended cards are left out."""
    zone = zoneinfo.ZoneInfo(time_zone)
    today = now.astimezone(zone).date()
    midnights = [_midnight(day, zone) for day in _days(today, days + 1)]  # the last one ends the last day
    rows = (
        Card.objects.for_user(user)
        .filter(state__in=[*IN_LEARNING, REVIEW], due__lt=midnights[-1], suspended=False)
        .annotate(day=DayNumber(F("due"), midnights))
        .values("day")
        .annotate(cards=Count("*"))  # COUNT(*), not of a column: read from card_queue_idx alone
        .order_by()
    )
    counts = [0] * days
    for row in rows:
        counts[max(row["day"] - 1, 0)] += row["cards"]  # 0: overdue, due today
    return list(zip(_days(today, days), counts, strict=True))


@dataclass(frozen=True)
class CardCounts:
    by_state: dict[str, int]  # every state, in Card.State order; suspended cards counted in their state
    suspended: int

    @property
    def total(self) -> int:
        return sum(self.by_state.values())


def card_counts(*, user: User) -> CardCounts:
    """The learner's cards by state, and how many are suspended: one GROUP BY read from card_queue_idx alone."""
    rows = (
        Card.objects.for_user(user)
        .values("state")
        .annotate(cards=Count("*"), suspended=Count("state", filter=Q(suspended=True)))  # columns of the index
        .order_by()
    )
    counts = {row["state"]: row for row in rows}
    return CardCounts(
        by_state={state: counts[state]["cards"] if state in counts else 0 for state in Card.State.values},
        suspended=sum(row["suspended"] for row in counts.values()),
    )
