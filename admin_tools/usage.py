"""What a learner (or their parent) may read about AI spend: their own ledger rows summed for a
window, their budgets with how much is used, and their alerts. Read-only; shared by the pages
(admin_tools/views.py) and the API (admin_tools/api.py), so both show the same numbers.

Every figure comes from the caller's own ledger rows (`user=`): nobody reads another learner's
usage through here, and a parent reaches a child only after `User.objects.children_of(parent)`.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from admin_tools import budgets, stats
from admin_tools.models import Budget, BudgetAlert, User

# A parent chooses a calendar period for a child; custom lengths stay with the admins.
CHILD_PERIODS = [Budget.Period.DAILY, Budget.Period.WEEKLY, Budget.Period.MONTHLY]


@dataclass(frozen=True)
class UsageSummary:
    since: dt.datetime
    until: dt.datetime
    total: Decimal
    calls: int
    per_day: list[tuple[dt.date, Decimal]]
    per_model: list[dict] = field(default_factory=list)  # {provider, model_name, requests, cost}
    per_feature: list[dict] = field(default_factory=list)  # {feature, requests, cost}

    @property
    def is_empty(self) -> bool:
        return not self.per_model

    @property
    def per_day_bars(self) -> list[tuple[dt.date, Decimal, int]]:
        """(day, cost, bar width in % of the most expensive day) for a CSS bar chart."""
        peak = max((cost for _, cost in self.per_day), default=Decimal(0)) or Decimal(1)
        return [(day, cost, round(cost / peak * 100)) for day, cost in self.per_day]


def usage_summary(*, user: User, since: dt.datetime, until: dt.datetime) -> UsageSummary:
    """The user's own spend in [since, until): per UTC day, per model and per feature (three queries)."""
    per_model = stats.spend_per_model(since=since, until=until, user=user)
    return UsageSummary(
        since=since,
        until=until,
        total=sum((row["cost"] for row in per_model), Decimal(0)),
        calls=sum(row["requests"] for row in per_model),
        per_day=stats.spend_per_day(since=since, until=until, user=user),
        per_model=per_model,
        per_feature=stats.spend_per_feature(since=since, until=until, user=user),
    )


def current_period(*, user: User, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """ "This period" for the user: the current period of their own active budget, or the calendar
    month (UTC) when they have none (or its period is waiting to be rolled over)."""
    now = now or timezone.now()
    budget = user_budgets(viewer=user, user=user).first()
    if budget is not None and budgets.period_end(budget) > now:
        return budget.period_start, now
    return budgets.period_start(Budget.Period.MONTHLY, now), now


def last_days(days: int, *, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The last `days` UTC days, today included (as the admin dashboard counts them)."""
    now = now or timezone.now()
    start = (now.astimezone(dt.UTC) - dt.timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, now


def user_budgets(*, viewer: User, user: User) -> QuerySet[Budget]:
    """The active budgets on `user`'s account that `viewer` may see (themselves, or their child)."""
    return Budget.objects.for_user(viewer).active().filter(user=user).order_by("pk")


def child_budget(*, parent: User, child: User) -> Budget | None:
    """The child's budget a parent manages: its user budget (an active one first, the oldest)."""
    return Budget.objects.for_user(parent).filter(user=child).order_by("-is_active", "pk").first()


def used_percent(budget: Budget) -> int:
    """Whole percent of the limit spent this period (reservations of calls in flight left out)."""
    return int(budget.spent * 100 / budget.limit_usd)


def alerts_prefetch(viewer: User) -> Prefetch:
    """Budgets' alerts, each with `dismissed`: whether `viewer` took it off their own banner. For
    prefetch_related (a queryset of budgets) or prefetch_related_objects (budgets already loaded)."""
    return Prefetch("alerts", queryset=BudgetAlert.objects.with_dismissed_by(viewer))


def current_alerts(budget: Budget) -> list[BudgetAlert]:
    """The alerts of the budget's current period, highest threshold first (prefetch "alerts" first)."""
    alerts = [alert for alert in budget.alerts.all() if alert.period_start == budget.period_start]
    return sorted(alerts, key=lambda alert: -alert.threshold)


@dataclass(frozen=True)
class BudgetStatus:
    budget: Budget
    used_percent: int
    period_end: dt.datetime
    alerts: list[BudgetAlert]


def budget_statuses(budget_list: QuerySet[Budget]) -> list[BudgetStatus]:
    """Each budget with its used percent, period end and this period's alerts (two queries)."""
    return [
        BudgetStatus(budget, used_percent(budget), budgets.period_end(budget), current_alerts(budget))
        for budget in budget_list.prefetch_related("alerts")
    ]


def alerts_of(*, viewer: User, user: User) -> QuerySet[BudgetAlert]:
    """`user`'s alerts of this period on their own budgets that `viewer` (themselves or their parent) has
    not dismissed, as the viewer's banner shows them."""
    return budgets.banner_alerts_for(viewer).filter(budget__user=user)


def alerts_to_dismiss(*, user: User, alert_id: int) -> QuerySet[BudgetAlert]:
    """Dismissing an alert also dismisses the lower thresholds of the same budget and period that
    are still on the user's banner; empty when the alert is not on it (someone else's, or gone)."""
    shown = budgets.banner_alerts_for(user)
    alert = shown.filter(pk=alert_id).values("budget_id", "threshold").first()
    if alert is None:
        return shown.none()
    return shown.filter(budget_id=alert["budget_id"], threshold__lte=alert["threshold"])


@dataclass(frozen=True)
class Banner:
    alert: BudgetAlert
    text: str
    is_own: bool


def banners(user: User) -> list[Banner]:
    """One banner per budget: its highest unacknowledged threshold this period (one query)."""
    shown: dict[int, Banner] = {}
    for alert in budgets.banner_alerts_for(user):  # highest threshold first
        if alert.budget_id not in shown:
            is_own = alert.budget.user_id == user.pk
            shown[alert.budget_id] = Banner(alert, budgets.alert_text(alert, to_owner=is_own), is_own)
    return list(shown.values())
