from django.urls import path

from learning import api

urlpatterns = [
    path("me", api.MeApi.as_view(), name="api-me"),
    path("profile", api.ProfileApi.as_view(), name="api-profile"),
    path("languages", api.LanguageListApi.as_view(), name="api-languages"),
    path("children", api.ChildListApi.as_view(), name="api-children"),
    path("children/<int:child_id>", api.ChildDetailApi.as_view(), name="api-child"),
]
