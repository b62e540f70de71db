from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import flags
from admin_tools import services as account_services
from admin_tools.models import User
from learning import services
from learning.gamification import selectors as gamification
from learning.models import Language
from learning.serializers import (
    ChildCreateInputSerializer,
    ChildSerializer,
    ChildUpdateInputSerializer,
    GamificationSerializer,
    LanguageSerializer,
    LeaderboardInputSerializer,
    LeaderboardSerializer,
    LeagueSerializer,
    MeSerializer,
    ProfileInputSerializer,
    ProfileSerializer,
)


def _children_of(user):
    return (
        User.objects.children_of(user)
        .select_related("profile", "parent_link")
        .prefetch_related("profile__target_languages__language")
        .order_by("parent_link__created_at")
    )


class MeApi(APIView):
    @extend_schema(responses=MeSerializer, summary="The signed-in account and its roles")
    def get(self, request):
        services.profile_get(user=request.user)
        return Response(MeSerializer(request.user).data)


class ProfileApi(APIView):
    @extend_schema(responses=ProfileSerializer, summary="Your learner profile")
    def get(self, request):
        return Response(ProfileSerializer(services.profile_get(user=request.user)).data)

    @extend_schema(
        request=ProfileInputSerializer,
        responses=ProfileSerializer,
        summary="Change your profile; `target_languages`, when given, replaces the whole list",
    )
    def patch(self, request):
        data = ProfileInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        profile = services.profile_update(profile=services.profile_get(user=request.user), **data.service_kwargs)
        return Response(ProfileSerializer(profile).data)


class LanguageListApi(generics.ListAPIView):
    """Every language the product knows, with what it supports for each."""

    queryset = Language.objects.all()
    serializer_class = LanguageSerializer


class ChildListApi(generics.ListAPIView):
    serializer_class = ChildSerializer

    def get_queryset(self):
        return _children_of(self.request.user)

    @extend_schema(
        request=ChildCreateInputSerializer, responses={201: ChildSerializer}, summary="Create a child account"
    )
    def post(self, request):
        data = ChildCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        kwargs = data.service_kwargs
        child = services.child_create(
            parent=request.user, username=kwargs.pop("username"), password=kwargs.pop("password"), **kwargs
        )
        return Response(
            ChildSerializer(_children_of(request.user).get(pk=child.pk)).data, status=status.HTTP_201_CREATED
        )


class ChildDetailApi(APIView):
    def _child(self, request, child_id):
        return get_object_or_404(_children_of(request.user), pk=child_id)

    @extend_schema(responses=ChildSerializer, summary="One of your children")
    def get(self, request, child_id: int):
        return Response(ChildSerializer(self._child(request, child_id)).data)

    @extend_schema(
        request=ChildUpdateInputSerializer, responses=ChildSerializer, summary="Change a child's profile or PIN"
    )
    def patch(self, request, child_id: int):
        child = self._child(request, child_id)
        data = ChildUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.child_update(child=child, **data.service_kwargs)
        return Response(ChildSerializer(self._child(request, child_id)).data)

    @extend_schema(responses={204: None}, summary="Delete a child account and all its data")
    def delete(self, request, child_id: int):
        account_services.child_account_delete(parent=request.user, child=self._child(request, child_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- gamification: read only; XP moves only when the services record real events


def _gamification(user: User) -> dict:
    return {"status": gamification.status(user), "achievements": gamification.achievements_grid(user)}


def _leagues_on(request) -> None:
    if not flags.flag_is_active(request, flags.LEAGUES):
        raise Http404("Leagues are switched off.")


class GamificationApi(APIView):
    @extend_schema(responses=GamificationSerializer, summary="Your XP, level, streak, daily goal and achievements")
    def get(self, request):
        return Response(GamificationSerializer(_gamification(request.user)).data)


class ChildGamificationApi(APIView):
    @extend_schema(responses=GamificationSerializer, summary="One of your children's XP, streak and achievements")
    def get(self, request, child_id: int):
        child = get_object_or_404(_children_of(request.user), pk=child_id)
        return Response(GamificationSerializer(_gamification(child)).data)


class LeaderboardApi(APIView):
    @extend_schema(
        parameters=[LeaderboardInputSerializer],
        responses=LeaderboardSerializer,
        summary="The top 50 learners by XP this week (`period=week`, weeks start Monday 00:00 UTC) or ever",
    )
    def get(self, request):
        _leagues_on(request)
        data = LeaderboardInputSerializer(data=request.query_params)
        data.is_valid(raise_exception=True)
        period = data.validated_data["period"]
        rows = gamification.leaderboard(period=period, user=request.user)
        return Response(LeaderboardSerializer({"period": period, "results": rows}).data)


class LeagueApi(APIView):
    @extend_schema(responses=LeagueSerializer, summary="Your league this week: ranks, XP and promotion zones")
    def get(self, request):
        _leagues_on(request)
        return Response(LeagueSerializer({"league": gamification.league_table(request.user)}).data)
