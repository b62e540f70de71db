from django.urls import path

from admin_tools import api

urlpatterns = [
    path("flags", api.FlagsApi.as_view(), name="api-flags"),
    path("usage", api.UsageApi.as_view(), name="api-usage"),
    path("usage/budgets", api.UsageBudgetListApi.as_view(), name="api-usage-budgets"),
    path("usage/alerts/<int:alert_id>/dismiss", api.AlertDismissApi.as_view(), name="api-usage-alert-dismiss"),
    path("children/<int:child_id>/usage", api.ChildUsageApi.as_view(), name="api-child-usage"),
    path("children/<int:child_id>/budget", api.ChildBudgetApi.as_view(), name="api-child-budget"),
    path("admin/budgets", api.AdminBudgetListApi.as_view(), name="api-admin-budgets"),
    path("admin/budgets/<int:budget_id>", api.AdminBudgetDetailApi.as_view(), name="api-admin-budget"),
    path("admin/models", api.AdminModelListApi.as_view(), name="api-admin-models"),
    path("admin/models/<int:model_id>", api.AdminModelDetailApi.as_view(), name="api-admin-model"),
]
