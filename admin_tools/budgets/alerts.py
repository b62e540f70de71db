"""Budget alerts: one per threshold per period, announced to admins (notice list and e-mail), to the learner
(banner and live notice) and to the parent of a child."""

import datetime as dt
import logging
from decimal import Decimal

from django.conf import settings
from django.core.mail import mail_admins, send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from admin_tools import realtime
from admin_tools.models import Budget, BudgetAlert, BudgetAlertDismissal, User

log = logging.getLogger(__name__)


def alerts_raise(budgets: list[Budget]) -> None:
    """One alert per threshold reached per period. Called under the budget rows' locks, and the
    unique constraint de-duplicates anything that still races."""
    reached = {
        budget: [t for t in budget.thresholds if budget.spent * 100 >= budget.limit_usd * t] for budget in budgets
    }
    reached = {budget: thresholds for budget, thresholds in reached.items() if thresholds}
    if not reached:
        return
    raised = set(
        BudgetAlert.objects.filter(
            Q(*[Q(budget=budget, period_start=budget.period_start) for budget in reached], _connector=Q.OR)
        ).values_list("budget_id", "threshold")
    )
    for budget, thresholds in reached.items():
        for threshold in thresholds:
            if (budget.pk, threshold) in raised:
                continue
            try:
                with transaction.atomic():
                    alert = BudgetAlert.objects.create(
                        budget=budget, period_start=budget.period_start, threshold=threshold, spent=budget.spent
                    )
            except IntegrityError:
                continue  # a concurrent call raised it first
            alert_announce(alert)


def alert_announce(alert: BudgetAlert) -> None:
    """After commit: e-mail the admins (and the parent of a child), tell the learner (and parent) live."""
    budget = alert.budget
    transaction.on_commit(lambda: budget_alert_email(alert=alert))
    if budget.scope != Budget.Scope.USER:
        return
    own_text = alert_text(alert, to_owner=True)
    transaction.on_commit(lambda: realtime.notify_user(budget.user_id, kind="budget", text=own_text))
    parent_link = getattr(budget.user, "parent_link", None)
    if parent_link is not None:
        text = alert_text(alert, to_owner=False)
        transaction.on_commit(lambda: realtime.notify_user(parent_link.parent_id, kind="budget", text=text))


def alert_text(alert: BudgetAlert, *, to_owner: bool) -> str:
    """The alert in words: to the learner whose budget it is, or to anyone else (parent, admins)."""
    budget = alert.budget
    amounts = f"${alert.spent.quantize(Decimal('0.01'))} of ${budget.limit_usd}"
    period = f"{budget.custom_days}-day" if budget.period == Budget.Period.CUSTOM else budget.period
    if budget.scope != Budget.Scope.USER:
        text = f"“{budget}” has reached {alert.threshold}% ({amounts})."
    elif to_owner:
        text = f"You have used {alert.threshold}% of your {period} AI budget ({amounts})."
    else:
        text = f"{budget.user} has used {alert.threshold}% of their {period} AI budget ({amounts})."
    if alert.threshold >= 100:
        text += {
            Budget.Action.BLOCK: " AI replies stop until the next period.",
            Budget.Action.FALLBACK: " Replies now come from a cheaper model or the offline tutor.",
            Budget.Action.WARN: " It only warns: AI replies go on.",
        }[budget.action]
    return text


def budget_alert_email(*, alert: BudgetAlert) -> None:
    """E-mail the admins, and the parent when the budget is a child's. A mail server that fails must
    not fail the AI call that crossed the threshold: the alert stays listed in the admin."""
    budget = alert.budget
    text = alert_text(alert, to_owner=False)
    parent_link = getattr(budget.user, "parent_link", None) if budget.user_id else None
    try:
        mail_admins(f"Budget alert: {budget} reached {alert.threshold}%", text)
        if parent_link is not None and parent_link.parent.email:
            subject = f"{budget.user} reached {alert.threshold}% of the AI budget"
            send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, text, None, [parent_link.parent.email])
    except OSError:  # SMTPException is an OSError
        log.warning("budget alert %s: e-mail not sent", alert.pk, exc_info=True)


def budget_alert_acknowledge(*, alerts: QuerySet[BudgetAlert], admin: User, now: dt.datetime | None = None) -> int:
    """Take alerts off the admins' notification list, for every admin. The learners' and parents' banners are
    theirs to clear (budget_alert_dismiss). Returns how many were still on the list."""
    return alerts.unacknowledged().update(acknowledged_at=now or timezone.now(), acknowledged_by=admin)


def budget_alert_dismiss(*, user: User, alerts: QuerySet[BudgetAlert]) -> int:
    """Take alerts off `user`'s own banner only: the child's dismissal leaves the parent's banner and the
    admins' list as they were, and the other way round. Returns how many were newly dismissed."""
    new = list(alerts.not_dismissed_by(user).values_list("pk", flat=True))
    BudgetAlertDismissal.objects.bulk_create(
        [BudgetAlertDismissal(alert_id=alert_id, user=user) for alert_id in new], ignore_conflicts=True
    )
    return len(new)


def banner_alerts_for(user: User) -> QuerySet[BudgetAlert]:
    """Alerts of this period for the user's own budget and their children's that this user has not dismissed."""
    return (
        BudgetAlert.objects.filter(
            budget__in=Budget.objects.active().concerning(user),
            period_start=F("budget__period_start"),
        )
        .not_dismissed_by(user)
        .select_related("budget__user")
        .order_by("-threshold", "-created_at", "-pk")
    )
