import datetime as dt
from decimal import Decimal

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from waffle.admin import FlagAdmin

from admin_tools import budgets, insights, services, stats
from admin_tools.models import AIModel, Budget, BudgetAlert, FamilyLink, FeatureFlag, UsageRecord, User

admin.site.site_header = "Language Tutor administration"
admin.site.site_title = "Language Tutor admin"
admin.site.index_title = "Users, learning data, AI and system"


class ChildLinkInline(admin.TabularInline):
    model = FamilyLink
    fk_name = "parent"
    extra = 0
    raw_id_fields = ["child"]
    verbose_name = "child account"
    verbose_name_plural = "child accounts"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "role_list", "is_active", "is_staff", "date_joined", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups", "date_joined"]
    search_fields = ["username", "email", "first_name", "last_name"]
    ordering = ["-date_joined"]
    inlines = [ChildLinkInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:  # an account an admin creates is a learner, like one that signs up
            services.learner_role_grant(user=obj)

    @admin.display(description="roles")
    def role_list(self, user):
        names = [group.name for group in user.groups.all()]
        return ", ".join(sorted(names)) or "—"


@admin.register(FamilyLink)
class FamilyLinkAdmin(admin.ModelAdmin):
    list_display = ["parent", "child", "created_at"]
    search_fields = ["parent__username", "parent__email", "child__username"]
    list_filter = ["created_at"]
    raw_id_fields = ["parent", "child"]
    date_hierarchy = "created_at"


@admin.register(FeatureFlag)
class FeatureFlagAdmin(FlagAdmin):
    """waffle's flag admin (bulk on/off actions, the users widget), showing only the fields our evaluation reads."""

    list_display = [
        "name",
        "everyone",
        "percent",
        "staff",
        "superusers",
        "authenticated",
        "group_list",
        "user_count",
        "note",
        "modified",
    ]
    list_display_links = ["name"]
    list_filter = ["everyone", "staff", "superusers", "authenticated", "groups"]
    filter_horizontal = ["groups"]
    ordering = ["name"]
    fieldsets = [
        (None, {"fields": ["name", "note"]}),
        (
            "Who gets the feature",
            {
                "description": (
                    "Everyone = Yes or No decides for everybody and overrides the rest. Otherwise the flag is on "
                    "for a signed-in user who is staff (if Staff is ticked), a superuser (if Superusers), signed "
                    "in at all (if Authenticated), in one of the Groups (Learner, Parent, Admin) or one of the "
                    "Users; failing those, for the Percent of signed-in users picked by a stable hash of user id "
                    "and flag name, so a user gets the same answer on the web and in the mobile app (which reads "
                    "its flags from GET /api/v1/flags). Visitors who are not signed in get a flag only when "
                    "Everyone is Yes. Changes apply as soon as they are saved."
                ),
                "fields": ["everyone", "staff", "superusers", "authenticated", "groups", "users", "percent"],
            },
        ),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("groups")
        return queryset.annotate(user_total=Count("users", distinct=True))

    @admin.display(description="groups")
    def group_list(self, flag):
        return ", ".join(sorted(group.name for group in flag.groups.all())) or "—"

    @admin.display(description="users", ordering="user_total")
    def user_count(self, flag):
        return flag.user_total


# --- AI gateway: model registry, usage ledger, budgets and their alerts

STATS_DAYS = 7


class AIModelChangeList(ChangeList):
    """Attaches the last week's ledger stats to the listed models: two queries for the whole page."""

    def get_results(self, request):
        super().get_results(request)
        since = timezone.now() - dt.timedelta(days=STATS_DAYS)
        week = stats.model_stats(since=since, model_ids=[model.pk for model in self.result_list])
        for model in self.result_list:
            model.stats_week = week.get(model.pk, stats.ModelStats())


@admin.register(AIModel)
class AIModelAdmin(admin.ModelAdmin):
    list_display = [
        "display_name",
        "provider",
        "model_id",
        "enabled",
        "priority",
        "price_input",
        "price_output",
        "price_cache_write",
        "price_cache_read",
        "requests",
        "error_rate",
        "p50",
        "p95",
        "cost",
    ]
    list_editable = ["enabled", "priority"]
    list_filter = ["provider", "enabled"]
    formfield_overrides = {models.URLField: {"assume_scheme": "http"}}  # local servers rarely speak https
    search_fields = ["display_name", "model_id"]
    fieldsets = [
        (None, {"fields": ["provider", "model_id", "display_name", "enabled", "priority"]}),
        ("Routing", {"fields": ["languages", "use_cases", "context_window"]}),
        ("Connection", {"fields": ["base_url", "api_key_env"]}),
        (
            "Prices (USD per million tokens)",
            {"fields": ["price_input", "price_output", "price_cache_write", "price_cache_read"]},
        ),
    ]

    def get_changelist(self, request, **kwargs):
        return AIModelChangeList

    @admin.display(description=f"requests ({STATS_DAYS} d)")
    def requests(self, model):
        return model.stats_week.requests

    @admin.display(description="errors")
    def error_rate(self, model):
        rate = model.stats_week.error_rate
        return "—" if rate is None else f"{rate:.1%}"

    @admin.display(description="p50")
    def p50(self, model):
        return _ms(model.stats_week.p50_ms)

    @admin.display(description="p95")
    def p95(self, model):
        return _ms(model.stats_week.p95_ms)

    @admin.display(description=f"cost ({STATS_DAYS} d)")
    def cost(self, model):
        return _usd(model.stats_week.cost)


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"


def _usd(value: Decimal | None) -> str:
    return f"${(value or Decimal(0)).quantize(Decimal('0.01'))}"


@admin.register(UsageRecord)
class UsageRecordAdmin(admin.ModelAdmin):
    """The ledger is append-only: viewable, never added to, edited or deleted here."""

    list_display = [
        "created_at",
        "user",
        "feature",
        "provider",
        "model_name",
        "outcome",
        "is_fallback",
        "input_tokens",
        "output_tokens",
        "cache_write_tokens",
        "cache_read_tokens",
        "cost",
        "latency_ms",
    ]
    list_filter = [
        "provider",
        ("model", admin.RelatedOnlyFieldListFilter),
        "outcome",
        "feature",
        "use_case",
        "language",
        "is_fallback",
        "created_at",
    ]
    search_fields = ["user__username", "user__email", "request_id", "provider_request_id"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        dashboard = path(
            "dashboard/", self.admin_site.admin_view(self.dashboard_view), name="admin_tools_usagerecord_dashboard"
        )
        return [dashboard, *super().get_urls()]

    def dashboard_view(self, request):
        """Spend per day, provider, model and user; budgets with their forecast; advice."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        days = {"7": 7, "30": 30, "90": 90}.get(request.GET.get("days", ""), 30)
        now = timezone.now()
        since = (now - dt.timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
        per_day = stats.spend_per_day(since=since, until=now)
        peak = max((cost for _, cost in per_day), default=Decimal(0)) or Decimal(1)
        active_budgets = Budget.objects.active().select_related("model", "user")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "AI cost dashboard",
            "days": days,
            "day_choices": [7, 30, 90],
            "total": sum((cost for _, cost in per_day), Decimal(0)),
            "per_day": [(day, cost, round(cost / peak * 100)) for day, cost in per_day],
            "per_provider": stats.spend_per_provider(since=since, until=now),
            "per_model": stats.spend_per_model(since=since, until=now),
            "per_user": stats.spend_per_user(since=since, until=now),
            "budgets": [
                (budget, _percent(budget), insights.forecast(budget, now), budgets.period_end(budget))
                for budget in active_budgets
            ],
            "alerts": BudgetAlert.objects.unacknowledged().select_related("budget__user", "budget__model"),
            "recommendations": insights.recommendations(now=now),
            "month": insights.month_forecast(now),
        }
        return TemplateResponse(request, "admin/admin_tools/usagerecord/dashboard.html", context)


def _percent(budget: Budget) -> int:
    return int(budget.spent * 100 / budget.limit_usd)


@admin.register(Budget)
class BudgetAdmin(admin.ModelAdmin):
    list_display = ["__str__", "scope", "period", "action", "usage", "forecast", "ends", "is_active"]
    list_filter = ["scope", "period", "action", "is_active"]
    search_fields = ["name", "user__username", "model__display_name", "provider"]
    list_select_related = ["model", "user"]
    raw_id_fields = ["user"]
    readonly_fields = ["period_start", "spent", "reserved", "created_by"]
    fieldsets = [
        (None, {"fields": ["name", "is_active"]}),
        ("What it covers", {"fields": ["scope", "provider", "model", "user"]}),
        ("Limit", {"fields": ["limit_usd", "period", "custom_days", "thresholds", "action"]}),
        ("Current period", {"fields": ["period_start", "spent", "reserved", "created_by"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        # never obj.save(): spent and reserved move under concurrent calls
        budgets.budget_save(budget=obj)

    @admin.display(description="spent of limit")
    def usage(self, budget):
        return f"{_usd(budget.spent)} of ${budget.limit_usd} ({_percent(budget)}%)"

    @admin.display(description="forecast")
    def forecast(self, budget):
        return _usd(insights.forecast(budget))

    @admin.display(description="period ends")
    def ends(self, budget):
        return budgets.period_end(budget)


class AcknowledgedFilter(admin.SimpleListFilter):
    title = "acknowledged by an admin"
    parameter_name = "acknowledged"

    def lookups(self, request, model_admin):
        return [("no", "No"), ("yes", "Yes")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.unacknowledged()
        if self.value() == "yes":
            return queryset.filter(acknowledged_at__isnull=False)
        return queryset


@admin.register(BudgetAlert)
class BudgetAlertAdmin(admin.ModelAdmin):
    """The admins' notification list: raised by the budgets, acknowledged here for all admins. Learners and
    parents dismiss the same alert from their own banners independently (BudgetAlertDismissal)."""

    list_display = [
        "budget",
        "threshold_reached",
        "spent",
        "period_start",
        "created_at",
        "acknowledged",
        "acknowledged_by",
    ]
    list_filter = [AcknowledgedFilter, "threshold", "created_at"]
    search_fields = ["budget__name", "budget__user__username"]
    list_select_related = ["budget__user", "budget__model", "acknowledged_by"]
    readonly_fields = [
        "budget",
        "period_start",
        "threshold",
        "spent",
        "created_at",
        "acknowledged_at",
        "acknowledged_by",
    ]
    fields = readonly_fields
    actions = ["acknowledge"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="threshold", ordering="threshold")
    def threshold_reached(self, alert):
        return f"{alert.threshold}%"

    @admin.display(description="acknowledged", boolean=True, ordering="acknowledged_at")
    def acknowledged(self, alert):
        return alert.acknowledged_at is not None

    @admin.action(description="Acknowledge the selected alerts", permissions=["change"])
    def acknowledge(self, request, queryset):
        count = budgets.budget_alert_acknowledge(alerts=queryset, admin=request.user)
        self.message_user(request, f"{count} alert{'s' if count != 1 else ''} acknowledged.")
