"""The sync API: WatermelonDB's pull and push, devices, status. Pull and push authenticate with a device token
(`Authorization: Device <token>`, from POST /api/v1/sync/devices); the rest with the usual session token."""

import orjson
from django.shortcuts import get_object_or_404
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics, status
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import flags
from sync import selectors
from sync.authentication import DeviceTokenAuthentication
from sync.models import Device, SyncRun
from sync.serializers import (
    DeviceInputSerializer,
    DeviceRegisteredSerializer,
    DeviceSerializer,
    PullQuerySerializer,
    PullSerializer,
    PushQuerySerializer,
    PushResultSerializer,
    StatusSerializer,
)
from sync.services import devices, pull, push


class DeviceTokenScheme(OpenApiAuthenticationExtension):
    target_class = "sync.authentication.DeviceTokenAuthentication"
    name = "DeviceTokenAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "header", "name": "Authorization", "description": "`Device <token>`"}


class SyncEnabled(BasePermission):
    """The offline_sync feature flag."""

    message = "Offline sync is not enabled for your account."

    def has_permission(self, request, view):
        return flags.flag_is_active(request.user, flags.OFFLINE_SYNC)


class DeviceApiView(APIView):
    authentication_classes = [DeviceTokenAuthentication]
    permission_classes = [IsAuthenticated, SyncEnabled]


def _query(serializer_class, request) -> dict:
    serializer = serializer_class(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class FastJSONRenderer(JSONRenderer):
    """orjson: a pull of 10,000 records encodes in a tenth of the time of the json module."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return orjson.dumps(data)


class PullApi(DeviceApiView):
    renderer_classes = [FastJSONRenderer]

    @extend_schema(parameters=[PullQuerySerializer], responses=PullSerializer, summary="WatermelonDB pull")
    def get(self, request):
        cursor = _query(PullQuerySerializer, request)["last_pulled_at"]
        with devices.run_recorded(device=request.auth, kind=SyncRun.Kind.PULL) as run:
            result = pull.pull_changes(user=request.user, cursor=cursor)
            run.pulled, run.cursor = result.count, result.timestamp
            if result.full_resync:
                run.outcome = SyncRun.Outcome.FULL_RESYNC
        body = {"changes": result.changes, "timestamp": result.timestamp}
        if result.full_resync:
            body["experimentalStrategy"] = "replacement"
        return Response(body)


class PushApi(DeviceApiView):
    @extend_schema(
        parameters=[
            PushQuerySerializer,
            OpenApiParameter("X-Sync-Strict", OpenApiTypes.BOOL, OpenApiParameter.HEADER, required=False),
        ],
        request=OpenApiTypes.OBJECT,
        responses=PushResultSerializer,
        summary="WatermelonDB push",
    )
    def post(self, request):
        query = _query(PushQuerySerializer, request)
        strict = query["strict"] or request.headers.get("X-Sync-Strict", "").lower() in ("1", "true", "yes")
        with devices.run_recorded(device=request.auth, kind=SyncRun.Kind.PUSH) as run:
            result = push.push_apply(
                user=request.user,
                device=request.auth,
                payload=request.data,
                last_pulled_at=query["last_pulled_at"] or 0,
                strict=strict,
            )
            run.pushed, run.conflicts = result.applied, result.conflicts
            run.followup = [str(uuid) for uuid in result.created.get("review_logs", [])]
            run.cards_changed = bool(result.changed & {"cards", "decks"})
        return Response({"applied": result.applied, "conflicts": result.conflicts})


class DeviceListApi(generics.ListAPIView):
    """Your devices; POST registers one and answers its token, once."""

    serializer_class = DeviceSerializer

    def get_queryset(self):
        return Device.objects.for_user(self.request.user).with_counts()

    @extend_schema(request=DeviceInputSerializer, responses={201: DeviceRegisteredSerializer}, summary="Register")
    def post(self, request):
        data = DeviceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        device, token = devices.device_register(user=request.user, **data.validated_data)
        return Response(DeviceRegisteredSerializer({"device": device, "token": token}).data, status=201)


class DeviceDetailApi(APIView):
    @extend_schema(responses={204: None}, summary="Revoke a device: its token stops working")
    def delete(self, request, device_id: int):
        devices.device_revoke(device=get_object_or_404(Device.objects.for_user(request.user), pk=device_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class StatusApi(APIView):
    authentication_classes = [DeviceTokenAuthentication, *APIView.authentication_classes]

    @extend_schema(responses=StatusSerializer, summary="Last sync, pending background work and health")
    def get(self, request):
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated()
        return Response(StatusSerializer(selectors.sync_status(user=request.user)).data)
