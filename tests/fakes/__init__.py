"""Fake AI provider servers: real HTTP on 127.0.0.1 speaking the providers' wire formats, so the official
SDKs run unchanged against them (nothing in our code or the SDKs is patched). Fixtures: tests/fakes/fixtures.py.

    fake_anthropic.reply_with("¡Hola!", usage={"input_tokens": 30, "output_tokens": 3})
    ModelSpec(provider="anthropic", model_id="claude-x", base_url=fake_anthropic.url, api_key="test-key")
    fake_openai.reply_with("Bonjour !")
    ModelSpec(provider="openai_compat", model_id="llama3", base_url=fake_openai.base_url)
"""

from tests.fakes.anthropic_server import FakeAnthropic
from tests.fakes.base import RecordedRequest
from tests.fakes.openai_server import FakeOpenAI

__all__ = ["FakeAnthropic", "FakeOpenAI", "RecordedRequest"]
