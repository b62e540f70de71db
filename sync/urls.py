from django.urls import path

from sync import views

app_name = "sync"
urlpatterns = [
    path("devices/", views.device_list, name="devices"),
    path("devices/<int:device_id>/revoke/", views.device_revoke, name="device_revoke"),
    path("conflicts/", views.conflict_list, name="conflicts"),
    path("conflicts/<int:conflict_id>/resolve/", views.conflict_resolve, name="conflict_resolve"),
]
