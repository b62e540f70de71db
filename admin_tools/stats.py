"""Numbers from the usage ledger for the admin: live per-model stats and spend breakdowns.

Windows are half-open, [since, until). Requests count the calls sent to a provider (a call refused
by a budget never reached one); errors are failed and cut-off calls; latency percentiles are over
successful calls, interpolated like PostgreSQL's percentile_cont (which computes them there).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import Aggregate, Count, FloatField, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from admin_tools.models import UsageRecord

Outcome = UsageRecord.Outcome
SENT = ~Q(outcome=Outcome.REFUSED)
FAILED = Q(outcome__in=[Outcome.ERROR, Outcome.CUT_OFF])


@dataclass(frozen=True)
class ModelStats:
    requests: int = 0
    errors: int = 0
    p50_ms: float | None = None
    p95_ms: float | None = None
    cost: Decimal = Decimal(0)

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.requests if self.requests else None


class PercentileCont(Aggregate):
    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def percentile(values: list[int], fraction: float) -> float | None:
    """Linear interpolation between closest ranks, as percentile_cont does (rounded to 0.001 ms)."""
    if not values:
        return None
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return round(ordered[below] + (ordered[above] - ordered[below]) * (position - below), 3)


def _window(since: dt.datetime, until: dt.datetime | None) -> QuerySet[UsageRecord]:
    return UsageRecord.objects.filter(created_at__gte=since, created_at__lt=until or timezone.now())


def model_stats(
    *, since: dt.datetime, until: dt.datetime | None = None, model_ids: Iterable[int] | None = None
) -> dict[int, ModelStats]:
    """Stats per registry model id, for the models with calls in the window (two queries at most)."""
    rows = _window(since, until).filter(model__isnull=False)
    if model_ids is not None:
        rows = rows.filter(model_id__in=list(model_ids))
    aggregates = {
        "requests": Count("pk", filter=SENT),
        "errors": Count("pk", filter=FAILED),
        "cost": Sum("cost"),
    }
    ok = Q(outcome=Outcome.OK)
    if connection.vendor == "postgresql":
        aggregates["p50_ms"] = PercentileCont("latency_ms", fraction=0.5, filter=ok)
        aggregates["p95_ms"] = PercentileCont("latency_ms", fraction=0.95, filter=ok)
    grouped = {row.pop("model_id"): row for row in rows.values("model_id").annotate(**aggregates).order_by()}
    if connection.vendor != "postgresql":
        latencies: dict[int, list[int]] = {}
        for model_id, latency in rows.filter(ok).values_list("model_id", "latency_ms"):
            latencies.setdefault(model_id, []).append(latency)
        for model_id, row in grouped.items():
            row["p50_ms"] = percentile(latencies.get(model_id, []), 0.5)
            row["p95_ms"] = percentile(latencies.get(model_id, []), 0.95)
    for row in grouped.values():  # percentile_cont's floats, to the same precision as percentile()
        for key in ("p50_ms", "p95_ms"):
            row[key] = None if row[key] is None else round(row[key], 3)
    return {model_id: ModelStats(**row) for model_id, row in grouped.items()}


def spend_per_day(*, since: dt.datetime, until: dt.datetime | None = None, user=None) -> list[tuple[dt.date, Decimal]]:
    """Spend per UTC day, every day of the window listed (zero when nothing was spent)."""
    until = until or timezone.now()
    rows = _window(since, until)
    if user is not None:
        rows = rows.filter(user=user)
    totals = dict(
        rows.annotate(day=TruncDate("created_at", tzinfo=dt.UTC))
        .values("day")
        .annotate(cost=Sum("cost"))
        .order_by()
        .values_list("day", "cost")
    )
    first, last = since.astimezone(dt.UTC).date(), (until.astimezone(dt.UTC) - dt.timedelta(microseconds=1)).date()
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [(day, totals.get(day, Decimal(0))) for day in days]


def _spend_by(fields: list[str], rows: QuerySet[UsageRecord]) -> list[dict]:
    return list(
        rows.values(*fields).annotate(requests=Count("pk", filter=SENT), cost=Sum("cost")).order_by("-cost", *fields)
    )


def spend_per_provider(*, since: dt.datetime, until: dt.datetime | None = None) -> list[dict]:
    """[{provider, requests, cost}], most expensive first."""
    return _spend_by(["provider"], _window(since, until))


def spend_per_model(*, since: dt.datetime, until: dt.datetime | None = None, user=None) -> list[dict]:
    """[{provider, model_name, requests, cost}], most expensive first (by model id at call time, so
    rows of a model deleted from the registry still count)."""
    rows = _window(since, until)
    if user is not None:
        rows = rows.filter(user=user)
    return _spend_by(["provider", "model_name"], rows)


def spend_per_feature(*, since: dt.datetime, until: dt.datetime | None = None, user=None) -> list[dict]:
    """[{feature, requests, cost}], most expensive first."""
    rows = _window(since, until)
    if user is not None:
        rows = rows.filter(user=user)
    return _spend_by(["feature"], rows)


def spend_per_user(*, since: dt.datetime, until: dt.datetime | None = None, limit: int = 20) -> list[dict]:
    """[{user_id, user__username, requests, cost}] for the `limit` biggest spenders; calls made
    without a user (system tasks) appear with user_id None."""
    return _spend_by(["user_id", "user__username"], _window(since, until))[:limit]
