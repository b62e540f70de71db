"""The conversations section of the progress page: the learner's own conversations only, their stored figures,
the corrections by kind over the last 30 days, and an empty state."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Conversation, Correction, Message
from conversations.tests.factories import ConversationFactory
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db


def _turn(conversation, text="Hola", *, days_ago=0, role=Message.Role.LEARNER):
    message = conversation.messages.create(role=role, text=text)
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return message


def _section(client) -> str:
    page = client.get("/progress/").content.decode()
    start = page.index('aria-labelledby="conversations-progress-heading"')
    return page[start : page.index("</section>", start)]


def test_the_section_counts_the_learners_recent_turns_and_shows_the_latest_figures(learner_client, learner):
    cafe = ConversationFactory(owner=learner, title="En el café")
    Conversation.objects.filter(pk=cafe.pk).update(
        metrics={"words": 42, "in_target_language_pct": 90, "misspelled_per_100": 2.4, "wpm": 31.5}
    )
    first = _turn(cafe)
    _turn(cafe, "Quiero un café")
    _turn(cafe, "¿Qué quieres?", role=Message.Role.TUTOR)  # the tutor's turns are not the learner's practice
    _turn(cafe, "Hace mucho", days_ago=40)  # older than the window: counted in the table, not in the 30 days
    old = ConversationFactory(owner=learner, title="Viaje")
    Conversation.objects.filter(pk=old.pk).update(last_activity_at=timezone.now() - timedelta(days=60))
    Correction.objects.create(message=first, original="un cafe", corrected="un café", category="spelling")
    Correction.objects.create(message=first, original="Quiero", corrected="Quisiera", category="naturalness")
    Correction.objects.create(message=first, original="a", corrected="b", category="spelling")
    theirs = ConversationFactory(owner=LearnerFactory(), title="Secreto")
    _turn(theirs)
    Correction.objects.create(message=_turn(theirs), original="x", corrected="y", category="grammar")

    section = _section(learner_client)
    assert "2 messages to the tutor in 1 conversation over the last 30 days (2 in all)." in section
    assert "Secreto" not in section
    assert section.index("En el café") < section.index("Viaje")
    assert "<td>3</td>" in section  # the café's learner turns, whenever they were sent
    assert "<td>42</td>" in section and "90 %" in section and "2.4" in section and "31.5 words/min" in section
    assert "<li>Spelling: 2</li><li>Naturalness: 1</li>" in section
    assert "Grammar" not in section


def test_the_section_says_so_when_there_is_no_conversation(learner_client):
    section = _section(learner_client)
    assert "No conversations yet." in section
    assert 'href="/conversations/new/"' in section


def test_a_parent_sees_each_childs_section_with_the_childs_conversations_only(client):
    parent = LearnerFactory()
    child = child_of(parent)
    ConversationFactory(owner=child, title="Les couleurs")
    ConversationFactory(owner=parent, title="Mi viaje")
    client.force_login(parent)
    page = client.get(f"/children/{child.pk}/progress/").content.decode()
    assert "Les couleurs" in page and "Mi viaje" not in page
