import factory
from allauth.account.models import EmailAddress

from admin_tools import services
from admin_tools.models import User

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up learner: verified e-mail, in the Learner group."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def learner_role(user, create, extracted, **kwargs):
        if create:
            services.learner_role_grant(user=user)
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
