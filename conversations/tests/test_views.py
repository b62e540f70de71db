"""The pages, through plain form posts (the path without JavaScript)."""

import pytest

from conversations.models import Conversation, Correction, Message, Persona, TutorMode
from conversations.tests.factories import ConversationFactory, MessageFactory
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card

pytestmark = pytest.mark.django_db


def test_list_empty_state(learner_client):
    page = learner_client.get("/conversations/").content.decode()
    assert "No conversations yet. Start one: the tutor opens, you answer." in page


def test_list_shows_own_conversations_only_and_searches_messages(learner_client, learner):
    mine = ConversationFactory(owner=learner, title="Tapas en Madrid")
    MessageFactory(conversation=mine, text="Quiero croquetas")
    ConversationFactory(owner=LearnerFactory(), title="Someone else's chat")
    page = learner_client.get("/conversations/").content.decode()
    assert "Tapas en Madrid" in page and "Someone else" not in page
    assert "1 message from you" in page
    assert "Tapas en Madrid" in learner_client.get("/conversations/?q=croquetas").content.decode()
    assert "No conversation matches “paella”." in learner_client.get("/conversations/?q=paella").content.decode()


def test_new_conversation_form_starts_one_and_redirects(learner_client, learner):
    response = learner_client.post(
        "/conversations/new/",
        {
            "language": "es",
            "level": "A2",
            "mode": TutorMode.objects.get(slug="vocabulary-builder").pk,
            "topic": "la cocina",
            "persona": Persona.objects.get(slug="creative-mentor").pk,
        },
    )
    conversation = Conversation.objects.get(owner=learner)
    assert response.status_code == 302 and response["Location"] == f"/conversations/{conversation.pk}/"
    assert (conversation.mode.slug, conversation.topic, conversation.persona.slug) == (
        "vocabulary-builder",
        "la cocina",
        "creative-mentor",
    )


def test_new_conversation_form_shows_the_missing_topic_error(learner_client, db_rows):
    before = db_rows()
    response = learner_client.post(
        "/conversations/new/",
        {
            "language": "es",
            "level": "A2",
            "mode": TutorMode.objects.get(slug="job-interview").pk,
            "persona": Persona.objects.get(slug="friendly-partner").pk,
        },
    )
    assert response.status_code == 200
    assert "Job interview needs a field." in response.content.decode()
    assert db_rows() == before


def test_message_form_post_stores_the_message_and_shows_the_reply_in_progress(
    learner_client, learner, django_capture_on_commit_callbacks
):
    conversation = ConversationFactory(owner=learner)
    with django_capture_on_commit_callbacks(execute=False):
        response = learner_client.post(f"/conversations/{conversation.pk}/messages/", {"text": "Hola"})
    assert response.status_code == 302
    page = learner_client.get(f"/conversations/{conversation.pk}/").content.decode()
    assert "The tutor is writing…" in page
    assert '<meta http-equiv="refresh" content="3">' in page  # inside <noscript>: the page refreshes itself
    assert list(conversation.messages.values_list("role", "status")) == [
        ("user", "complete"),
        ("assistant", "streaming"),
    ]


def test_message_form_post_too_long_shows_the_error_and_keeps_the_text(learner_client, learner):
    conversation = ConversationFactory(owner=learner)
    response = learner_client.post(f"/conversations/{conversation.pk}/messages/", {"text": "ñ" * 2500})
    page = response.content.decode()
    assert response.status_code == 400
    assert "A message can be at most 2,000 characters (2,500 now)." in page
    assert "ñ" * 2500 in page
    assert conversation.messages.count() == 0


def test_pages_of_another_learners_conversation_are_404(learner_client, db_rows, someone_elses):
    other, message, reply, correction = someone_elses
    before = db_rows()
    for method, url in [
        ("get", f"/conversations/{other.pk}/"),
        ("post", f"/conversations/{other.pk}/messages/"),
        ("post", f"/conversations/{other.pk}/rename/"),
        ("post", f"/conversations/{other.pk}/archive/"),
        ("get", f"/conversations/{other.pk}/delete/"),
        ("post", f"/conversations/{other.pk}/delete/"),
        ("get", f"/conversations/{other.pk}/export/"),
        ("get", f"/conversations/{other.pk}/summary/"),
        ("post", f"/conversations/messages/{reply.pk}/retry/"),
        ("post", f"/conversations/messages/{reply.pk}/stop/"),
        ("post", f"/conversations/messages/{reply.pk}/translate/"),
        ("post", f"/conversations/messages/{reply.pk}/card/"),
        ("post", f"/conversations/corrections/{correction.pk}/card/"),
        ("post", f"/conversations/corrections/{correction.pk}/explain/"),
    ]:
        response = getattr(learner_client, method)(url, {"text": "hola", "title": "x"})
        assert (url, response.status_code) == (url, 404)
    assert db_rows() == before


def test_detail_shows_corrections_offline_label_and_error_state(learner_client, learner):
    conversation = ConversationFactory(owner=learner)
    message = MessageFactory(conversation=conversation, text="Yo tengo hambre")
    Correction.objects.create(
        message=message, original="Yo tengo", corrected="Tengo", category="naturalness", explanation="Drop yo."
    )
    MessageFactory(conversation=conversation, role="assistant", text="¿Qué comes?", provider="offline")
    MessageFactory(
        conversation=conversation,
        role="assistant",
        text="",
        status="failed",
        error_code="budget_blocked",
        reply_to=message,
    )
    page = learner_client.get(f"/conversations/{conversation.pk}/").content.decode()
    assert "<del>Yo tengo</del>" in page and "<ins>Tengo</ins>" in page and "Drop yo." in page
    assert "offline practice" in page
    assert "The AI budget for this period is used up" in page
    assert "Try again" in page


def test_save_correction_to_review_from_the_page(learner_client, learner):
    conversation = ConversationFactory(owner=learner)
    message = MessageFactory(conversation=conversation, text="Yo tengo hambre")
    correction = Correction.objects.create(message=message, original="Yo tengo", corrected="Tengo", category="grammar")
    response = learner_client.post(f"/conversations/corrections/{correction.pk}/card/")
    assert response.status_code == 302
    assert list(Card.objects.filter(deck__owner=learner).values_list("front", "back")) == [("Yo tengo", "Tengo")]


def test_archive_rename_delete_and_export(learner_client, learner):
    conversation = ConversationFactory(owner=learner, title="Old title")
    MessageFactory(conversation=conversation, text="Hola")
    learner_client.post(f"/conversations/{conversation.pk}/rename/", {"title": "New title"})
    learner_client.post(f"/conversations/{conversation.pk}/archive/", {"archived": "1"})
    conversation.refresh_from_db()
    assert (conversation.title, conversation.status) == ("New title", "archived")
    page = learner_client.get(f"/conversations/{conversation.pk}/").content.decode()
    assert "This conversation is archived. Restore it to continue." in page
    export = learner_client.get(f"/conversations/{conversation.pk}/export/?format=md")
    assert export["Content-Disposition"] == f'attachment; filename="conversation-{conversation.pk}.md"'
    assert export.content.decode().startswith("# New title\n")
    learner_client.post(f"/conversations/{conversation.pk}/delete/")
    assert Conversation.objects.count() == 0 and Message.objects.count() == 0


def test_summary_page_from_real_rows(learner_client, learner):
    conversation = ConversationFactory(owner=learner)
    message = MessageFactory(conversation=conversation, text="Yo tengo hambre")
    Correction.objects.create(message=message, original="Yo tengo", corrected="Tengo", category="grammar")
    page = learner_client.get(f"/conversations/{conversation.pk}/summary/").content.decode()
    assert "1 grammar" in page
    assert "3 words written" in page
    assert "No analysed messages yet." in page


def test_preferences_form_turns_auto_cards_on_and_off(learner_client, learner):
    from conversations.models import Preferences

    learner_client.post("/conversations/preferences/", {"auto_cards": "on"})
    assert Preferences.objects.get(user=learner).auto_cards is True
    learner_client.post("/conversations/preferences/", {})
    assert Preferences.objects.get(user=learner).auto_cards is False
