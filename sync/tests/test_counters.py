"""Each learner's change feed has its own sequence counter: numbers continue past every cursor handed out when the
feed had one counter, one learner's writes never wait for another's, and the same learner's writes still queue
in commit order."""

import threading

import pytest
from django.db import OperationalError, connection, connections, transaction

from learning.tests.factories import LearnerFactory
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from sync import changes
from sync.models import Change, ChangeCounter, LearnerChangeCounter
from sync.services import pruning


@pytest.mark.django_db
def test_a_learner_without_a_counter_is_at_the_floor_and_numbers_continue_past_it():
    learner = LearnerFactory()
    LearnerChangeCounter.objects.filter(user=learner).delete()  # as every learner was before their first write
    ChangeCounter.objects.update_or_create(pk=changes.FLOOR_PK, defaults={"value": 500})
    assert changes.committed_seq(learner.pk) == 500  # what a device pulling then was told
    card = CardFactory(deck=DeckFactory(owner=learner))
    seq = Change.objects.get(record=card.uuid).seq
    assert seq > 500
    assert changes.committed_seq(learner.pk) == seq == LearnerChangeCounter.objects.get(user=learner).value


@pytest.mark.django_db
def test_one_learners_changes_do_not_move_another_learners_cursor():
    ana, ben = LearnerFactory(), LearnerFactory()
    CardFactory(deck=DeckFactory(owner=ana))
    before = changes.committed_seq(ana.pk)
    card = CardFactory(deck=DeckFactory(owner=ben))
    assert changes.committed_seq(ana.pk) == before
    assert changes.committed_seq(ben.pk) == Change.objects.get(record=card.uuid).seq


@pytest.mark.django_db
def test_one_record_call_for_two_learners_numbers_each_in_their_own_feed():
    ana, ben = LearnerFactory(), LearnerFactory()
    a_card, b_card = CardFactory(deck=DeckFactory(owner=ana)), CardFactory(deck=DeckFactory(owner=ben))
    a_next, b_next = changes.committed_seq(ana.pk) + 1, changes.committed_seq(ben.pk) + 1
    top = changes.record([("cards", a_card.uuid, ana.pk), ("cards", b_card.uuid, ben.pk)])
    assert Change.objects.get(record=a_card.uuid).seq == a_next
    assert Change.objects.get(record=b_card.uuid).seq == b_next
    assert top == max(a_next, b_next)


@pytest.mark.django_db
def test_the_feed_reconcile_lifts_a_counter_below_its_learners_feed():
    learner = LearnerFactory()
    card = CardFactory(deck=DeckFactory(owner=learner))
    Change.objects.filter(record=card.uuid).update(seq=changes.committed_seq(learner.pk) + 40)
    assert changes.feed_consistent(learner.pk) is False
    pruning.feed_reconcile()
    assert changes.committed_seq(learner.pk) == Change.objects.get(record=card.uuid).seq
    assert changes.feed_consistent(learner.pk) is True
    assert ChangeCounter.objects.get(pk=changes.FLOOR_PK).value >= Change.objects.get(record=card.uuid).seq


def _record_in_thread(user_id, record_uuid) -> str:
    """Record one change on a connection of its own that gives up on a lock after 1 s: "recorded" or "waited"."""
    outcome = []

    def run():
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '1s'")
                changes.record([("cards", record_uuid, user_id)])
            outcome.append("recorded")
        except OperationalError:
            outcome.append("waited")
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    return outcome[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has one writer: every write waits")
def test_a_learners_open_transaction_holds_up_only_that_learners_writes():
    ana, ben = LearnerFactory(), LearnerFactory()
    a_card, a_other = CardFactory(deck=DeckFactory(owner=ana)), CardFactory(deck=DeckFactory(owner=ana))
    b_card = CardFactory(deck=DeckFactory(owner=ben))
    with transaction.atomic():
        changes.record([("cards", a_card.uuid, ana.pk)])  # ana's counter row stays locked until this commits
        assert _record_in_thread(ben.pk, b_card.uuid) == "recorded"
        assert _record_in_thread(ana.pk, a_other.uuid) == "waited"
    assert _record_in_thread(ana.pk, a_other.uuid) == "recorded"
    assert Change.objects.get(record=a_other.uuid).seq == Change.objects.get(record=a_card.uuid).seq + 1
