"""django-allauth hooks: sign-up makes a Learner (never staff), children skip e-mail verification."""

# `internal` before `stages`: allauth's stages module fails with a circular import when it is the
# first of the two to load, which happens when the adapter check runs before anything else imports allauth.
from allauth.account import internal, stages  # noqa: F401
from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

from admin_tools import services
from admin_tools.models import FamilyLink


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return settings.ACCOUNT_ALLOW_SIGNUP

    def save_user(self, request, user, form, commit=True):
        # The sign-up form only carries e-mail and password, so nothing here can set is_staff.
        user = super().save_user(request, user, form, commit=commit)
        if user.pk:
            services.learner_role_grant(user=user)
        return user

    def get_login_stages(self):
        default = "allauth.account.stages.EmailVerificationStage"
        return [
            "admin_tools.accounts.EmailVerificationStage" if stage == default else stage
            for stage in super().get_login_stages()
        ]


class EmailVerificationStage(stages.EmailVerificationStage):
    """A parent-managed child account has no e-mail address; its parent vouches for it."""

    def handle(self):
        # No user when allauth fakes a login to hide that an e-mail address is taken (sign-up with it).
        user = self.login.user
        if user is not None and FamilyLink.objects.filter(child_id=user.pk).exists():
            return None, True
        return super().handle()
