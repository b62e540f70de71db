import factory

from conversations.models import Conversation, Message, Persona, Scenario, TutorMode, Visibility
from learning.models import Language
from learning.tests.factories import LearnerFactory


class ConversationFactory(factory.django.DjangoModelFactory):
    """A Spanish free-talk conversation with the default persona (the catalogue rows come from migrate)."""

    class Meta:
        model = Conversation

    owner = factory.SubFactory(LearnerFactory)
    language = factory.LazyFunction(lambda: Language.objects.get(code="es"))
    level = "A2"
    mode = factory.LazyFunction(lambda: TutorMode.objects.get(slug="free-talk"))
    persona = factory.LazyFunction(lambda: Persona.objects.get(slug="friendly-partner"))
    title = factory.Sequence(lambda n: f"Conversation {n}")


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    conversation = factory.SubFactory(ConversationFactory)
    role = Message.Role.LEARNER
    text = "Hola, me llamo Ana."
    status = Message.Status.COMPLETE


class ScenarioFactory(factory.django.DjangoModelFactory):
    """A learner's own private scenario (the built-ins come from migrate)."""

    class Meta:
        model = Scenario

    owner = factory.SubFactory(LearnerFactory)
    slug = factory.Sequence(lambda n: f"my-scenario-{n}")
    title = factory.Sequence(lambda n: f"My scenario {n}")
    category = "travel"
    level_min = "A1"
    level_max = "A2"
    minutes = 10
    learner_role = "A traveller."
    tutor_role = "A clerk."
    setting = "A station."
    language = "es"
    visibility = Visibility.PRIVATE
