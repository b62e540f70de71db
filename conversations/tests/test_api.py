import json

import pytest
from rest_framework.test import APIClient

from conversations.models import Conversation, Correction, Message
from conversations.tests.factories import ConversationFactory, MessageFactory
from spaced_repetition.models import Card

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(learner):
    client = APIClient()
    client.force_authenticate(learner)
    return client


def test_tutor_modes_and_personas_list_the_catalogue(api):
    modes = api.get("/api/v1/tutor-modes").json()
    assert [mode["slug"] for mode in modes] == [
        "free-talk",
        "job-interview",
        "negotiation",
        "teacher",
        "vocabulary-builder",
        "open-session",
    ]
    assert {mode["slug"]: mode["needs_topic"] for mode in modes}["job-interview"] is True
    personas = api.get("/api/v1/personas").json()
    assert [persona["slug"] for persona in personas if persona["is_default"]] == ["friendly-partner"]
    assert len(personas) == 5


def test_start_a_conversation_with_the_profile_level(api, learner):
    response = api.post(
        "/api/v1/conversations",
        {"language": "es", "mode": "teacher", "persona": "expert-scholar", "topic": "el subjuntivo"},
        format="json",
    )
    assert response.status_code == 201
    data = response.json()
    assert (data["language"], data["level"], data["mode"], data["persona"], data["topic"], data["archived"]) == (
        "es",
        "A2",
        "teacher",
        "expert-scholar",
        "el subjuntivo",
        False,
    )
    conversation = Conversation.objects.get(pk=data["id"])
    assert conversation.owner == learner
    assert conversation.messages.get().role == Message.Role.TUTOR


def test_start_with_bad_fields_answers_400_with_field_messages(api, db_rows):
    before = db_rows()
    response = api.post(
        "/api/v1/conversations", {"language": "xx", "mode": "negotiation", "persona": "nobody"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {
        "language": ["Object with code=xx does not exist."],
        "persona": ["Object with slug=nobody does not exist."],
    }
    response = api.post(
        "/api/v1/conversations", {"language": "es", "mode": "negotiation", "persona": "friendly-partner"}, format="json"
    )
    assert (response.status_code, response.json()["error"]["fields"]) == (
        400,
        {"topic": ["Negotiation needs a situation."]},
    )
    assert db_rows() == before


def test_send_a_message_answers_the_message_and_the_reply_placeholder(api, learner, django_capture_on_commit_callbacks):
    conversation = ConversationFactory(owner=learner)
    with django_capture_on_commit_callbacks(execute=False):
        response = api.post(f"/api/v1/conversations/{conversation.pk}/messages", {"text": "Hola"}, format="json")
    assert response.status_code == 201
    data = response.json()
    assert (data["message"]["role"], data["message"]["text"], data["message"]["status"]) == ("user", "Hola", "complete")
    assert (data["reply"]["role"], data["reply"]["status"], data["reply"]["reply_to"]) == (
        "assistant",
        "streaming",
        data["message"]["id"],
    )
    assert api.get(f"/api/v1/messages/{data['reply']['id']}").json()["status"] == "streaming"


def test_send_bad_text_answers_400_and_stores_nothing(api, learner):
    conversation = ConversationFactory(owner=learner)
    response = api.post(f"/api/v1/conversations/{conversation.pk}/messages", {"text": "x" * 10_000}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"text": ["A message can be at most 2,000 characters (10,000 now)."]}
    assert conversation.messages.count() == 0


def test_another_learners_conversation_and_messages_are_404(api, db_rows, someone_elses):
    other, message, reply, correction = someone_elses
    before = db_rows()
    for method, url in [
        ("get", f"/api/v1/conversations/{other.pk}"),
        ("patch", f"/api/v1/conversations/{other.pk}"),
        ("delete", f"/api/v1/conversations/{other.pk}"),
        ("get", f"/api/v1/conversations/{other.pk}/messages"),
        ("post", f"/api/v1/conversations/{other.pk}/messages"),
        ("get", f"/api/v1/conversations/{other.pk}/export"),
        ("get", f"/api/v1/conversations/{other.pk}/summary"),
        ("get", f"/api/v1/messages/{message.pk}"),
        ("post", f"/api/v1/messages/{reply.pk}/retry"),
        ("post", f"/api/v1/messages/{reply.pk}/stop"),
        ("get", f"/api/v1/messages/{message.pk}/corrections"),
        ("post", f"/api/v1/corrections/{correction.pk}/card"),
        ("post", f"/api/v1/corrections/{correction.pk}/explain"),
    ]:
        response = getattr(api, method)(url, {"text": "hola", "title": "mine"}, format="json")
        assert (url, response.status_code) == (url, 404)
    assert api.get("/api/v1/conversations").json()["results"] == []
    assert db_rows() == before


def test_rename_archive_search_and_delete(api, learner):
    keep = ConversationFactory(owner=learner, title="Tapas")
    MessageFactory(conversation=keep, text="Quiero unas croquetas.")
    gone = ConversationFactory(owner=learner, title="Otra")
    assert api.patch(f"/api/v1/conversations/{keep.pk}", {"title": "Tapas y más"}, format="json").json()["title"] == (
        "Tapas y más"
    )
    found = api.get("/api/v1/conversations", {"q": "croquetas"}).json()["results"]
    assert [row["id"] for row in found] == [keep.pk]
    api.patch(f"/api/v1/conversations/{keep.pk}", {"archived": True}, format="json")
    assert [row["id"] for row in api.get("/api/v1/conversations").json()["results"]] == [gone.pk]
    assert [row["id"] for row in api.get("/api/v1/conversations", {"archived": "true"}).json()["results"]] == [keep.pk]
    assert api.delete(f"/api/v1/conversations/{gone.pk}").status_code == 204
    assert list(Conversation.objects.values_list("pk", flat=True)) == [keep.pk]


def test_export_json_and_markdown(api, learner):
    conversation = ConversationFactory(owner=learner, title="Tapas")
    message = MessageFactory(conversation=conversation, text="Yo tengo hambre")
    MessageFactory(conversation=conversation, role="assistant", text="¿Qué quieres comer?")
    Correction.objects.create(message=message, original="Yo tengo", corrected="Tengo", category="naturalness")
    data = json.loads(api.get(f"/api/v1/conversations/{conversation.pk}/export", {"format": "json"}).content)
    assert [(m["role"], m["text"]) for m in data["messages"]] == [
        ("learner", "Yo tengo hambre"),
        ("tutor", "¿Qué quieres comer?"),
    ]
    assert data["messages"][0]["corrections"] == [
        {"original": "Yo tengo", "corrected": "Tengo", "category": "naturalness", "explanation": ""}
    ]
    markdown = api.get(f"/api/v1/conversations/{conversation.pk}/export").content.decode()
    assert markdown.startswith("# Tapas\n")
    assert "**You**: Yo tengo hambre\n\n> ✎ Naturalness: ~~Yo tengo~~ → Tengo\n" in markdown
    assert "**Tutor**: ¿Qué quieres comer?" in markdown


def test_correction_card_and_word_card(api, learner, gateway):
    conversation = ConversationFactory(owner=learner)
    message = MessageFactory(conversation=conversation, text="Yo tengo hambre")
    reply = MessageFactory(conversation=conversation, role="assistant", text="¿Quieres una tortilla?")
    correction = Correction.objects.create(message=message, original="Yo tengo", corrected="Tengo", category="grammar")
    assert api.post(f"/api/v1/corrections/{correction.pk}/card").status_code == 201
    response = api.post(f"/api/v1/messages/{reply.pk}/card", {"front": "tortilla", "back": "omelette"}, format="json")
    assert response.status_code == 201
    bad = api.post(f"/api/v1/messages/{reply.pk}/card", {"front": "pan", "back": "bread"}, format="json")
    assert (bad.status_code, bad.json()["error"]["fields"]) == (400, {"front": ["This word is not in the message."]})
    assert sorted(Card.objects.values_list("front", "back")) == [("Yo tengo", "Tengo"), ("tortilla", "omelette")]


def test_translation_offline_says_it_cannot_and_with_a_model_is_cached(api, learner, tutor_model, fake_anthropic):
    reply = MessageFactory(conversation=ConversationFactory(owner=learner), role="assistant", text="Me encanta.")
    fake_anthropic.reply_with('{"translation": "I love it.", "gloss": "encantar: to delight"}')
    first = api.post(f"/api/v1/messages/{reply.pk}/translation", {"text": "Me encanta."}, format="json")
    second = api.post(f"/api/v1/messages/{reply.pk}/translation", {"text": "Me  encanta."}, format="json")
    assert (
        first.json()
        == second.json()
        == {
            "text": "Me encanta.",
            "language": "es",
            "into": "en",
            "translation": "I love it.",
            "gloss": "encantar: to delight",
            "provider": "anthropic",
        }
    )
    assert len(fake_anthropic.bodies) == 1  # the second came from the cache


def test_translation_with_only_the_offline_tutor_is_503(api, learner, gateway):
    reply = MessageFactory(conversation=ConversationFactory(owner=learner), role="assistant", text="Me encanta.")
    response = api.post(f"/api/v1/messages/{reply.pk}/translation", {"text": "encanta"}, format="json")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "unavailable"


def test_preferences_read_and_change(api):
    assert api.get("/api/v1/conversation-preferences").json() == {"auto_cards": False}
    assert api.patch("/api/v1/conversation-preferences", {"auto_cards": True}, format="json").json() == {
        "auto_cards": True
    }
    bad = api.patch("/api/v1/conversation-preferences", {"auto_cards": "maybe"}, format="json")
    assert bad.status_code == 400
