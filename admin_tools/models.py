import hashlib
from decimal import Decimal
from itertools import pairwise

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from waffle.models import AbstractUserFlag

from admin_tools.gateway.types import UseCase


class Role(models.TextChoices):
    """Roles are Django groups of these names; Admin also means staff."""

    LEARNER = "Learner"
    PARENT = "Parent"
    ADMIN = "Admin"


class UserQuerySet(models.QuerySet):
    def children_of(self, parent: "User") -> "UserQuerySet":
        """The only way any page or endpoint reaches a child account: through its parent."""
        return self.filter(parent_link__parent=parent)


class AccountManager(UserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    objects = AccountManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def is_child(self) -> bool:
        return hasattr(self, "parent_link")

    @property
    def is_parent(self) -> bool:
        return self.groups.filter(name=Role.PARENT).exists()

    @property
    def roles(self) -> list[str]:
        names = set(self.groups.values_list("name", flat=True))
        if self.is_staff:
            names.add(Role.ADMIN)
        return [role.value for role in Role if role.value in names]


class FamilyLink(models.Model):
    """A parent-managed child account. A child has exactly one parent."""

    parent = models.ForeignKey(User, on_delete=models.CASCADE, related_name="child_links")
    child = models.OneToOneField(User, on_delete=models.CASCADE, related_name="parent_link")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.CheckConstraint(condition=~Q(parent=F("child")), name="family_link_not_self")]

    def __str__(self):
        return f"{self.parent} → {self.child}"


# --- AI model registry, usage ledger, budgets (the gateway's tables)


class Provider(models.TextChoices):
    ANTHROPIC = "anthropic", "Anthropic"
    OPENAI_COMPAT = "openai_compat", "OpenAI-compatible server"
    OFFLINE = "offline", "Offline tutor"


class AIModelQuerySet(models.QuerySet):
    def enabled(self):
        return self.filter(enabled=True)


class AIModel(models.Model):
    """A model the gateway may call, with its prices in USD per million tokens (editable in admin)."""

    provider = models.CharField(max_length=20, choices=Provider.choices)
    model_id = models.CharField(max_length=100, help_text="The provider's model name, e.g. claude-sonnet-4-5.")
    display_name = models.CharField(max_length=100)
    enabled = models.BooleanField(default=True)
    priority = models.PositiveSmallIntegerField(default=100, help_text="Lower is tried first.")
    languages = models.JSONField(default=list, blank=True, help_text="Language codes it serves; empty = all.")
    use_cases = models.JSONField(default=list, blank=True, help_text="conversation, analysis, content; empty = all.")
    context_window = models.PositiveIntegerField(default=200_000)
    base_url = models.URLField(blank=True, help_text="For OpenAI-compatible servers (Ollama, vLLM, …).")
    api_key_env = models.CharField(
        max_length=64,
        blank=True,
        help_text="Name of the environment variable holding the API key (keys never go in the database).",
    )
    price_input = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    price_output = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    price_cache_write = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    price_cache_read = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AIModelQuerySet.as_manager()

    class Meta:
        ordering = ["priority", "display_name"]
        verbose_name = "AI model"
        constraints = [
            models.UniqueConstraint(fields=["provider", "model_id", "base_url"], name="unique_ai_model"),
            models.CheckConstraint(
                condition=Q(price_input__gte=0, price_output__gte=0, price_cache_write__gte=0, price_cache_read__gte=0),
                name="ai_model_prices_not_negative",
            ),
        ]

    def __str__(self):
        return self.display_name

    def clean(self):
        errors = {}
        if not isinstance(self.languages, list) or not all(isinstance(code, str) for code in self.languages):
            errors["languages"] = 'A list of language codes, e.g. ["fr", "es"], or [] for all.'
        if not isinstance(self.use_cases, list) or not set(self.use_cases) <= set(UseCase.ALL):
            errors["use_cases"] = f"A list drawn from {', '.join(UseCase.ALL)}, or [] for all."
        if self.provider == Provider.OPENAI_COMPAT and not self.base_url:
            errors["base_url"] = "An OpenAI-compatible server needs its base URL."
        for field in ("price_input", "price_output", "price_cache_write", "price_cache_read"):
            if isinstance(price := getattr(self, field), Decimal | int) and price < 0:
                errors[field] = "A price cannot be negative."
        if errors:
            raise ValidationError(errors)

    def serves(self, language: str, use_case: str) -> bool:
        """Whether it is configured for this language and use case. An empty list means all; an
        unknown ("") language or use case is only served by a model that serves all."""
        return (not self.languages or language in self.languages) and (not self.use_cases or use_case in self.use_cases)


class UsageRecord(models.Model):
    """The ledger: one row per AI call, priced from the registry at call time. Append-only."""

    class Outcome(models.TextChoices):
        OK = "ok"
        ERROR = "error"
        CUT_OFF = "cut_off", "cut off mid-stream"
        REFUSED = "refused", "refused by budget"

    request_id = models.CharField(max_length=64, unique=True, help_text="Ours: one per ledger row.")
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="ai_usage")
    feature = models.CharField(max_length=40, help_text="What asked: conversation, correction, translation, …")
    use_case = models.CharField(max_length=20, blank=True, help_text="conversation, analysis or content (routing)")
    language = models.CharField(max_length=8, blank=True, help_text="Target language code of the request")
    provider = models.CharField(max_length=20, choices=Provider.choices)
    model = models.ForeignKey(AIModel, null=True, blank=True, on_delete=models.SET_NULL, related_name="usage")
    model_name = models.CharField(max_length=100, help_text="model_id at call time")
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cache_write_tokens = models.PositiveIntegerField(default=0)
    cache_read_tokens = models.PositiveIntegerField(default=0)
    cost = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    latency_ms = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.OK)
    is_fallback = models.BooleanField(default=False)
    error = models.CharField(max_length=300, blank=True)
    provider_request_id = models.CharField(
        max_length=100,
        blank=True,
        db_index=True,
        help_text="The provider's own id for the call (Anthropic's request-id, req_…), to match its logs.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "created_at"]), models.Index(fields=["model", "created_at"])]

    def __str__(self):
        return f"{self.model_name} {self.outcome} ${self.cost}"


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


# --- Feature flags (django-waffle's flag model, swapped in by WAFFLE_FLAG_MODEL)


def flag_bucket(name: str, user_id: int) -> int:
    """A user's place, 0–999, in one flag's rollout: a hash of flag name and user id, so a user keeps
    the same answer on every device and every request, and each flag picks a different slice of users."""
    return int(hashlib.sha256(f"{name}:{user_id}".encode()).hexdigest(), 16) % 1000


class FeatureFlag(AbstractUserFlag):
    """A waffle flag decided from the user alone, never from a cookie or the request: pages, the API,
    mobile clients and Celery tasks (which have no request) all get the same answer.

    In order: Everyone Yes/No overrides the rest; then staff, superusers, signed-in users, the chosen
    groups and users; then the percentage, by a stable hash of user id and flag name. Anonymous
    visitors get a flag only when it is on for everyone."""

    # waffle's own field stops at 99.9; 100 lets a rollout finish without switching to "everyone"
    percent = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=(
            "0–100: the share of signed-in users who get the flag, chosen by a stable hash of user id and "
            "flag name (the same answer on web and mobile). Empty = no percentage rollout."
        ),
    )

    class Meta(AbstractUserFlag.Meta):
        verbose_name = "feature flag"
        verbose_name_plural = "feature flags"
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="feature_flag_percent_range",
            )
        ]

    def is_active(self, request, read_only: bool = False) -> bool:
        """waffle's entry point ({% flag %}, waffle.flag_is_active, its decorators): the request only
        gives the user, so waffle's cookie, testing and language rules never apply."""
        return self.is_active_for(getattr(request, "user", None))

    def is_active_for(self, user) -> bool:
        if not self.pk:  # a name with no row (a typo, or a flag not created yet): off
            return False
        if self.everyone is not None:
            return self.everyone
        if user is None or not user.is_authenticated:
            return False
        if self.is_active_for_user(user):  # waffle's staff / superusers / authenticated / users / groups
            return True
        return self.percent is not None and flag_bucket(self.name, user.pk) < self.percent * 10
