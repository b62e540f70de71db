"""Creating and changing budgets: validation, and a new or re-targeted period counting what the ledger holds."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone

from admin_tools.budgets.periods import period_start
from admin_tools.models import AIModel, Budget, UsageRecord, User, default_thresholds

BUDGET_FIELDS = [
    "name",
    "scope",
    "provider",
    "model",
    "user",
    "period",
    "custom_days",
    "limit_usd",
    "thresholds",
    "action",
    "is_active",
]
# Changing what a budget counts, or how, starts its current period afresh from the ledger.
REANCHOR_FIELDS = {"scope", "provider", "model_id", "user_id", "period", "is_active"}


def budget_create(
    *,
    scope: str,
    limit_usd: Decimal,
    period: str = Budget.Period.MONTHLY,
    action: str = Budget.Action.WARN,
    thresholds: list[int] | None = None,
    provider: str = "",
    model: AIModel | int | None = None,
    user: User | None = None,
    custom_days: int | None = None,
    name: str = "",
    created_by: User | None = None,
    now: dt.datetime | None = None,
) -> Budget:
    """A budget whose current period counts what the ledger already holds for it.

    A creator who is not staff may only budget themselves or a child they manage."""
    if created_by is not None and not created_by.is_staff:
        own_or_child = user is not None and (
            user.pk == created_by.pk or User.objects.children_of(created_by).filter(pk=user.pk).exists()
        )
        if scope != Budget.Scope.USER or not own_or_child:
            raise PermissionDenied("Only your own budget or your children's.")
    budget = Budget(
        name=name,
        scope=scope,
        provider=provider,
        user=user,
        created_by=created_by,
        period=period,
        custom_days=custom_days,
        limit_usd=limit_usd,
        thresholds=default_thresholds() if thresholds is None else list(thresholds),
        action=action,
    )
    if isinstance(model, AIModel):
        budget.model = model
    else:
        budget.model_id = model  # an id, validated (exists?) by full_clean
    return budget_save(budget=budget, now=now)


def budget_update(*, budget: Budget, now: dt.datetime | None = None, **changes) -> Budget:
    unknown = set(changes) - set(BUDGET_FIELDS)
    if unknown:
        raise TypeError(f"Not a budget setting: {', '.join(sorted(unknown))}")
    for field, value in changes.items():
        setattr(budget, field, value)
    return budget_save(budget=budget, now=now)


@transaction.atomic
def budget_save(*, budget: Budget, now: dt.datetime | None = None) -> Budget:
    """Validate and store a new or edited budget (the admin saves through here too).

    `spent` and `reserved` move under concurrent calls, so an edit never writes them back from a
    stale instance: only the settings are saved. A new budget, or one that now counts something
    else (scope, target, period, reactivated), starts its current period with the ledger's spend."""
    now = now or timezone.now()
    if budget.pk is None:
        budget.period_start = period_start(budget.period, now)
        budget.full_clean()
        budget.spent = _ledger_spend(budget, since=budget.period_start, until=now)
        budget.reserved = Decimal(0)
        budget.save()
        return budget
    stored = Budget.objects.select_for_update().get(pk=budget.pk)
    budget.full_clean(exclude=["period_start", "spent", "reserved"])
    budget.save(update_fields=[*BUDGET_FIELDS, "created_by"])
    if any(getattr(stored, field) != getattr(budget, field) for field in REANCHOR_FIELDS):
        budget.period_start = period_start(budget.period, now)
        budget.spent = _ledger_spend(budget, since=budget.period_start, until=now)
        budget.reserved = Decimal(0)
        budget.save(update_fields=["period_start", "spent", "reserved"])
    else:
        budget.period_start, budget.spent, budget.reserved = stored.period_start, stored.spent, stored.reserved
    return budget


def _ledger_filter(budget: Budget) -> Q:
    return {
        Budget.Scope.GLOBAL: Q(),
        Budget.Scope.PROVIDER: Q(provider=budget.provider),
        Budget.Scope.MODEL: Q(model_id=budget.model_id),
        Budget.Scope.USER: Q(user_id=budget.user_id),
    }[budget.scope]


def _ledger_spend(budget: Budget, *, since: dt.datetime, until: dt.datetime) -> Decimal:
    rows = UsageRecord.objects.filter(_ledger_filter(budget), created_at__gte=since, created_at__lte=until)
    return rows.aggregate(total=Sum("cost"))["total"] or Decimal(0)
