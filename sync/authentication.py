"""Device tokens: `Authorization: Device <token>`, for the sync endpoints. Kept apart from sync.api for the
reason tutor_project/authentication.py gives."""

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

KEYWORD = "Device"


class DeviceTokenAuthentication(BaseAuthentication):
    """request.user is the device's learner and request.auth the Device. A revoked device's token answers 401."""

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].decode(errors="replace") != KEYWORD:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed(_("Send “Authorization: Device <token>”."))
        from sync.models import Device

        device = Device.for_token(parts[1].decode(errors="replace"))
        if device is None or not device.user.is_active:
            raise exceptions.AuthenticationFailed(_("Unknown or revoked device token."))
        return device.user, device

    def authenticate_header(self, request):
        return KEYWORD
