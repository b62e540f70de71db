"""Shared by the conversations tests: the gateway with only the models a test makes (admin_tools' fixture), and a
Claude model served by the fake Anthropic server for every language and use case."""

import pytest

from admin_tools.tests.gateway_support import claude, gateway_fixture  # noqa: F401  (the `gateway` fixture)


@pytest.fixture
def tutor_model(gateway, fake_anthropic):
    """Claude, served by the local fake Anthropic server, answers conversation, analysis and content calls."""
    return claude(fake_anthropic, model_id="claude-tutor")
