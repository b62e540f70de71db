from django.urls import path

from admin_tools import views

app_name = "admin_tools"
urlpatterns = [path("healthz", views.healthz, name="healthz")]
