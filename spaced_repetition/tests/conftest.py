import pytest

from spaced_repetition.tests.factories import CardFactory, DeckFactory


@pytest.fixture
def no_fuzz(settings):
    """Grades schedule exactly as scheduling.review(..., fuzz=False), so tests can compare due dates."""
    settings.SRS_FUZZ = False


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Spanish")


@pytest.fixture
def card(deck):
    return CardFactory(deck=deck, front="el perro", back="the dog")


@pytest.fixture
def foreign_card():
    return CardFactory(front="secreto")
