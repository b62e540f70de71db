"""AI budgets and the alerts they raise."""

from decimal import Decimal
from itertools import pairwise

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q

from admin_tools.models.accounts import User
from admin_tools.models.registry import AIModel, Provider


def default_thresholds() -> list[int]:
    return [50, 75, 90, 100]


class BudgetQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def concerning(self, user: User) -> "BudgetQuerySet":
        """User budgets of this user and of the children they manage (what their banner shows)."""
        return self.filter(Q(user=user) | Q(user__parent_link__parent=user), scope=Budget.Scope.USER)

    def for_user(self, user: User) -> "BudgetQuerySet":
        """Who may see a budget: staff see all; a learner their own; a parent also each child's."""
        return self if user.is_staff else self.concerning(user)


class Budget(models.Model):
    """A spending limit for one scope and period. `spent` and `reserved` are for the current
    period (from `period_start`); every call reserves its estimate first and settles after."""

    class Scope(models.TextChoices):
        GLOBAL = "global"
        PROVIDER = "provider"
        MODEL = "model"
        USER = "user"

    class Period(models.TextChoices):
        DAILY = "daily"
        WEEKLY = "weekly"
        MONTHLY = "monthly"
        CUSTOM = "custom", "custom number of days"

    class Action(models.TextChoices):
        WARN = "warn", "warn only"
        FALLBACK = "fallback", "fall back to a cheaper model, then the offline tutor"
        BLOCK = "block", "block further calls"

    name = models.CharField(max_length=100, blank=True)
    scope = models.CharField(max_length=10, choices=Scope.choices)
    provider = models.CharField(max_length=20, choices=Provider.choices, blank=True)
    model = models.ForeignKey(AIModel, null=True, blank=True, on_delete=models.CASCADE, related_name="budgets")
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.CASCADE, related_name="budgets")
    created_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="budgets_created"
    )
    period = models.CharField(max_length=10, choices=Period.choices, default=Period.MONTHLY)
    custom_days = models.PositiveSmallIntegerField(null=True, blank=True)
    limit_usd = models.DecimalField(max_digits=10, decimal_places=2)
    thresholds = models.JSONField(default=default_thresholds, help_text="Alert at these percentages of the limit.")
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.WARN)
    is_active = models.BooleanField(default=True)
    period_start = models.DateTimeField()
    spent = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    reserved = models.DecimalField(max_digits=12, decimal_places=6, default=0)

    objects = BudgetQuerySet.as_manager()

    class Meta:
        ordering = ["scope", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(limit_usd__gt=0), name="budget_limit_positive"),
            models.CheckConstraint(condition=Q(spent__gte=0, reserved__gte=0), name="budget_amounts_not_negative"),
            models.CheckConstraint(
                condition=(
                    Q(scope="global", provider="", model__isnull=True, user__isnull=True)
                    | Q(scope="provider", model__isnull=True, user__isnull=True) & ~Q(provider="")
                    | Q(scope="model", provider="", model__isnull=False, user__isnull=True)
                    | Q(scope="user", provider="", model__isnull=True, user__isnull=False)
                ),
                name="budget_scope_matches_target",
            ),
            models.CheckConstraint(
                condition=~Q(period="custom") | Q(custom_days__gte=1), name="budget_custom_period_has_days"
            ),
        ]

    def __str__(self):
        if self.name:
            return self.name
        target = {
            self.Scope.GLOBAL: "global",
            self.Scope.PROVIDER: self.get_provider_display(),
            self.Scope.MODEL: str(self.model) if self.model_id else "model",
        }.get(self.scope)
        if self.scope == self.Scope.USER:
            return f"{self.period.capitalize()} budget for {self.user}" if self.user_id else "User budget"
        return f"{self.period.capitalize()} {target} budget"

    def clean(self):
        """Field-level checks, so the admin form and the services name the field at fault."""
        errors = {}
        if isinstance(self.limit_usd, Decimal | int) and self.limit_usd <= 0:  # not a number: clean_fields says so
            errors["limit_usd"] = "The limit must be more than $0."
        thresholds = self.thresholds
        if (
            not isinstance(thresholds, list)
            or not thresholds
            or not all(isinstance(t, int) and not isinstance(t, bool) and 1 <= t <= 100 for t in thresholds)
        ):
            errors["thresholds"] = "A list of whole percentages between 1 and 100, e.g. [50, 75, 90, 100]."
        elif any(later <= earlier for earlier, later in pairwise(thresholds)):
            errors["thresholds"] = "Thresholds must be in increasing order, each once."
        if self.period == self.Period.CUSTOM and (self.custom_days is None or self.custom_days < 1):
            errors["custom_days"] = "A custom period needs a number of days (1 or more)."
        elif self.period != self.Period.CUSTOM and self.custom_days is not None:
            errors["custom_days"] = "Only a custom period has a number of days."
        targets = {"provider": self.provider, "model": self.model_id, "user": self.user_id}
        for field, target in targets.items():
            is_set = target not in (None, "")
            if field == self.scope and not is_set:
                errors[field] = f"A {self.scope} budget needs a {field}."
            elif field != self.scope and is_set:
                errors[field] = f"A {self.get_scope_display().lower()} budget has no {field}."
        if errors:
            raise ValidationError(errors)


class BudgetAlertQuerySet(models.QuerySet):
    def not_dismissed_by(self, user: User) -> "BudgetAlertQuerySet":
        return self.exclude(Exists(BudgetAlertDismissal.objects.filter(alert=OuterRef("pk"), user=user)))

    def with_dismissed_by(self, user: User) -> "BudgetAlertQuerySet":
        """Each alert with `dismissed`: whether `user` has taken it off their own banner."""
        return self.annotate(dismissed=Exists(BudgetAlertDismissal.objects.filter(alert=OuterRef("pk"), user=user)))

    def unacknowledged(self) -> "BudgetAlertQuerySet":
        """Still on the admins' notification list."""
        return self.filter(acknowledged_at__isnull=True)


class BudgetAlert(models.Model):
    """A threshold crossed in a period: raised once (the unique constraint de-duplicates).

    Each audience clears it on its own: the admins acknowledge it on their notification list (once, for all
    admins: `acknowledged_at`), while the learner and their parent each dismiss it from their own banner
    (a BudgetAlertDismissal row per person), so nobody's click hides it from anyone else."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="alerts")
    period_start = models.DateTimeField()
    threshold = models.PositiveSmallIntegerField()
    spent = models.DecimalField(max_digits=12, decimal_places=6)
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(
        null=True, blank=True, help_text="When an admin took it off the admins' notification list."
    )
    acknowledged_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="budget_alerts_acknowledged"
    )

    objects = BudgetAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "period_start", "threshold"], name="one_alert_per_threshold")
        ]

    def __str__(self):
        return f"{self.budget}: {self.threshold}%"


class BudgetAlertDismissal(models.Model):
    """One person (the learner, or their parent) took an alert off their own banner."""

    alert = models.ForeignKey(BudgetAlert, on_delete=models.CASCADE, related_name="dismissals")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="budget_alert_dismissals")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alert", "user"], name="one_dismissal_per_user")]

    def __str__(self):
        return f"{self.alert} dismissed by {self.user}"
