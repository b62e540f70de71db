"""What the budget tests share: the moment they run at, and budgets made, read and spent through the service."""

import datetime as dt
from decimal import Decimal

from admin_tools import budgets
from admin_tools.models import Budget
from admin_tools.tests.factories import AIModelFactory

USD = Decimal
# A Wednesday afternoon; periods are computed from explicit `now=` values (no clock patching).
NOW = dt.datetime(2026, 3, 18, 15, 30, tzinfo=dt.UTC)
Scope, Period, Action = Budget.Scope, Budget.Period, Budget.Action


def global_budget(**fields) -> Budget:
    return budgets.budget_create(**{"scope": Scope.GLOBAL, "limit_usd": USD("10.00"), **fields})


def stored(budget: Budget) -> tuple[Decimal, Decimal]:
    budget.refresh_from_db()
    return budget.spent, budget.reserved


def alerts_of(budget: Budget) -> list[tuple[dt.datetime, int]]:
    return list(budget.alerts.order_by("period_start", "threshold").values_list("period_start", "threshold"))


def spend(budget: Budget, amount: str, *, user=None, model=None, now=None) -> budgets.Reservation:
    reservation = budgets.reserve(user=user, model=model or AIModelFactory(), estimate=USD(amount), now=now)
    budgets.settle(reservation, USD(amount))
    return reservation
