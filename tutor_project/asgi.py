"""ASGI entry point: HTTP and websockets, and in embedded mode the in-process Celery worker."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tutor_project.settings.base")

from django.core.asgi import get_asgi_application  # noqa: E402

django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from tutor_project.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)

if settings.EMBEDDED_WORKER:
    from tutor_project import embedded

    embedded.start()

from tutor_project import heap  # noqa: E402

heap.freeze()  # everything loaded by now lives as long as the server
