from django.contrib import admin
from django.db.models import Count, Q

from sync.models import Conflict, Device, SyncRun
from sync.services import devices as device_services


class SyncRunInline(admin.TabularInline):
    model = SyncRun
    extra = 0
    can_delete = False
    max_num = 0
    fields = ["started_at", "kind", "pulled", "pushed", "conflicts", "duration_ms", "outcome"]
    readonly_fields = fields
    ordering = ["-started_at"]


@admin.register(Device)
class DeviceAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "platform", "app_version", "last_seen_at", "cursor", "open_conflicts",
                    "conflicts_total", "revoked_at"]  # fmt: skip
    list_filter = ["platform", ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "user__username", "user__email"]
    readonly_fields = ["user", "token_hash", "cursor", "created_at", "last_seen_at", "revoked_at"]
    inlines = [SyncRunInline]
    actions = ["revoke"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("user")
            .annotate(
                open_conflict_count=Count("conflicts", filter=Q(conflicts__resolved_at__isnull=True)),
                conflict_count=Count("conflicts"),
            )
        )

    @admin.display(description="open conflicts", ordering="open_conflict_count")
    def open_conflicts(self, device):
        return device.open_conflict_count

    @admin.display(description="conflicts", ordering="conflict_count")
    def conflicts_total(self, device):
        return device.conflict_count

    @admin.action(description="Revoke the selected devices (their tokens stop working)")
    def revoke(self, request, queryset):
        for device in queryset:
            device_services.device_revoke(device=device)


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["table", "record", "user", "device", "created_at", "resolution", "resolved_at"]
    list_filter = ["table", "resolution", ("resolved_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__username", "record"]
    readonly_fields = [f.name for f in Conflict._meta.fields]
