"""Advice for the admin dashboard: a budget's spend projected to the end of its period, the whole month's spend
projected to the month's end (with or without budgets), and plain recommendations read from the ledger (cheaper
models that serve the same traffic, budgets near their limit)."""

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import get_language_info

from admin_tools.budgets import period_end, period_start
from admin_tools.models import AIModel, Budget, Provider, UsageRecord


def forecast(budget: Budget, now: dt.datetime | None = None) -> Decimal:
    """Spend to date projected linearly to the end of the period (USD, cents)."""
    return _projected(budget.spent, start=budget.period_start, end=period_end(budget), now=now or timezone.now())


def _projected(spent: Decimal, *, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> Decimal:
    elapsed = (now - start).total_seconds()
    length = (end - start).total_seconds()
    if elapsed <= 0:
        return spent.quantize(Decimal("0.01"))
    return (spent * Decimal(length) / Decimal(min(elapsed, length))).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MonthForecast:
    start: dt.datetime
    end: dt.datetime
    spent: Decimal  # month to date, from the ledger
    projected: Decimal  # `spent` at the same pace to the end of the month (cents)


def month_forecast(now: dt.datetime | None = None) -> MonthForecast:
    """All AI spend this calendar month (UTC) so far, from the ledger, projected linearly to the month's end:
    what the dashboard shows whether or not any budget is set."""
    now = now or timezone.now()
    start = period_start(Budget.Period.MONTHLY, now)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    rows = UsageRecord.objects.filter(created_at__gte=start, created_at__lte=now)
    spent = rows.aggregate(total=Sum("cost"))["total"] or Decimal(0)
    return MonthForecast(start=start, end=end, spent=spent, projected=_projected(spent, start=start, end=end, now=now))


def recommendations(*, now: dt.datetime | None = None, days: int = 30) -> list[str]:
    """Plain advice from the last `days` of the ledger and the budgets; empty when there is none."""
    now = now or timezone.now()
    return _cheaper_models(since=now - dt.timedelta(days=days), days=days) + _budgets_near_limit(now)


MIN_SAVING = Decimal("0.10")  # a cheaper model must save at least 10 % to be worth a switch
MIN_SHARE = Decimal("0.5")  # …on a model that carries at least half of that traffic's spend


def _cheaper_models(*, since: dt.datetime, days: int) -> list[str]:
    rows = (
        UsageRecord.objects.filter(created_at__gte=since, model__isnull=False, cost__gt=0)
        .values("language", "use_case", "model_id")
        .annotate(
            cost=Sum("cost"),
            input_tokens=Sum("input_tokens"),
            output_tokens=Sum("output_tokens"),
            cache_write_tokens=Sum("cache_write_tokens"),
            cache_read_tokens=Sum("cache_read_tokens"),
        )
    )
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["language"], row["use_case"]), []).append(row)
    models = {model.pk: model for model in AIModel.objects.all()}
    alternatives = [model for model in models.values() if model.enabled and model.provider != Provider.OFFLINE]
    advice = []
    for (language, use_case), group in sorted(groups.items(), key=lambda item: -sum(r["cost"] for r in item[1])):
        total = sum(row["cost"] for row in group)
        top = max(group, key=lambda row: row["cost"])
        current = models[top["model_id"]]
        if top["cost"] < total * MIN_SHARE:
            continue
        current_price = _price_of(top, current)
        options = [
            (_price_of(top, model), model.priority, model)
            for model in alternatives
            if model.pk != current.pk and model.serves(language, use_case)
        ]
        options = [option for option in options if current_price and option[0] <= current_price * (1 - MIN_SAVING)]
        if not options:
            continue
        price, _, cheaper = min(options, key=lambda option: option[:2])
        saving = round((1 - price / current_price) * 100)
        traffic = " ".join(part for part in (_language_name(language), _use_case_name(use_case)) if part)
        advice.append(
            f"Switch {traffic or 'traffic'} to {cheaper} ({saving}% cheaper per token): {current} carried "
            f"${top['cost'].quantize(Decimal('0.01'))} of it in the last {days} days."
        )
    return advice


def _price_of(usage: dict, model: AIModel) -> Decimal:
    """What `usage` (token sums) would cost at `model`'s prices."""
    return (
        usage["input_tokens"] * model.price_input
        + usage["output_tokens"] * model.price_output
        + usage["cache_write_tokens"] * model.price_cache_write
        + usage["cache_read_tokens"] * model.price_cache_read
    )


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name"] if code else ""
    except KeyError:
        return code


def _use_case_name(use_case: str) -> str:
    return {"content": "content generation"}.get(use_case, use_case)


NEAR_LIMIT = Decimal("0.8")


def _budgets_near_limit(now: dt.datetime) -> list[str]:
    advice = []
    for budget in Budget.objects.active().select_related("model", "user"):
        end = period_end(budget)
        if end <= now:
            continue  # about to roll over
        left = _days_left(end - now)
        used = budget.spent / budget.limit_usd
        if used >= NEAR_LIMIT:
            advice.append(f"“{budget}” has used {math.floor(used * 100)}% of its ${budget.limit_usd} limit, {left}.")
        elif now - budget.period_start >= dt.timedelta(hours=1) and forecast(budget, now) > budget.limit_usd:
            advice.append(
                f"At the current pace “{budget}” will spend about ${forecast(budget, now)} against its "
                f"${budget.limit_usd} limit by the end of the period, {left}."
            )
    return advice


def _days_left(remaining: dt.timedelta) -> str:
    days = math.ceil(remaining.total_seconds() / 86400)
    return "with 1 day left" if days == 1 else f"with {days} days left"
