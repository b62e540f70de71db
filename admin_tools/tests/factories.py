from decimal import Decimal

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


class AIModelFactory(factory.django.DjangoModelFactory):
    """A registry model priced like Claude Sonnet (USD per million tokens)."""

    class Meta:
        model = "admin_tools.AIModel"

    provider = "anthropic"
    model_id = factory.Sequence(lambda n: f"test-model-{n}")
    display_name = factory.Sequence(lambda n: f"Test model {n}")
    priority = 10
    price_input = Decimal("3")
    price_output = Decimal("15")
    price_cache_write = Decimal("3.75")
    price_cache_read = Decimal("0.30")


class UsageRecordFactory(factory.django.DjangoModelFactory):
    """A ledger row; pass `created_at=` to place it in time (the field is auto_now_add)."""

    class Meta:
        model = "admin_tools.UsageRecord"

    request_id = factory.Sequence(lambda n: f"req-{n}")
    feature = "conversation"
    use_case = "conversation"
    model = factory.SubFactory(AIModelFactory)
    provider = factory.SelfAttribute("model.provider")
    model_name = factory.SelfAttribute("model.model_id")
    cost = Decimal("0.010000")
    latency_ms = 500

    @classmethod
    def _create(cls, model_class, *args, created_at=None, **kwargs):
        record = super()._create(model_class, *args, **kwargs)
        if created_at is not None:
            model_class.objects.filter(pk=record.pk).update(created_at=created_at)
            record.created_at = created_at
        return record
