from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from admin_tools import flags


class FlagsApi(APIView):
    @extend_schema(
        summary="Your feature flags",
        description=(
            "Every feature flag with its value for the signed-in user. Percentage rollouts use a stable hash "
            "of user id and flag name, so the app gets the same values as the web pages."
        ),
        responses=inline_serializer("Flags", {"flags": serializers.DictField(child=serializers.BooleanField())}),
    )
    def get(self, request):
        return Response({"flags": flags.flags_for(request.user)})
