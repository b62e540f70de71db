"""Test speed-ups and isolation on top of base; the runtime choices (database, Redis) still come
from DATABASE_URL and REDIS_URL, so the suite runs against whatever the machine has."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test starts with an empty cache (rate limits, throttles) without flushing a shared Redis
# database that the broker and channel layer also use.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMBEDDED_WORKER = False  # the suite starts its own worker (conftest.celery_worker), not asgi.py
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file per test run, not Django's shared-cache in-memory database: there, concurrent writers in
    # threads fail at once with "database table is locked", while a file in WAL mode makes them wait
    # for the write lock as in production (the budget race test runs 50 threads).
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), f"tutor-test-{os.getpid()}.sqlite3")}
