from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import F, Q


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


class UsageRecord(models.Model):
    """The ledger: one row per AI call, priced from the registry at call time. Append-only."""

    class Outcome(models.TextChoices):
        OK = "ok"
        ERROR = "error"
        CUT_OFF = "cut_off", "cut off mid-stream"
        REFUSED = "refused", "refused by budget"

    request_id = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="ai_usage")
    feature = models.CharField(max_length=40, help_text="What asked: conversation, correction, translation, …")
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
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "created_at"]), models.Index(fields=["model", "created_at"])]

    def __str__(self):
        return f"{self.model_name} {self.outcome} ${self.cost}"


def default_thresholds() -> list[int]:
    return [50, 75, 90, 100]


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
        return self.name or f"{self.get_scope_display()} budget"


class BudgetAlert(models.Model):
    """A threshold crossed in a period: raised once (the unique constraint de-duplicates)."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="alerts")
    period_start = models.DateTimeField()
    threshold = models.PositiveSmallIntegerField()
    spent = models.DecimalField(max_digits=12, decimal_places=6)
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "period_start", "threshold"], name="one_alert_per_threshold")
        ]

    def __str__(self):
        return f"{self.budget}: {self.threshold}%"
