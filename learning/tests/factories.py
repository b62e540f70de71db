import factory
from django.utils import timezone

from admin_tools.tests.factories import PASSWORD, UserFactory
from learning import services
from learning.models import Language, Profile

__all__ = ["PASSWORD", "LearnerFactory", "child_of"]


class LearnerFactory(UserFactory):
    """A learner who finished onboarding: learning Spanish at A2."""

    @factory.post_generation
    def profile(user, create, extracted, **kwargs):
        if create:
            profile = Profile.objects.create(
                user=user, display_name=f"{user.username.title()}", onboarded_at=timezone.now()
            )
            profile.target_languages.create(language=Language.objects.get(code="es"), level="A2")


def child_of(parent, username: str = "kid", pin: str = "135790"):
    return services.child_create(
        parent=parent,
        username=username,
        password=pin,
        target_languages=[(Language.objects.get(code="fr"), "A1")],
        display_name=username.title(),
    )
