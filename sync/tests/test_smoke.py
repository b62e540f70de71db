import pytest

from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


def test_smoke(sync_client, learner):
    deck = DeckFactory(owner=learner)
    CardFactory(deck=deck)
    body = sync_client.pull()
    print(body)
    r = sync_client.push(
        {
            "decks": {
                "created": [{"id": "6f1c1d2e-0000-4000-8000-000000000001", "name": "New", "language": "fr"}],
                "updated": [],
                "deleted": [],
            }
        }
    )
    print(r.status_code, r.json())
    print(sync_client.pull())
