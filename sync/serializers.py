from rest_framework import serializers

from sync.models import Device, SyncRun


class CursorField(serializers.IntegerField):
    """A cursor as WatermelonDB sends it: a number, or "null" before the first sync."""

    def run_validation(self, data=serializers.empty):
        if data in ("null", "", None):
            return None
        return super().run_validation(data)


class PullQuerySerializer(serializers.Serializer):
    last_pulled_at = CursorField(required=False, allow_null=True, default=None, min_value=0)
    schema_version = serializers.IntegerField(required=False, min_value=1)


class PushQuerySerializer(serializers.Serializer):
    last_pulled_at = CursorField(required=False, allow_null=True, default=None, min_value=0)
    strict = serializers.BooleanField(required=False, default=False)


class PullSerializer(serializers.Serializer):
    changes = serializers.DictField(help_text="{table: {created: [], updated: [records], deleted: [ids]}}")
    timestamp = serializers.IntegerField(help_text="The cursor to send as last_pulled_at next time.")
    experimentalStrategy = serializers.CharField(  # noqa: N815 (WatermelonDB's name)
        required=False, help_text="“replacement” when the cursor was too old: a full resync."
    )


class PushResultSerializer(serializers.Serializer):
    applied = serializers.IntegerField()
    conflicts = serializers.IntegerField()


class DeviceInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=80)
    platform = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")
    app_version = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")


class DeviceSerializer(serializers.ModelSerializer):
    open_conflicts = serializers.IntegerField(read_only=True)

    class Meta:
        model = Device
        fields = [
            "id",
            "name",
            "platform",
            "app_version",
            "cursor",
            "created_at",
            "last_seen_at",
            "revoked_at",
            "open_conflicts",
        ]


class DeviceRegisteredSerializer(serializers.Serializer):
    device = DeviceSerializer()
    token = serializers.CharField(help_text="Send it as “Authorization: Device <token>”. Shown only now.")


class SyncRunSerializer(serializers.ModelSerializer):
    device = serializers.CharField(source="device.name")

    class Meta:
        model = SyncRun
        fields = ["device", "kind", "started_at", "duration_ms", "pulled", "pushed", "conflicts", "outcome"]


class StatusSerializer(serializers.Serializer):
    last_sync = SyncRunSerializer(allow_null=True)
    pending_background_work = serializers.IntegerField()
    cards_to_embed = serializers.IntegerField(
        allow_null=True,
        help_text="Your cards not in the vector store yet (their embedding runs in the background); null when the "
        "vector store does not answer",
    )
    open_conflicts = serializers.IntegerField()
    healthy = serializers.BooleanField()
    checks = serializers.DictField(child=serializers.BooleanField())
    server_cursor = serializers.IntegerField()
