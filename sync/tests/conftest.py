import pytest
from rest_framework.test import APIClient

from sync.services import devices


class SyncClient:
    """A device speaking the WatermelonDB protocol through the test client."""

    def __init__(self, user, name="Phone"):
        self.user = user
        self.device, self.token = devices.device_register(user=user, name=name, platform="android")
        self.http = APIClient()
        self.http.credentials(HTTP_AUTHORIZATION=f"Device {self.token}")
        self.cursor = None

    def pull(self, cursor="own", **params):
        cursor = self.cursor if cursor == "own" else cursor
        response = self.http.get(
            "/api/v1/sync/pull", {"last_pulled_at": "null" if cursor is None else cursor, **params}
        )
        assert response.status_code == 200, response.content
        body = response.json()
        self.cursor = body["timestamp"]
        return body

    def push(self, changes, last_pulled_at="own", strict=False):
        cursor = self.cursor if last_pulled_at == "own" else last_pulled_at
        query = f"?last_pulled_at={'null' if cursor is None else cursor}" + ("&strict=true" if strict else "")
        return self.http.post(f"/api/v1/sync/push{query}", {"changes": changes}, format="json")


@pytest.fixture
def sync_client(learner):
    return SyncClient(learner)


@pytest.fixture
def make_client():
    return SyncClient
