from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from learning import views as learning_views

api_v1 = [
    path("", include("admin_tools.api_urls")),
    path("", include("learning.api_urls")),
    path("", include("spaced_repetition.api_urls")),
    path("", include("conversations.api_urls")),
    path("", include("sync.api_urls")),
]

urlpatterns = [
    path("", learning_views.home, name="home"),
    path("", include("learning.urls")),
    path("", include("admin_tools.urls")),
    path("conversations/", include("conversations.urls")),
    path("review/", include("spaced_repetition.urls")),
    path("sync/", include("sync.urls")),
    path("accounts/", include("allauth.urls")),
    path("_allauth/", include("allauth.headless.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

handler404 = "tutor_project.api.page_not_found"
