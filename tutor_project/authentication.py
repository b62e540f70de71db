"""API authentication. Kept apart from tutor_project.api: DRF imports authentication classes while
rest_framework.views is still loading, so this module must not import it."""

from allauth.headless.contrib.rest_framework.authentication import XSessionTokenAuthentication


class SessionTokenAuthentication(XSessionTokenAuthentication):
    """allauth's app session token (`X-Session-Token`), named in WWW-Authenticate so that a missing
    or revoked token answers 401, not 403."""

    def authenticate_header(self, request):
        return "X-Session-Token"
