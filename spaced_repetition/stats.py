"""Figures of the progress page read from the review log and the cards: reviews per day with the true
retention of mature cards, the due forecast, and cards by state. Each is one GROUP BY query on an index
(ReviewLog user + reviewed_at; Card deck + state + due, which includes `suspended`), so the query count never
depends on the collection. Days are the learner's local dates."""

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import BooleanField, Count, ExpressionWrapper, Q
from django.db.models.functions import TruncDate

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
    mature = Q(state=REVIEW) & Q(interval_days__gte=MATURE_DAYS)
    rows = (
        ReviewLog.objects.for_user(user)
        .filter(reviewed_at__gte=_midnight(first, zone), reviewed_at__lt=_midnight(today + timedelta(days=1), zone))
        .annotate(day=TruncDate("reviewed_at", tzinfo=zone), mature=ExpressionWrapper(mature, BooleanField()))
        .values("day", "mature")
        # not counting the id: every column the query reads is in the index
        .annotate(reviews=Count("*"), again=Count("rating", filter=Q(rating=Rating.AGAIN)))
        .order_by()
    )
    counts = {day: [0, 0, 0, 0] for day in _days(first, days)}
    for row in rows:
        day = counts[row["day"]]
        day[0] += row["reviews"]
        day[1] += row["again"]
        if row["mature"]:  # NULL for a card never reviewed before
            day[2] += row["reviews"]
            day[3] += row["again"]
    return [DayReviews(day, *figures) for day, figures in counts.items()]


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
    horizon = _midnight(today + timedelta(days=days), zone)
    rows = (
        Card.objects.for_user(user)
        .filter(state__in=[*IN_LEARNING, REVIEW], due__lt=horizon, suspended=False)
        .annotate(day=TruncDate("due", tzinfo=zone))
        .values("day")
        .annotate(cards=Count("*"))  # COUNT(*), not of a column: read from card_queue_idx alone
        .order_by()
    )
    counts: dict[date, int] = {}
    for row in rows:
        day = max(row["day"], today)  # overdue cards are due today
        counts[day] = counts.get(day, 0) + row["cards"]
    return [(day, counts.get(day, 0)) for day in _days(today, days)]


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
