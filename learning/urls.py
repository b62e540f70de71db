from django.urls import path

from learning import views, views_progress

app_name = "learning"
urlpatterns = [
    path("onboarding/", views.onboarding, name="onboarding"),
    path("profile/", views.profile_edit, name="profile"),
    path("settings/", views.settings_edit, name="settings"),
    path("progress/", views_progress.progress, name="progress"),
    path("progress/leaderboard/", views_progress.leaderboard, name="leaderboard"),
    path("children/", views.children, name="children"),
    path("children/<int:child_id>/", views.child_detail, name="child_detail"),
    path("children/<int:child_id>/profile/", views.profile_edit, name="child_profile"),
    path("children/<int:child_id>/settings/", views.settings_edit, name="child_settings"),
    path("children/<int:child_id>/progress/", views_progress.child_progress, name="child_progress"),
    path("children/<int:child_id>/delete/", views.child_delete, name="child_delete"),
]
