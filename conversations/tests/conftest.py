"""Shared by the conversations tests: the gateway with only the models a test makes (admin_tools' fixture), and a
Claude model served by the fake Anthropic server for every language and use case."""

import pytest

from admin_tools.tests.gateway_support import claude, gateway_fixture  # noqa: F401  (the `gateway` fixture)
from conversations.models import Correction
from conversations.tests.factories import ConversationFactory, MessageFactory
from learning.tests.factories import LearnerFactory


@pytest.fixture
def tutor_model(gateway, fake_anthropic):
    """Claude, served by the local fake Anthropic server, answers conversation, analysis and content calls."""
    return claude(fake_anthropic, model_id="claude-tutor")


@pytest.fixture
def someone_elses(db):
    """Another learner's conversation, a message of theirs, a failed reply to it and a correction of it."""
    conversation = ConversationFactory(owner=LearnerFactory())
    message = MessageFactory(conversation=conversation)
    reply = MessageFactory(conversation=conversation, role="assistant", status="failed", reply_to=message)
    correction = Correction.objects.create(message=message, original="a", corrected="b", category="grammar")
    return conversation, message, reply, correction
