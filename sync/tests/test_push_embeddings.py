"""A push that writes cards leaves their embeddings to the background (sync.services.followup): created and edited
cards are embedded, deleted ones (a deleted deck's too) leave the vector store, and the sync status counts the push
as pending background work until then. ChromaDB runs embedded on the test's own directory (conftest)."""

import time

import pytest

from learning.tests.factories import LearnerFactory
from spaced_repetition import similar
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import DeckFactory
from spaced_repetition.tests.helpers import vector_entries
from sync.models import SyncRun
from sync.tests.conftest import SyncClient
from sync.tests.helpers import card_record, new_id, table
from tutor_project import vectors

pytestmark = pytest.mark.django_db


def _card(card_id: str, deck_id: str, front: str, back: str) -> dict:
    return {"id": card_id, "deck_id": deck_id, "front": front, "back": back}


@pytest.fixture
def push(sync_client, tasks_inline, django_capture_on_commit_callbacks):
    """Sync as the device (pull, then push), with the followup the push's commit queues run at once."""

    def push(changes):
        sync_client.pull()
        with django_capture_on_commit_callbacks(execute=True):
            response = sync_client.push(changes)
        assert response.status_code == 200, response.content
        return response

    return push


def test_push_creating_cards_embeds_exactly_them(push, learner):
    deck_id, dog, cat = new_id(), new_id(), new_id()
    push(
        {
            "decks": table(created=[{"id": deck_id, "name": "Viaje", "language": "es"}]),
            "cards": table(created=[_card(dog, deck_id, "el perro", "the dog"), _card(cat, deck_id, "el gato", "cat")]),
        }
    )
    cards = {str(card.uuid): card for card in Card.objects.for_user(learner)}
    assert vectors.collection(similar.COLLECTION).count() == 2
    assert sorted(vector_entries()) == sorted([str(cards[dog].pk), str(cards[cat].pk)])
    assert vector_entries()[str(cards[dog].pk)] == {
        "user_id": learner.pk,
        "deck_id": cards[dog].deck_id,
        "card_id": cards[dog].pk,
        "digest": similar._digest("el perro\nthe dog"),
        "text": "el perro\nthe dog",
    }
    assert list(SyncRun.objects.filter(kind="push").values_list("followup_pending", flat=True)) == [False]


def test_push_editing_a_card_embeds_its_new_text(push, learner):
    deck = DeckFactory(owner=learner)
    card_id = new_id()
    push({"cards": table(created=[_card(card_id, str(deck.uuid), "la casa", "the house")])})
    card = Card.objects.get(uuid=card_id)
    push({"cards": table(updated=[card_record(card, back="the home")])})
    assert vector_entries()[str(card.pk)]["text"] == "la casa\nthe home"


def test_push_deleting_a_card_removes_its_embedding(push, learner):
    deck = DeckFactory(owner=learner)
    kept, gone = new_id(), new_id()
    push(
        {
            "cards": table(
                created=[_card(kept, str(deck.uuid), "el pan", "bread"), _card(gone, str(deck.uuid), "el vino", "wine")]
            )
        }
    )
    kept_pk = Card.objects.get(uuid=kept).pk
    push({"cards": table(deleted=[gone])})
    assert list(vector_entries()) == [str(kept_pk)]


def test_push_deleting_a_deck_removes_its_cards_embeddings(push, learner):
    deck, other = DeckFactory(owner=learner), DeckFactory(owner=learner)
    push(
        {
            "cards": table(
                created=[
                    _card(new_id(), str(deck.uuid), "el mar", "the sea"),
                    _card(new_id(), str(other.uuid), "el sol", "sun"),
                ]
            )
        }
    )
    push({"decks": table(deleted=[str(deck.uuid)])})
    assert list(vector_entries()) == [str(other.cards.get().pk)]


def test_push_of_another_learners_cards_never_reaches_this_learners_similar_cards(push, learner):
    deck = DeckFactory(owner=learner)
    mine = new_id()
    push({"cards": table(created=[_card(mine, str(deck.uuid), "el perro", "the dog")])})
    stranger = SyncClient(LearnerFactory(), name="Their phone")
    stranger.pull()
    theirs = DeckFactory(owner=stranger.user)
    assert (
        stranger.push({"cards": table(created=[_card(new_id(), str(theirs.uuid), "el can", "the dog")])}).status_code
        == 200
    )
    similar.cards_reconcile(user=stranger.user)
    assert len(vector_entries()) == 2
    assert similar.similar_cards(user=learner, card=Card.objects.get(uuid=mine)).cards == []


def test_status_counts_the_push_and_its_cards_until_they_are_embedded(sync_client, learner):
    deck = DeckFactory(owner=learner)
    sync_client.pull()
    changes = {"cards": table(created=[_card(new_id(), str(deck.uuid), f"palabra {n}", f"word {n}") for n in range(2)])}
    assert sync_client.push(changes).status_code == 200  # the followup is queued after a commit that never comes
    body = sync_client.http.get("/api/v1/sync/status").json()
    assert (body["pending_background_work"], body["cards_to_embed"]) == (1, 2)
    similar.cards_reconcile(user=learner)
    assert sync_client.http.get("/api/v1/sync/status").json()["cards_to_embed"] == 0


def test_push_of_an_empty_deck_embeds_nothing(push, learner):
    push({"decks": table(created=[{"id": new_id(), "name": "Vacía", "language": "es"}])})
    assert vectors.collection(similar.COLLECTION).count() == 0
    assert list(SyncRun.objects.filter(kind="push").values_list("followup_pending", flat=True)) == [False]


@pytest.mark.django_db(transaction=True)
def test_pushed_cards_are_embedded_by_the_worker(celery_worker):
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner)
    device = SyncClient(learner)
    device.pull()
    card_id = new_id()
    device.push({"cards": table(created=[_card(card_id, str(deck.uuid), "la luna", "the moon")])})
    deadline = time.monotonic() + 20
    while SyncRun.objects.filter(followup_pending=True).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    body = device.http.get("/api/v1/sync/status").json()
    assert (body["pending_background_work"], body["cards_to_embed"]) == (0, 0)
    assert list(vector_entries()) == [str(Card.objects.get(uuid=card_id).pk)]
