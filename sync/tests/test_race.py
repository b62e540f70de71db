"""Two pushes of the same record at the same moment, from two threads on their own connections: the second to
get the record's row lock sees the first one's change as a conflict and settles it by the table's policy."""

import threading

import pytest
from django.db import connection, connections

from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync.models import Change
from sync.tests.conftest import SyncClient
from sync.tests.helpers import card_record, table

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has one writer: pushes cannot overlap"),
]


@pytest.mark.parametrize("policy", ["server_wins", "client_wins"])
def test_racing_pushes_resolve_by_policy(settings, policy):
    settings.SYNC_CONFLICT_POLICIES = {"cards": policy}
    learner = LearnerFactory()
    card = CardFactory(deck=DeckFactory(owner=learner), back="hello")
    devices = [SyncClient(learner, "A"), SyncClient(learner, "B")]
    for device in devices:
        device.pull()
    barrier, answers = threading.Barrier(2), {}

    def push(device, back):
        try:
            barrier.wait()
            answers[back] = device.push({"cards": table(updated=[card_record(card, back=back)])}).json()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=push, args=(d, f"hi ({d.device.name})")) for d in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(answer["conflicts"] for answer in answers.values()) == [0, 1]
    first = next(back for back, answer in answers.items() if answer["conflicts"] == 0)
    second = next(back for back, answer in answers.items() if answer["conflicts"] == 1)
    assert Card.objects.get(pk=card.pk).back == (first if policy == "server_wins" else second)
    # every device converges on it
    for device in devices:
        assert [r["back"] for r in device.pull()["changes"]["cards"]["updated"]] == [Card.objects.get(pk=card.pk).back]
    assert Change.objects.filter(record=card.uuid).count() == 1
