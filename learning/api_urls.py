from django.urls import path

from learning import api

urlpatterns = [
    path("me", api.MeApi.as_view(), name="api-me"),
    path("profile", api.ProfileApi.as_view(), name="api-profile"),
    path("languages", api.LanguageListApi.as_view(), name="api-languages"),
    path("children", api.ChildListApi.as_view(), name="api-children"),
    path("children/<int:child_id>", api.ChildDetailApi.as_view(), name="api-child"),
    path("children/<int:child_id>/gamification", api.ChildGamificationApi.as_view(), name="api-child-gamification"),
    path("gamification", api.GamificationApi.as_view(), name="api-gamification"),
    path("leaderboards", api.LeaderboardApi.as_view(), name="api-leaderboards"),
    path("league", api.LeagueApi.as_view(), name="api-league"),
]
