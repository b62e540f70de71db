"""Budgets: spending limits per scope (global, provider, model, user) and period, enforced by reserving a call's
estimated cost before the call and settling its real cost after.

What a full budget does to a call depends on its action and, for a blocking one, on its scope:
- warn: nothing; the alerts say it.
- fall back: the model is skipped and the gateway tries the next model in route order (a cheaper one, another
  provider, the offline tutor last).
- block, on a provider or a model: that provider or model is ruled out, and the call moves on to the next model
  in route order like a fallback; the blocked model is never called, and nothing is refused.
- block, globally or for the user (a child's budget set by the parent is the child's user budget): the call is
  refused outright (GatewayError "budget_blocked", a "refused" ledger row), whatever other models could answer.
Free calls (the offline tutor, a free local model) have nothing to reserve and are never refused.

periods.py      period boundaries and rollover (Celery beat runs `budgets_roll_periods`)
editing.py      create and change budgets (the admin, the API and parents' pages all save through here)
enforcement.py  reserve / release / settle, race-safe under row locks
alerts.py       one alert per threshold per period: e-mail, notices, banners
"""

from admin_tools.budgets.alerts import (
    alert_text,
    banner_alerts_for,
    budget_alert_acknowledge,
    budget_alert_dismiss,
    budget_alert_email,
)
from admin_tools.budgets.editing import budget_create, budget_save, budget_update
from admin_tools.budgets.enforcement import Reservation, applicable_budgets, release, reserve, settle
from admin_tools.budgets.periods import budgets_roll_periods, period_end, period_start

__all__ = [
    "Reservation",
    "alert_text",
    "applicable_budgets",
    "banner_alerts_for",
    "budget_alert_acknowledge",
    "budget_alert_dismiss",
    "budget_alert_email",
    "budget_create",
    "budget_save",
    "budget_update",
    "budgets_roll_periods",
    "period_end",
    "period_start",
    "release",
    "reserve",
    "settle",
]
