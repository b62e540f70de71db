from django.urls import path

from admin_tools import views

app_name = "admin_tools"
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("usage/", views.usage_page, name="usage"),
    path("usage/alerts/<int:alert_id>/acknowledge/", views.alert_acknowledge, name="alert_acknowledge"),
    path("children/<int:child_id>/usage/", views.child_usage, name="child_usage"),
]
