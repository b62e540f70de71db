from django.urls import path

from admin_tools import api

urlpatterns = [
    path("flags", api.FlagsApi.as_view(), name="api-flags"),
]
