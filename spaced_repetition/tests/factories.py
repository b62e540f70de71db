import factory

from admin_tools.tests.factories import UserFactory
from spaced_repetition.models import Card, Deck


class DeckFactory(factory.django.DjangoModelFactory):
    """A Spanish deck of a signed-up learner."""

    class Meta:
        model = Deck

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Spanish {n}")
    language = "es"


class CardFactory(factory.django.DjangoModelFactory):
    """A new word card, added by hand."""

    class Meta:
        model = Card

    deck = factory.SubFactory(DeckFactory)
    front = factory.Sequence(lambda n: f"palabra {n}")
    back = factory.Sequence(lambda n: f"word {n}")
