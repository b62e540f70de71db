from django.urls import path

from sync import api

urlpatterns = [
    path("sync/pull", api.PullApi.as_view(), name="sync-pull"),
    path("sync/push", api.PushApi.as_view(), name="sync-push"),
    path("sync/status", api.StatusApi.as_view(), name="sync-status"),
    path("sync/devices", api.DeviceListApi.as_view(), name="sync-devices"),
    path("sync/devices/<int:device_id>", api.DeviceDetailApi.as_view(), name="sync-device"),
]
