"""Cards in the vector store: what each write leaves there, similar cards by meaning (one learner's only), and the
duplicate warning. ChromaDB runs embedded on the test's own directory (conftest._vector_store) with the real model."""

import socket

import pytest

from admin_tools import health
from spaced_repetition import services, similar, tasks
from spaced_repetition.anki import importer
from spaced_repetition.models import Card
from spaced_repetition.tests.anki_packages import build_anki_package
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import vector_entries
from tutor_project import vectors

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_inline")]


def _digest(card: Card) -> str:
    return similar._digest(similar.card_text(front=card.front, back=card.back, context=card.context))


@pytest.fixture
def deck(learner):
    return DeckFactory(owner=learner, name="Español", language="es")


@pytest.fixture
def make_card(deck, django_capture_on_commit_callbacks):
    """A card made by the service, its embedding task run as the commit queues it."""

    def make(front, back, context="", in_deck=None):
        with django_capture_on_commit_callbacks(execute=True):
            return services.card_create(deck=in_deck or deck, front=front, back=back, context=context)

    return make


# --- what each write leaves in the store


def test_card_create_embeds_the_card_with_its_learner_and_deck(make_card, deck, learner):
    card = make_card("el perro", "the dog", "El perro ladra.")
    assert vector_entries() == {
        str(card.pk): {
            "user_id": learner.pk,
            "deck_id": deck.pk,
            "card_id": card.pk,
            "digest": _digest(card),
            "text": "el perro\nthe dog\nEl perro ladra.",
        }
    }


def test_cards_embed_twice_leaves_one_entry(make_card):
    card = make_card("el gato", "the cat")
    assert tasks.cards_embed([card.pk, card.pk]) == 0  # already up to date: nothing embedded again
    assert tasks.cards_embed([card.pk]) == 0
    assert list(vector_entries()) == [str(card.pk)]
    assert vectors.collection(similar.COLLECTION).count() == 1


def test_card_update_embeds_the_new_text(make_card, django_capture_on_commit_callbacks):
    card = make_card("la casa", "the house")
    with django_capture_on_commit_callbacks(execute=True):
        services.card_update(card=card, back="the home")
    assert vector_entries()[str(card.pk)]["text"] == "la casa\nthe home"
    assert vector_entries()[str(card.pk)]["digest"] == _digest(card)


def test_cards_move_changes_only_the_entrys_deck(make_card, learner, django_capture_on_commit_callbacks):
    card = make_card("la mesa", "the table")
    other = DeckFactory(owner=learner, name="Muebles", language="es")
    with django_capture_on_commit_callbacks(execute=True):
        services.cards_move(cards=Card.objects.filter(pk=card.pk), deck=other)
    assert vector_entries()[str(card.pk)]["deck_id"] == other.pk
    assert similar.cards_index(card_ids=[card.pk]) == similar.IndexResult(embedded=0, removed=0)


def test_cards_delete_and_deck_delete_remove_their_entries(make_card, deck, django_capture_on_commit_callbacks):
    kept = make_card("el pan", "the bread")
    gone = make_card("el vino", "the wine")
    with django_capture_on_commit_callbacks(execute=True):
        services.cards_delete(cards=Card.objects.filter(pk=gone.pk))
    assert list(vector_entries()) == [str(kept.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        services.deck_delete(deck=deck)
    assert vector_entries() == {}


def test_anki_import_embeds_the_new_cards_in_one_task(tmp_path, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, build_anki_package(tmp_path).open("rb") as f:
        importer.anki_import(owner=learner, file=f, language="fr")
    cards = Card.objects.for_user(learner)
    assert sorted(vector_entries()) == sorted(str(pk) for pk in cards.values_list("pk", flat=True))
    assert len(cards) == 3
    assert len(callbacks) == 1  # one cards_embed for the file, not one per note


def test_reconcile_repairs_what_no_task_did(make_card, learner):
    kept = make_card("el libro", "the book")
    stale = make_card("la pluma", "the pen")
    never = CardFactory(deck=kept.deck, front="el lápiz", back="the pencil")  # written without the service
    Card.objects.filter(pk=stale.pk).delete()
    stranger = make_card("el reloj", "the watch", in_deck=DeckFactory(name="Tiempo"))
    stranger.deck.owner.delete()  # an account deleted: its cards went with it
    assert tasks.cards_reconcile() == 3  # one embedded, two removed
    assert sorted(vector_entries()) == sorted([str(kept.pk), str(never.pk)])
    assert similar.cards_unindexed(user=learner) == 0


# --- similar cards


def test_similar_cards_are_the_learners_nearest_by_meaning_never_another_learners(make_card, learner, deck):
    dog = make_card("el perro", "the dog")
    chien = make_card("le chien", "the dog", in_deck=DeckFactory(owner=learner, name="Français", language="fr"))
    make_card("la cuenta", "the bill")  # unrelated: too far to be shown
    make_card("der Hund", "the dog", in_deck=DeckFactory(name="Deutsch", language="de"))  # another learner's
    found = similar.similar_cards(user=learner, card=dog)
    assert [n.card for n in found.cards] == [chien]
    assert found.pending is False
    assert 0 < found.cards[0].distance <= similar.SIMILAR_MAX_DISTANCE


def test_similar_cards_of_a_card_not_embedded_yet_is_pending(learner, deck):
    card = CardFactory(deck=deck, front="la playa", back="the beach")
    assert similar.similar_cards(user=learner, card=card) == similar.Neighbours(cards=[], pending=True)


def test_similar_cards_of_an_edited_card_is_pending_until_embedded_again(make_card, learner):
    card = make_card("el mar", "the sea")
    Card.objects.filter(pk=card.pk).update(back="the ocean")  # no task queued for this write
    card.refresh_from_db()
    assert similar.similar_cards(user=learner, card=card).pending is True
    tasks.cards_embed([card.pk])
    assert similar.similar_cards(user=learner, card=card).pending is False


def test_card_page_shows_similar_cards(learner_client, make_card, learner):
    dog = make_card("el perro", "the dog")
    make_card("el can", "the dog")
    page = learner_client.get(dog.get_absolute_url()).content.decode()
    assert "Similar cards" in page
    assert ">el can</a>" in page
    assert "No similar cards yet" not in page


def test_card_page_empty_state_and_pending_note(learner_client, make_card, deck):
    alone = make_card("el volcán", "the volcano")
    page = learner_client.get(alone.get_absolute_url()).content.decode()
    assert "No similar cards yet." in page
    assert "still being indexed" not in page
    waiting = CardFactory(deck=deck, front="la nube", back="the cloud")
    page = learner_client.get(waiting.get_absolute_url()).content.decode()
    assert "still being indexed" in page
    assert "No similar cards yet." not in page


def test_similar_api_lists_the_learners_nearest_cards(learner_client, make_card):
    dog = make_card("el perro", "the dog")
    can = make_card("el can", "the dog")
    body = learner_client.get(f"/api/v1/cards/{dog.pk}/similar").json()
    assert body["pending"] is False
    assert [(item["card"]["id"], item["card"]["front"]) for item in body["cards"]] == [(can.pk, "el can")]
    assert 0.85 <= body["cards"][0]["similarity"] < 1


def test_similar_api_of_another_learners_card_is_404(learner_client, make_card):
    theirs = make_card("el perro", "the dog", in_deck=DeckFactory(name="Otro"))
    assert learner_client.get(f"/api/v1/cards/{theirs.pk}/similar").status_code == 404


# --- likely duplicates, and the store in the health check


def test_adding_a_card_close_to_one_the_learner_has_asks_first(learner_client, make_card, deck):
    existing = make_card("el perro", "the dog")
    form = {"deck": deck.pk, "kind": "word", "front": "perro", "back": "the dog", "context": ""}
    response = learner_client.post("/review/cards/new/", form)
    page = response.content.decode()
    assert response.status_code == 200
    assert "You may have this card already" in page
    assert f'href="{existing.get_absolute_url()}"' in page
    assert list(deck.cards.values_list("front", flat=True)) == ["el perro"]
    response = learner_client.post("/review/cards/new/", {**form, "add_anyway": "1"})
    assert response.status_code == 302
    assert sorted(deck.cards.values_list("front", flat=True)) == ["el perro", "perro"]


def test_adding_a_card_unlike_the_others_adds_it_at_once(learner_client, make_card, deck):
    make_card("el perro", "the dog")
    form = {"deck": deck.pk, "kind": "word", "front": "la biblioteca", "back": "the library", "context": ""}
    assert learner_client.post("/review/cards/new/", form).status_code == 302
    assert deck.cards.filter(front="la biblioteca").count() == 1


def test_health_reports_the_entries_of_each_collection(make_card, settings):
    make_card("el perro", "the dog")
    make_card("el gato", "the cat")
    assert health._vector_store() == {"path": str(settings.CHROMA_PATH), "collections": {"cards": 2}}


# --- a Chroma server that does not answer


@pytest.fixture
def store_down(settings):
    """CHROMA_URL on a local port nobody listens on: every call to the store is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CHROMA_URL = f"http://127.0.0.1:{port}"
    vectors.clients_close()
    yield
    vectors.clients_close()


def test_card_page_and_api_say_so_when_the_store_does_not_answer(learner_client, deck, store_down):
    card = CardFactory(deck=deck, front="el perro", back="the dog")
    response = learner_client.get(card.get_absolute_url())
    assert response.status_code == 200
    assert "Similar cards are unavailable right now" in response.content.decode()
    body = learner_client.get(f"/api/v1/cards/{card.pk}/similar").json()
    assert body == {"cards": [], "pending": False, "unavailable": True}


def test_adding_a_card_when_the_store_does_not_answer_adds_it_without_the_warning(learner_client, deck, store_down):
    form = {"deck": deck.pk, "kind": "word", "front": "perro", "back": "the dog", "context": ""}
    assert learner_client.post("/review/cards/new/", form).status_code == 302
    assert list(deck.cards.values_list("front", flat=True)) == ["perro"]
