"""Budget periods: calendar periods in UTC (day, ISO week from Monday, month) or runs of `custom_days` days from the
moment the budget was created. A budget whose period has ended is rolled over lazily by the next call that touches
it, and by the beat task `budgets_roll_periods` every few minutes."""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from admin_tools.models import Budget


def period_start(period: str, now: dt.datetime) -> dt.datetime:
    """Start of the calendar period containing `now` (UTC); a custom period starts at `now`."""
    now = now.astimezone(dt.UTC)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == Budget.Period.DAILY:
        return day
    if period == Budget.Period.WEEKLY:
        return day - dt.timedelta(days=day.weekday())
    if period == Budget.Period.MONTHLY:
        return day.replace(day=1)
    return now


def period_end(budget: Budget) -> dt.datetime:
    start = budget.period_start.astimezone(dt.UTC)
    if budget.period == Budget.Period.DAILY:
        return start + dt.timedelta(days=1)
    if budget.period == Budget.Period.WEEKLY:
        return start + dt.timedelta(days=7)
    if budget.period == Budget.Period.MONTHLY:
        return (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return start + dt.timedelta(days=budget.custom_days)


def current_start(budget: Budget, now: dt.datetime) -> dt.datetime:
    """Start of the period that contains `now`, for a budget whose period has ended."""
    if budget.period != Budget.Period.CUSTOM:
        return period_start(budget.period, now)
    length = dt.timedelta(days=budget.custom_days)
    return budget.period_start + length * ((now - budget.period_start) // length)


def roll(budget: Budget, now: dt.datetime) -> dt.datetime:
    """Move an ended budget to its current period with nothing spent or reserved. Conditional on the
    old start, so when two callers race only one resets; both compute the same new start."""
    new_start = current_start(budget, now)
    Budget.objects.filter(pk=budget.pk, period_start=budget.period_start).update(
        period_start=new_start, spent=0, reserved=0
    )
    budget.period_start, budget.spent, budget.reserved = new_start, Decimal(0), Decimal(0)
    return new_start


def budgets_roll_periods(now: dt.datetime | None = None) -> int:
    """Reset every budget whose period has ended (run by Celery beat). Returns how many rolled."""
    now = now or timezone.now()
    rolled = 0
    for budget in Budget.objects.order_by("pk"):
        if period_end(budget) <= now:
            with transaction.atomic():
                roll(budget, now)
            rolled += 1
    return rolled
