from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import services as account_services
from admin_tools.models import User
from learning import services
from learning.models import Language
from learning.serializers import (
    ChildCreateInputSerializer,
    ChildSerializer,
    ChildUpdateInputSerializer,
    LanguageSerializer,
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
