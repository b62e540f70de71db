"""Request middleware of admin_tools."""

import time

from allauth.usersessions.models import UserSession

ACTIVITY_INTERVAL = 300  # seconds: how fresh "last seen" on the sessions page is
# in the session: [its key, when its activity was last recorded (seconds since the epoch)]; a key cycled at sign-in
# makes a new record at once
SEEN_AT = "_activity_seen_at"


class UserSessionActivityMiddleware:
    """allauth's session activity (last seen, IP and browser of each signed-in session, shown on the sessions page),
    recorded at most once per ACTIVITY_INTERVAL per session. allauth's own middleware records it on every request,
    a transaction of four queries in front of every page and API call; here the time of the last record is kept
    in the session, which the request has loaded anyway, so most requests pay nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.session_key and request.user.is_authenticated:
            now = int(time.time())
            key, seen_at = session.get(SEEN_AT, ("", 0))
            if key != session.session_key or now - seen_at >= ACTIVITY_INTERVAL:
                UserSession.objects.create_from_request(request)
                session[SEEN_AT] = (session.session_key, now)
        return self.get_response(request)
