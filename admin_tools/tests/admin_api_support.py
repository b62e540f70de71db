"""What the admin API tests share: a client signed in as an admin, the seeded Sonnet row they budget and price,
and JSON requests."""

import pytest

from admin_tools import services
from admin_tools.models import AIModel
from admin_tools.tests.factories import UserFactory


@pytest.fixture(name="admin_client")
def admin_client_fixture(client):
    """Replaces pytest-django's superuser client: an admin here is a user with the admin role. `client.user` is
    that admin, for the tests that check `created_by`."""
    admin = UserFactory(username="root")
    services.admin_role_grant(user=admin)
    client.force_login(admin)
    client.user = admin
    return client


def seeded_sonnet() -> AIModel:
    return AIModel.objects.get(model_id="claude-sonnet-4-5")


def send_json(client, method: str, url: str, body: dict | None = None):
    """The test client sends a form unless told the body is JSON, as the API expects."""
    return getattr(client, method)(url, body or {}, content_type="application/json")
