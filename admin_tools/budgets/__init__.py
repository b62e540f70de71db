"""Budgets: spending limits per scope (global, provider, model, user) and period, enforced by reserving a call's
estimated cost before the call and settling its real cost after.

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
