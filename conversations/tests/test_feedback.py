"""Corrections (the model's JSON through the fake Anthropic server, and the offline spell checker), cards made from
them, and live analysis of a message."""

import json

import pytest

from admin_tools.models import FeatureFlag
from conversations import realtime, tasks
from conversations.models import Correction, MessageAnalysis
from conversations.services import analysis, feedback
from conversations.services import conversations as conversation_services
from conversations.tests.factories import ConversationFactory, MessageFactory
from learning.models import Profile
from spaced_repetition.models import Card, Deck

pytestmark = pytest.mark.django_db
TEXT = "Ella tengo un perrro muy bonito."
MODEL_ANSWER = {
    "corrections": [
        {"original": "tengo", "corrected": "tiene", "category": "grammar", "explanation": "3rd person: tiene."},
        {"original": "nope", "corrected": "nope", "category": "grammar", "explanation": "unchanged: dropped"},
        {"original": "muy", "corrected": "tan", "category": "style", "explanation": "unknown category: dropped"},
    ]
}


def _corrections(message) -> list[tuple]:
    return list(message.corrections.values_list("original", "corrected", "category", "start", "source").order_by("pk"))


def test_corrections_come_from_the_model_and_the_spell_checker(learner, tutor_model, fake_anthropic):
    fake_anthropic.reply_with(json.dumps(MODEL_ANSWER))
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    feedback.corrections_generate(message=message)
    assert _corrections(message) == [
        ("tengo", "tiene", "grammar", 5, "model"),
        ("perrro", "perro", "spelling", 14, "spelling"),
    ]
    request = fake_anthropic.bodies[-1]
    assert request["tool_choice"] == {"type": "tool", "name": "answer"}
    assert request["messages"] == [{"role": "user", "content": TEXT}]
    assert "at most three" in request["system"][0]["text"]


def test_gentle_strictness_keeps_at_most_three(learner, tutor_model, fake_anthropic):
    words = ["uno", "dos", "tres", "cuatro"]
    fake_anthropic.reply_with(
        json.dumps(
            {
                "corrections": [
                    {"original": w, "corrected": w.upper(), "category": "vocabulary", "explanation": ""} for w in words
                ]
            }
        )
    )
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text="uno dos tres cuatro")
    feedback.corrections_generate(message=message)
    assert [row[0] for row in _corrections(message)] == ["uno", "dos", "tres"]


def test_thorough_strictness_keeps_every_correction(learner, tutor_model, fake_anthropic):
    Profile.objects.filter(user=learner).update(correction_strictness="thorough")
    fake_anthropic.reply_with(json.dumps(MODEL_ANSWER))
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    feedback.corrections_generate(message=message)
    assert len(_corrections(message)) == 2
    assert "Report every mistake" in fake_anthropic.bodies[-1]["system"][0]["text"]


def test_strictness_none_asks_for_nothing(learner, tutor_model, fake_anthropic):
    Profile.objects.filter(user=learner).update(correction_strictness="none")
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    assert feedback.corrections_generate(message=message) == []
    assert fake_anthropic.bodies == []


def test_offline_corrections_are_only_the_spell_checker_never_invented_grammar(learner, gateway):
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    feedback.corrections_generate(message=message)
    assert _corrections(message) == [("perrro", "perro", "spelling", 14, "spelling")]


def test_save_to_review_makes_one_correction_card_in_the_language_deck(learner, gateway):
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    correction = Correction.objects.create(
        message=message, original="tengo", corrected="tiene", category="grammar", explanation="3rd person.", start=5
    )
    card = feedback.correction_card_save(correction=correction)
    again = feedback.correction_card_save(correction=correction)
    assert again.pk == card.pk
    assert (card.deck.name, card.deck.language, card.front, card.back, card.kind, card.source, card.context) == (
        "Spanish",
        "es",
        "tengo",
        "tiene\n3rd person.",
        Card.Kind.CORRECTION,
        Card.Source.CONVERSATION,
        TEXT,
    )
    assert card.source_ref == f"correction:{correction.pk}"
    assert Card.objects.count() == 1


def test_save_to_review_uses_the_learners_existing_deck_for_the_language(learner, gateway):
    deck = Deck.objects.create(owner=learner, name="Mi español", language="es")
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    correction = Correction.objects.create(message=message, original="tengo", corrected="tiene", category="grammar")
    assert feedback.correction_card_save(correction=correction).deck == deck


def test_auto_cards_turns_every_correction_into_a_card(learner, gateway):
    conversation_services.preferences_update(user=learner, auto_cards=True)
    message = MessageFactory(conversation=ConversationFactory(owner=learner), text=TEXT)
    feedback.corrections_generate(message=message)
    assert list(Card.objects.values_list("front", "back")) == [("perrro", "perro")]
    assert message.corrections.get().card.front == "perrro"


def test_word_card_needs_a_word_of_the_message_and_a_meaning(learner, gateway):
    from django.core.exceptions import ValidationError

    reply = MessageFactory(
        conversation=ConversationFactory(owner=learner), role="assistant", text="Me encanta la playa."
    )
    with pytest.raises(ValidationError) as refused:
        feedback.word_card_save(message=reply, front="montaña", back="")
    assert refused.value.message_dict == {
        "front": ["This word is not in the message."],
        "back": ["Write what it means."],
    }
    card = feedback.word_card_save(message=reply, front="playa", back="beach")
    assert (card.front, card.back, card.kind, card.context) == ("playa", "beach", "word", "Me encanta la playa.")


def test_live_analysis_stores_each_analyser_and_the_session_metrics(learner):
    conversation = ConversationFactory(owner=learner)
    message = MessageFactory(
        conversation=conversation,
        text="Yo tengo un perrro.",
        timing={"typing_ms": 12000, "keystrokes": 25, "pauses": 1, "longest_pause_ms": 2500, "deletions": 2},
    )
    tasks.message_analyse(message.pk)
    results = MessageAnalysis.objects.get(message=message).results
    assert sorted(results) == ["fluency", "language", "spelling", "words"]
    assert results["language"]["is_target"] is True
    assert [word["word"] for word in results["spelling"]["misspelled"]] == ["perrro"]
    assert results["fluency"]["wpm"] == 20.0
    conversation.refresh_from_db()
    metrics = conversation.metrics
    assert (metrics["messages"], metrics["words"], metrics["in_target_language_pct"], metrics["wpm"]) == (
        1,
        4,
        100,
        20.0,
    )
    assert metrics["misspelled_per_100"] == 25.0


def test_live_analysis_is_off_with_its_flag(learner, django_capture_on_commit_callbacks):
    flag = FeatureFlag.objects.get(name="live_analysis")
    flag.everyone = False
    with django_capture_on_commit_callbacks(execute=True):  # committed, so waffle's cache is flushed
        flag.save()
    message = MessageFactory(conversation=ConversationFactory(owner=learner))
    assert analysis.message_analyse(message=message) is None
    assert MessageAnalysis.objects.count() == 0


def test_realtime_message_data_labels_an_offline_reply(learner):
    reply = MessageFactory(conversation=ConversationFactory(owner=learner), role="assistant", provider="offline")
    data = realtime.message_data(reply)
    assert (data["is_offline"], data["role"]) == (True, "assistant")
    assert "offline practice" in data["html"]
