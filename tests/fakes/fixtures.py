"""pytest fixtures for the fake provider servers, registered by the root conftest.py (`pytest_plugins`)."""

from collections.abc import Iterator

import pytest

from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.openai_server import FakeOpenAI


@pytest.fixture
def fake_anthropic() -> Iterator[FakeAnthropic]:
    """A fresh Anthropic Messages API server for this test; point the SDK at `fake_anthropic.url`."""
    with FakeAnthropic() as fake:
        yield fake


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A fresh OpenAI chat completions server for this test; point the SDK at `fake_openai.base_url`."""
    with FakeOpenAI() as fake:
        yield fake
