from admin_tools.gateway.providers.anthropic import AnthropicProvider
from admin_tools.gateway.providers.base import Provider
from admin_tools.gateway.providers.offline import OfflineProvider
from admin_tools.gateway.providers.openai_compat import OpenAICompatProvider

PROVIDERS: dict[str, Provider] = {
    "anthropic": AnthropicProvider(),
    "openai_compat": OpenAICompatProvider(),
    "offline": OfflineProvider(),
}


def provider_for(kind: str) -> Provider:
    """The provider for an AIModel.provider value; KeyError for an unknown kind."""
    return PROVIDERS[kind]
