from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from admin_tools import budgets, stats, usage
from admin_tools.budgets.editing import BUDGET_FIELDS
from admin_tools.models import AIModel, Budget, BudgetAlert, Provider, User

# Amounts are USD strings with the ledger's precision (micro-dollars).
USD = {"max_digits": 12, "decimal_places": 6}


# --- output


class DaySpendSerializer(serializers.Serializer):
    date = serializers.DateField(help_text="UTC day")
    cost_usd = serializers.DecimalField(**USD)


class ModelSpendSerializer(serializers.Serializer):
    provider = serializers.CharField()
    model = serializers.CharField(source="model_name", help_text="The provider's model id at call time")
    calls = serializers.IntegerField(source="requests")
    cost_usd = serializers.DecimalField(source="cost", **USD)


class FeatureSpendSerializer(serializers.Serializer):
    feature = serializers.CharField()
    calls = serializers.IntegerField(source="requests")
    cost_usd = serializers.DecimalField(source="cost", **USD)


class UsageSerializer(serializers.Serializer):
    since = serializers.DateTimeField()
    until = serializers.DateTimeField()
    total_usd = serializers.DecimalField(source="total", **USD)
    calls = serializers.IntegerField(help_text="Calls sent to a provider (a call refused by a budget is not one)")
    per_day = serializers.SerializerMethodField()
    per_model = ModelSpendSerializer(many=True)
    per_feature = FeatureSpendSerializer(many=True)

    @extend_schema_field(DaySpendSerializer(many=True))
    def get_per_day(self, summary) -> list[dict]:
        return DaySpendSerializer([{"date": day, "cost_usd": cost} for day, cost in summary.per_day], many=True).data


class BudgetAlertSerializer(serializers.ModelSerializer):
    """An alert as its learner or their parent sees it (load it with usage.alerts_prefetch(viewer))."""

    dismissed = serializers.BooleanField(read_only=True, help_text="Whether you have dismissed it from your banner")

    class Meta:
        model = BudgetAlert
        fields = ["id", "threshold", "spent", "created_at", "dismissed"]


class AdminBudgetAlertSerializer(serializers.ModelSerializer):
    """An alert on the admins' notification list."""

    class Meta:
        model = BudgetAlert
        fields = ["id", "threshold", "spent", "created_at", "acknowledged_at", "acknowledged_by"]


class BudgetSerializer(serializers.ModelSerializer):
    thresholds = serializers.ListField(child=serializers.IntegerField())
    period_end = serializers.SerializerMethodField()
    used_percent = serializers.SerializerMethodField()
    alerts = serializers.SerializerMethodField()

    class Meta:
        model = Budget
        fields = [
            "id",
            *BUDGET_FIELDS,
            "period_start",
            "period_end",
            "spent",
            "reserved",
            "used_percent",
            "alerts",
        ]

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_period_end(self, budget):
        return serializers.DateTimeField().to_representation(budgets.period_end(budget))

    def get_used_percent(self, budget) -> int:
        """Whole percent of the limit spent this period"""
        return usage.used_percent(budget)

    @extend_schema_field(BudgetAlertSerializer(many=True))
    def get_alerts(self, budget) -> list[dict]:
        """The alerts raised in the current period, highest threshold first"""
        return BudgetAlertSerializer(usage.current_alerts(budget), many=True).data


class AdminBudgetSerializer(BudgetSerializer):
    @extend_schema_field(AdminBudgetAlertSerializer(many=True))
    def get_alerts(self, budget) -> list[dict]:
        """The alerts raised in the current period, highest threshold first, with the admins' acknowledgement"""
        return AdminBudgetAlertSerializer(usage.current_alerts(budget), many=True).data


class ModelStatsSerializer(serializers.Serializer):
    requests = serializers.IntegerField()
    errors = serializers.IntegerField()
    error_rate = serializers.FloatField(allow_null=True)
    p50_ms = serializers.FloatField(allow_null=True)
    p95_ms = serializers.FloatField(allow_null=True)
    cost = serializers.DecimalField(**USD)


class AIModelSerializer(serializers.ModelSerializer):
    languages = serializers.ListField(child=serializers.CharField())
    use_cases = serializers.ListField(child=serializers.CharField())
    stats_7_days = serializers.SerializerMethodField()

    class Meta:
        model = AIModel
        fields = [
            "id",
            "provider",
            "model_id",
            "display_name",
            "enabled",
            "priority",
            "languages",
            "use_cases",
            "context_window",
            "base_url",
            "price_input",
            "price_output",
            "price_cache_write",
            "price_cache_read",
            "updated_at",
            "stats_7_days",
        ]

    @extend_schema_field(ModelStatsSerializer)
    def get_stats_7_days(self, model) -> dict:
        """Requests, errors, latency percentiles and cost over the last 7 days, from the ledger"""
        return ModelStatsSerializer(self.context["stats"].get(model.pk, stats.ModelStats())).data


# --- input (shape only; the rules live in Budget.clean, AIModel.clean and admin_tools.budgets)

ANY_DECIMAL = {"max_digits": None, "decimal_places": None}  # digits and places: the model field's rule


class UsageQuerySerializer(serializers.Serializer):
    days = serializers.IntegerField(
        min_value=1, max_value=90, required=False, help_text="The last N UTC days (1–90); default: this period"
    )


class ChildBudgetInputSerializer(serializers.Serializer):
    limit_usd = serializers.DecimalField(**ANY_DECIMAL)
    period = serializers.ChoiceField(choices=[(value, Budget.Period(value).label) for value in usage.CHILD_PERIODS])
    action = serializers.ChoiceField(choices=Budget.Action.choices)
    thresholds = serializers.ListField(
        child=serializers.IntegerField(), required=False, help_text="Percentages in increasing order, 1–100"
    )


class AdminBudgetInputSerializer(serializers.Serializer):
    name = serializers.CharField(allow_blank=True, required=False)
    scope = serializers.ChoiceField(choices=Budget.Scope.choices)
    provider = serializers.ChoiceField(choices=Provider.choices, allow_blank=True, required=False)
    model = serializers.PrimaryKeyRelatedField(queryset=AIModel.objects.all(), allow_null=True, required=False)
    user = serializers.PrimaryKeyRelatedField(queryset=User.objects.all(), allow_null=True, required=False)
    period = serializers.ChoiceField(choices=Budget.Period.choices, required=False)
    custom_days = serializers.IntegerField(allow_null=True, required=False)
    limit_usd = serializers.DecimalField(**ANY_DECIMAL)
    thresholds = serializers.ListField(child=serializers.IntegerField(), required=False)
    action = serializers.ChoiceField(choices=Budget.Action.choices, required=False)


class AdminBudgetUpdateInputSerializer(AdminBudgetInputSerializer):
    is_active = serializers.BooleanField(required=False)


class AIModelUpdateInputSerializer(serializers.Serializer):
    enabled = serializers.BooleanField(required=False)
    priority = serializers.IntegerField(required=False, help_text="Lower is tried first")
    price_input = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_output = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_cache_write = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_cache_read = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")


class AIModelCreateInputSerializer(serializers.Serializer):
    provider = serializers.ChoiceField(choices=Provider.choices)
    model_id = serializers.CharField(help_text="The provider's model name, e.g. claude-sonnet-4-5")
    display_name = serializers.CharField()
    enabled = serializers.BooleanField(required=False)
    priority = serializers.IntegerField(required=False, help_text="Lower is tried first")
    languages = serializers.ListField(child=serializers.CharField(), required=False, help_text="Empty: all")
    use_cases = serializers.ListField(child=serializers.CharField(), required=False, help_text="Empty: all")
    context_window = serializers.IntegerField(required=False)
    base_url = serializers.CharField(allow_blank=True, required=False, help_text="For OpenAI-compatible servers")
    api_key_env = serializers.CharField(
        allow_blank=True, required=False, help_text="Name of the environment variable holding the key"
    )
    price_input = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_output = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_cache_write = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
    price_cache_read = serializers.DecimalField(**ANY_DECIMAL, required=False, help_text="USD per million tokens")
