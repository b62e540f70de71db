"""Request middleware of admin_tools."""

from allauth.usersessions.models import UserSession
from django.core.cache import cache

ACTIVITY_INTERVAL = 300  # seconds: how fresh "last seen" on the sessions page is


class UserSessionActivityMiddleware:
    """allauth's session activity (last seen, IP and browser of each signed-in session, shown on the sessions page),
    recorded at most once per ACTIVITY_INTERVAL per session. allauth's own middleware records it on every request,
    a transaction of four queries in front of every page and API call; here most requests pay one cache lookup."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        key = session.session_key if session is not None else None
        if key and request.user.is_authenticated and cache.add(f"usersession-seen:{key}", 1, ACTIVITY_INTERVAL):
            UserSession.objects.create_from_request(request)
        return self.get_response(request)
