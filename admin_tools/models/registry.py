"""The gateway's tables: the AI model registry and the usage ledger."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from admin_tools.gateway.types import UseCase
from admin_tools.models.accounts import User


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
