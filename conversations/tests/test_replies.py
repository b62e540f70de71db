"""A conversation turn through the real gateway, the real `anthropic` SDK and the fake Anthropic server: the tasks
are called directly here (the worker path is in test_consumers.py)."""

import pytest
from django.core.exceptions import ValidationError

from admin_tools.gateway import offline_data
from admin_tools.models import UsageRecord
from conversations import prompts, tasks
from conversations.models import Conversation, Message, Persona, TutorMode
from conversations.services import conversations as conversation_services
from conversations.services import replies
from conversations.tests.factories import ConversationFactory
from learning.models import Language, Profile

pytestmark = pytest.mark.django_db

OPENING = "¿Qué tal tu día?"


def _start(owner, **fields) -> Conversation:
    conversation = conversation_services.conversation_start(
        owner=owner,
        language=Language.objects.get(code="es"),
        mode=TutorMode.objects.get(slug="free-talk"),
        persona=Persona.objects.get(slug="friendly-partner"),
        level="A2",
        **fields,
    )
    conversation.messages.update(text=OPENING)  # a known opening line instead of the catalogue's pick
    return conversation


def _turn(conversation, text, django_capture_on_commit_callbacks) -> Message:
    """Send a message and run its reply task; the other on-commit work (analysis, corrections) is left out."""
    with django_capture_on_commit_callbacks(execute=False):
        _, reply = replies.message_send(conversation=conversation, author=conversation.owner, text=text)
    tasks.reply_generate(reply.pk)
    reply.refresh_from_db()
    return reply


def test_conversation_start_opens_with_a_starter_of_the_mode_in_the_language(learner):
    conversation = conversation_services.conversation_start(
        owner=learner,
        language=Language.objects.get(code="fr"),
        mode=TutorMode.objects.get(slug="job-interview"),
        persona=Persona.objects.get(slug="expert-scholar"),
        level="B1",
        topic="nursing",
    )
    mode = conversation.mode
    opening = conversation.messages.get()
    assert (opening.role, opening.status) == (Message.Role.TUTOR, Message.Status.COMPLETE)
    assert opening.text in [starter.format(topic="nursing") for starter in mode.starters["fr"]]
    assert conversation.title.startswith("Job interview: nursing · ")


def test_conversation_start_without_a_needed_topic_is_refused(learner):
    with pytest.raises(ValidationError) as refused:
        conversation_services.conversation_start(
            owner=learner,
            language=Language.objects.get(code="es"),
            mode=TutorMode.objects.get(slug="negotiation"),
            persona=Persona.objects.get(slug="friendly-partner"),
            level="A2",
        )
    assert refused.value.message_dict == {"topic": ["Negotiation needs a situation."]}
    assert Conversation.objects.count() == 0


def test_reply_streams_from_claude_and_is_stored_with_its_ledger_row(
    learner, tutor_model, fake_anthropic, django_capture_on_commit_callbacks
):
    conversation = _start(learner)
    fake_anthropic.reply_with("¡Hola, Ana! ¿Qué has comido hoy?", usage={"input_tokens": 420, "output_tokens": 12})
    reply = _turn(conversation, "Hola, me llamo Ana.", django_capture_on_commit_callbacks)
    assert (reply.text, reply.status, reply.provider, reply.model_name, reply.is_fallback) == (
        "¡Hola, Ana! ¿Qué has comido hoy?",
        Message.Status.COMPLETE,
        "anthropic",
        "claude-tutor",
        False,
    )
    record = UsageRecord.objects.get(pk=reply.usage_record_id)
    assert (record.feature, record.input_tokens, record.output_tokens, record.user_id) == (
        "conversation_reply",
        420,
        12,
        learner.pk,
    )
    assert reply.seq >= 1


def test_the_system_prompt_and_the_whole_history_reach_the_provider(
    learner, tutor_model, fake_anthropic, django_capture_on_commit_callbacks
):
    Profile.objects.filter(user=learner).update(display_name="Ana", native_language="de")
    conversation = _start(learner)
    fake_anthropic.reply_with("¡Encantada, Ana!")
    fake_anthropic.reply_with("¿Y qué te gusta comer?")
    _turn(conversation, "Hola, me llamo Ana.", django_capture_on_commit_callbacks)
    _turn(conversation, "Me gusta la paella.", django_capture_on_commit_callbacks)
    body = fake_anthropic.bodies[-1]
    assert body["messages"] == [
        {"role": "user", "content": prompts.OPENING_NOTE},
        {"role": "assistant", "content": OPENING},
        {"role": "user", "content": "Hola, me llamo Ana."},
        {"role": "assistant", "content": "¡Encantada, Ana!"},
        {"role": "user", "content": "Me gusta la paella."},
    ]
    system = body["system"][0]
    assert system["cache_control"] == {"type": "ephemeral"}
    assert system["text"].startswith(Persona.objects.get(slug="friendly-partner").prompt)
    assert "Spanish" in system["text"]
    assert TutorMode.objects.get(slug="free-talk").level_adjustments["A2"] in system["text"]
    assert "The learner is called Ana and their native language is German." in system["text"]


def test_a_stream_cut_off_keeps_the_partial_reply_marked_incomplete_and_retry_answers(
    learner, tutor_model, fake_anthropic, django_capture_on_commit_callbacks
):
    conversation = _start(learner)
    fake_anthropic.reply_with("Uno dos tres cuatro cinco")
    fake_anthropic.cut_off_after(2)
    failed = _turn(conversation, "Cuenta hasta cinco.", django_capture_on_commit_callbacks)
    assert (failed.status, failed.error_code, failed.text) == (Message.Status.INCOMPLETE, "cut_off", "Uno dos")
    learner_message = failed.reply_to
    assert (learner_message.role, learner_message.text) == (Message.Role.LEARNER, "Cuenta hasta cinco.")
    fake_anthropic.reply_with("Uno, dos, tres, cuatro, cinco.")
    with django_capture_on_commit_callbacks(execute=False):
        retry = replies.reply_retry(reply=failed)
    tasks.reply_generate(retry.pk)
    retry.refresh_from_db()
    assert (retry.status, retry.text, retry.reply_to_id) == (
        Message.Status.COMPLETE,
        "Uno, dos, tres, cuatro, cinco.",
        learner_message.pk,
    )
    # The cut-off reply stays on the page but is not repeated to the model.
    assert list(conversation.messages.in_prompt().values_list("text", flat=True)) == [
        OPENING,
        "Cuenta hasta cinco.",
        "Uno, dos, tres, cuatro, cinco.",
    ]


def test_every_model_down_gives_an_error_state_not_tutor_text(
    learner, tutor_model, fake_anthropic, gateway, django_capture_on_commit_callbacks
):
    gateway.enabled = False
    gateway.save()
    fake_anthropic.fail_with(500, times=10)
    conversation = _start(learner)
    reply = _turn(conversation, "Hola", django_capture_on_commit_callbacks)
    assert (reply.status, reply.error_code, reply.text) == (Message.Status.FAILED, "unavailable", "")
    assert reply.error_text == "The tutor cannot answer right now. Please try again in a moment."


def test_stopping_a_reply_closes_the_stream_and_keeps_what_came(
    learner, tutor_model, fake_anthropic, django_capture_on_commit_callbacks
):
    conversation = _start(learner)
    fake_anthropic.reply_with("una dos tres cuatro cinco seis siete ocho nueve diez")
    fake_anthropic.slow(0.06)
    with django_capture_on_commit_callbacks(execute=False):
        _, reply = replies.message_send(conversation=conversation, author=learner, text="Cuenta")
    assert replies.reply_cancel(reply=reply) is True  # stopped before the first batch is out
    tasks.reply_generate(reply.pk)
    reply.refresh_from_db()
    assert (reply.status, reply.error_code, reply.text) == (Message.Status.INCOMPLETE, "stopped", "una")
    assert UsageRecord.objects.get(model=tutor_model).outcome == UsageRecord.Outcome.CUT_OFF


def test_with_no_key_the_offline_tutor_answers_labelled_offline(learner, gateway, django_capture_on_commit_callbacks):
    conversation = _start(learner)
    reply = _turn(conversation, "Me gusta mucho la paella.", django_capture_on_commit_callbacks)
    assert (reply.status, reply.provider, reply.is_offline) == (Message.Status.COMPLETE, "offline", True)
    # It echoes the word it recognised, then asks an A-level question of its Spanish bank.
    echo, question = reply.text.split(". ", 1)
    assert echo == "Has mencionado: paella"
    assert question in [q for topic in offline_data.QUESTIONS["es"].values() for q in topic["A"]]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("   ", "Write a message first."),
        ("a" * 10_000, "A message can be at most 2,000 characters (10,000 now)."),
    ],
)
def test_message_send_refuses_bad_text_and_stores_nothing(learner, text, error):
    conversation = ConversationFactory(owner=learner)
    with pytest.raises(ValidationError) as refused:
        replies.message_send(conversation=conversation, author=learner, text=text)
    assert refused.value.message_dict == {"text": [error]}
    assert conversation.messages.count() == 0


def test_message_send_to_an_archived_conversation_is_refused(learner):
    conversation = ConversationFactory(owner=learner, status=Conversation.Status.ARCHIVED)
    with pytest.raises(ValidationError) as refused:
        replies.message_send(conversation=conversation, author=learner, text="Hola")
    assert refused.value.message_dict == {"conversation": ["This conversation is archived. Restore it to continue."]}
    assert conversation.messages.count() == 0


def test_message_send_while_a_reply_streams_is_refused(learner, django_capture_on_commit_callbacks):
    conversation = ConversationFactory(owner=learner)
    with django_capture_on_commit_callbacks(execute=False):
        replies.message_send(conversation=conversation, author=learner, text="Hola")
    with pytest.raises(ValidationError) as refused:
        replies.message_send(conversation=conversation, author=learner, text="¿Hola?")
    assert refused.value.message_dict == {
        "text": ["The tutor is still answering. Wait for the reply or stop it first."]
    }
    assert list(conversation.messages.values_list("text", flat=True)) == ["Hola", ""]


def test_message_send_awards_conversation_turn_xp_once_through_a_task(
    learner, django_capture_on_commit_callbacks, tasks_inline
):
    from learning.gamification.models import XpEvent

    conversation = ConversationFactory(owner=learner)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message, _ = replies.message_send(
            conversation=conversation, author=learner, text="Hola", timing={"typing_ms": 4200, "bogus": "x"}
        )
    assert message.timing == {"typing_ms": 4200}
    assert not XpEvent.objects.filter(user=learner).exists()  # paid after commit, off the message's turn
    for callback in callbacks * 2:  # committed, and the tasks delivered twice
        callback()
    assert list(XpEvent.objects.filter(user=learner).values_list("kind", "base_xp", "language")) == [
        ("conversation_turn", 3, conversation.language_id)
    ]


def test_long_conversations_are_summarised_into_the_running_summary(learner, tutor_model, fake_anthropic):
    conversation = ConversationFactory(owner=learner)
    for n in range(16):
        conversation.messages.create(role=Message.Role.LEARNER, text=f"Mensaje {n}")
        conversation.messages.create(role=Message.Role.TUTOR, text=f"Respuesta {n}")
    fake_anthropic.reply_with('{"summary": "Ana habló de sus mensajes."}')
    replies.conversation_summarise(conversation=conversation)
    conversation.refresh_from_db()
    kept = list(conversation.messages.order_by("pk"))[-replies.KEEP_RECENT :]
    assert conversation.summary == "Ana habló de sus mensajes."
    assert conversation.summary_through == kept[0].pk - 1
    request = prompts.reply_request(conversation, profile=learner.profile, mistakes=[])
    assert request.context == "Summary of the earlier part of this conversation:\nAna habló de sus mensajes."
    assert [message.content for message in request.messages] == [message.text for message in kept]
    transcript = fake_anthropic.bodies[-1]["messages"][0]["content"]
    assert "Learner: Mensaje 0" in transcript and "Tutor: Respuesta 10" in transcript
    assert "Mensaje 11" not in transcript


def test_explain_more_asks_the_tutor_in_the_conversation(
    learner, tutor_model, fake_anthropic, django_capture_on_commit_callbacks
):
    from conversations.models import Correction

    conversation = _start(learner)
    fake_anthropic.reply_with("¡Genial!")
    reply = _turn(conversation, "Ella tengo un perro.", django_capture_on_commit_callbacks)
    correction = Correction.objects.create(
        message=reply.reply_to, original="tengo", corrected="tiene", category="grammar"
    )
    fake_anthropic.reply_with("Con «ella» el verbo va en tercera persona: ella tiene, él tiene.")
    with django_capture_on_commit_callbacks(execute=False):
        explanation = replies.explanation_request(correction=correction)
    tasks.reply_generate(explanation.pk)
    explanation.refresh_from_db()
    assert (explanation.kind, explanation.status, explanation.explains_id, explanation.text) == (
        Message.Kind.EXPLANATION,
        Message.Status.COMPLETE,
        correction.pk,
        "Con «ella» el verbo va en tercera persona: ella tiene, él tiene.",
    )
    body = fake_anthropic.bodies[-1]
    assert body["messages"][-1]["content"].startswith("Please explain this correction of my message in more detail")
    assert "“tengo” → “tiene” (grammar)" in body["messages"][-1]["content"]
    assert "The learner asked for an explanation of a correction." in body["system"][0]["text"]
    # the explanation is shown but not replayed to the model later
    assert explanation not in conversation.messages.in_prompt()
    assert UsageRecord.objects.filter(feature="conversation_explanation").count() == 1
