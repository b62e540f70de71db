"""Authentication backends that read the signed-in learner's profile with the user: one query per request
instead of two, as almost every page and API call reads it (time zone, display name, daily goal). Django
and allauth's backends otherwise, so signing in works as theirs do."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend


class _WithProfile:
    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("profile").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_WithProfile, DjangoModelBackend):
    """Username and password (the admin's sign-in)."""


class AuthenticationBackend(_WithProfile, AllauthBackend):
    """allauth's: e-mail or username, and the sign-in by code."""
