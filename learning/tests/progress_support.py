"""What the progress tests share: a learner in Tokyo (no DST), local days and times, and grades paid as the
review_graded receiver pays them."""

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

from django.utils import dateformat, timezone

from learning.gamification import services as gamification
from learning.models import Profile
from spaced_repetition.models import Card, ReviewLog

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")  # no DST: a local day is always 24 hours


def local_today() -> date:
    return timezone.now().astimezone(TOKYO).date()


def at_noon(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TOKYO).astimezone(UTC)


def grade(card: Card, *, at: datetime, rating: int = 3, interval_days: int | None = None) -> ReviewLog:
    """A stored grade, paid by the gamification service as the review_graded receiver does."""
    if interval_days is None:
        before = {"state": "new", "step": None, "stability": None, "difficulty": None}
        before |= {"due": at.isoformat(), "last_review": None}
    else:
        last = at - timedelta(days=interval_days + 1)
        before = {"state": "review", "step": None, "stability": 30.0, "difficulty": 5.0}
        before |= {"due": (last + timedelta(days=interval_days)).isoformat(), "last_review": last.isoformat()}
    log = ReviewLog.objects.create(
        card=card,
        user=card.deck.owner,
        rating=rating,
        state=before["state"],
        reviewed_at=at,
        duration_ms=5000,
        state_before=before,
    )
    gamification.review_record(review_log=log)
    return log


def in_tokyo(user):
    Profile.objects.filter(user=user).update(time_zone="Asia/Tokyo")
    return user


def table_row(label: str, *values) -> str:
    cells = "".join(f'<td class="num">{value}</td>' for value in values)
    return f'<tr><th scope="row">{label}</th>{cells}</tr>'


def long_day_text(day: date) -> str:
    return dateformat.format(day, "D j M Y")
