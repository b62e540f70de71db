"""WSGI entry point for serving HTTP with gunicorn in production (websockets go to asgi.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tutor_project.settings.base")

application = get_wsgi_application()

from tutor_project import heap  # noqa: E402

heap.freeze()  # everything loaded by now lives as long as the server
