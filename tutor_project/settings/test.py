"""Test speed-ups and isolation on top of base; the runtime choices (database, Redis) still come
from DATABASE_URL and REDIS_URL, so the suite runs against whatever the machine has."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test starts with an empty cache (rate limits, throttles) without flushing a shared Redis
# database that the broker and channel layer also use.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMBEDDED_WORKER = False  # the suite starts its own worker (conftest.celery_worker), not asgi.py
