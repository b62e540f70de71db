"""A learner's AI usage in the current period, shared by the usage page, API and browser tests.

The period is pinned without patching the clock: the learner's budget is a custom 7-day budget that
started at UTC midnight two days ago (`start`), so "this period" is [start, now) and every ledger row below
sits at a known offset from `start`: all of them before today, whatever the time of day the tests run. Another
learner's row in the same hours must never show.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from admin_tools import budgets
from admin_tools.models import AIModel, Budget, BudgetAlert, User
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory
from learning.tests.factories import LearnerFactory

USD = Decimal
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


@dataclass
class Usage:
    learner: User
    other: User
    start: dt.datetime
    budget: Budget
    sonnet: AIModel
    haiku: AIModel

    def day_totals(self) -> list[tuple[dt.date, Decimal]]:
        """Every UTC day from the period start to now, with the learner's spend in the period."""
        rows = {
            self.start + HOUR: USD("0.012000"),
            self.start + HOUR + MINUTE: USD("0.003000"),
            self.start + 26 * HOUR: USD("0.025000"),
        }
        first, last = self.start.date(), timezone.now().date()
        totals = dict.fromkeys((first + dt.timedelta(days=n) for n in range((last - first).days + 1)), USD(0))
        for at, cost in rows.items():
            totals[at.date()] += cost
        return list(totals.items())


def learner_usage(learner: User | None = None) -> Usage:
    """Spend $0.040 of a $0.05 blocking budget: 80 %, so the 50 % and 75 % alerts were raised."""
    learner = learner or LearnerFactory(username="lena")
    other = LearnerFactory(username="otto")
    start = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0) - 2 * dt.timedelta(days=1)
    sonnet = AIModel.objects.get(model_id="claude-sonnet-4-5")  # the seeded registry
    haiku = AIModel.objects.get(model_id="claude-haiku-4-5")
    secret = AIModelFactory(model_id="ottos-model", display_name="Otto's model")
    budget = budgets.budget_create(
        scope=Budget.Scope.USER,
        user=learner,
        period=Budget.Period.CUSTOM,
        custom_days=7,
        limit_usd=USD("0.05"),
        action=Budget.Action.BLOCK,
        now=start,
    )
    UsageRecordFactory(user=learner, model=sonnet, cost=USD("0.012"), created_at=start + HOUR)
    UsageRecordFactory(
        user=learner, model=haiku, feature="correction", cost=USD("0.003"), created_at=start + HOUR + MINUTE
    )
    UsageRecordFactory(user=learner, model=sonnet, cost=USD("0.025"), created_at=start + 26 * HOUR)
    # refused by a budget: never sent, costs nothing, is not a call
    UsageRecordFactory(
        user=learner, model=haiku, feature="correction", cost=0, outcome="refused", created_at=start + 27 * HOUR
    )
    UsageRecordFactory(user=learner, model=sonnet, cost=USD("0.5"), created_at=start - HOUR)  # the period before
    UsageRecordFactory(user=other, model=secret, feature="translation", cost=USD("0.9"), created_at=start + HOUR)
    # what the gateway did for those calls: reserve, then settle the real cost (raising the alerts)
    budgets.settle(budgets.reserve(user=learner, model=sonnet, estimate=USD("0.040")), USD("0.040"))
    budget.refresh_from_db()
    return Usage(learner=learner, other=other, start=start, budget=budget, sonnet=sonnet, haiku=haiku)


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def budget_body(budget: Budget, *, viewer: User | None = None, **overrides) -> dict:
    """A budget as the API shows it, read back from the database: to `viewer` (a learner or parent), its alerts
    say whether that viewer dismissed them; without one, as the admin endpoints show them."""
    budget = Budget.objects.get(pk=budget.pk)
    alerts = budget.alerts.filter(period_start=budget.period_start).order_by("-threshold")
    return {
        "id": budget.pk,
        "name": budget.name,
        "scope": budget.scope,
        "provider": budget.provider,
        "model": budget.model_id,
        "user": budget.user_id,
        "period": budget.period,
        "custom_days": budget.custom_days,
        "limit_usd": str(budget.limit_usd),
        "thresholds": budget.thresholds,
        "action": budget.action,
        "is_active": budget.is_active,
        "period_start": iso(budget.period_start),
        "period_end": iso(budgets.period_end(budget)),
        "spent": f"{budget.spent:.6f}",
        "reserved": f"{budget.reserved:.6f}",
        "used_percent": int(budget.spent * 100 / budget.limit_usd),
        "alerts": [_alert_body(alert, viewer) for alert in alerts],
        **overrides,
    }


def _alert_body(alert: BudgetAlert, viewer: User | None) -> dict:
    body = {
        "id": alert.pk,
        "threshold": alert.threshold,
        "spent": f"{alert.spent:.6f}",
        "created_at": iso(alert.created_at),
    }
    if viewer is not None:
        return body | {"dismissed": alert.dismissals.filter(user=viewer).exists()}
    acknowledged_at = iso(alert.acknowledged_at) if alert.acknowledged_at else None
    return body | {"acknowledged_at": acknowledged_at, "acknowledged_by": alert.acknowledged_by_id}
