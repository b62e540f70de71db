"""What every API endpoint shares: one error format and page-based pagination.

Every error answers `{"error": {"code": ..., "message": ..., "fields": {...}}}`; `fields` maps a
field name to its messages (nested the way the input was) and is empty when no field is at fault.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.views import defaults
from drf_spectacular.contrib.django_allauth import XSessionTokenAuthenticationScheme
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler


class SessionTokenScheme(XSessionTokenAuthenticationScheme):
    """Documents SessionTokenAuthentication in the OpenAPI schema. drf-spectacular matches the exact
    class only, and DRF imports this module (for the pagination class) before any schema is built."""

    target_class = "tutor_project.authentication.SessionTokenAuthentication"
    optional = False  # every endpoint requires a signed-in user


class PagePagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def exception_handler(exc, context):
    # Django's own exceptions become their DRF equivalents here, not only inside DRF's handler, so the
    # code below reads a DRF `detail` and `default_code` ("not_found", "permission_denied") from them.
    if isinstance(exc, DjangoValidationError):  # a rule enforced by a service or a model's clean()
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, Http404):  # get_object_or_404
        exc = exceptions.NotFound(*exc.args)
    elif isinstance(exc, DjangoPermissionDenied):  # a service refusing the action
        exc = exceptions.PermissionDenied(*exc.args)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = {name: _plain(messages) for name, messages in detail.items() if name != "non_field_errors"}
            general = detail.get("non_field_errors") or []
            message = str(general[0]) if general else "Some fields are not valid."
        else:
            fields, message = {}, " ".join(str(m) for m in _plain(detail))
        response.data = error_body("invalid", message, fields)
    else:
        detail = getattr(exc, "detail", str(exc))
        code = getattr(detail, "code", None) or getattr(exc, "default_code", "error")
        response.data = error_body(str(code), str(detail))
    return response


def _plain(value):
    """ErrorDetail lists/dicts to plain lists/dicts of strings, keeping the input's nesting."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value)


def page_not_found(request, exception):
    """API clients get the error format for unknown URLs too; people get the 404 page."""
    if request.path.startswith("/api/"):
        return JsonResponse(error_body("not_found", "Not found."), status=status.HTTP_404_NOT_FOUND)
    return defaults.page_not_found(request, exception)
