"""Scenarios: the built-in catalogue loader, and playing a scenario end to end (offline tutor and a model)."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from admin_tools.tests.gateway_support import claude
from conversations import scenario_data, scenario_loader
from conversations.models import Message, Phase, PhaseLanguage, Play, Scenario
from conversations.services import replies, scenarios
from learning.gamification.models import XpEvent
from learning.models import Language
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card

pytestmark = pytest.mark.django_db
BOOKING = "booking-a-table-and-dining-out"


def _counts() -> tuple[int, int, int]:
    return Scenario.objects.count(), Phase.objects.count(), PhaseLanguage.objects.count()


def test_loader_is_idempotent_and_installs_every_builtin():
    assert _counts() == (25, 98, 490)  # after migrate: 25 scenarios, 98 phases, 5 languages each
    assert scenario_loader.scenarios_ensure() == 0
    call_command("load_scenarios")
    assert _counts() == (25, 98, 490)


def test_loader_restores_a_deleted_builtin_and_keeps_admin_edits():
    Scenario.objects.filter(slug="joining-a-gym").delete()
    Scenario.objects.filter(slug=BOOKING).update(title="Dinner out")
    assert scenario_loader.scenarios_ensure() == 1
    assert _counts() == (25, 98, 490)
    assert Scenario.objects.get(slug=BOOKING).title == "Dinner out"


def test_every_builtin_has_two_to_six_phases_with_complete_words_in_five_languages():
    for scenario in Scenario.objects.filter(is_builtin=True).prefetch_related("phases__languages"):
        phases = list(scenario.phases.all())
        assert 2 <= len(phases) <= 6, scenario.slug
        for phase in phases:
            words = {row.language: row for row in phase.languages.all()}
            assert sorted(words) == sorted(scenario_data.LANGUAGES), (scenario.slug, phase.name)
            for row in words.values():
                assert 5 <= len(row.vocabulary) <= 8 and 4 <= len(row.phrases) <= 6
                assert row.opening and row.hint and not row.needs_review


def _send(play: Play, text: str) -> Message:
    """A learner turn with its tasks run here: the reply, then the verdict."""
    message, placeholder = replies.message_send(conversation=play.conversation, author=play.owner, text=text)
    replies.reply_generate(reply=placeholder)
    scenarios.play_judge(message=message)
    return message


def _spanish_booking(learner) -> Play:
    scenario = Scenario.objects.get(slug=BOOKING)
    return scenarios.scenario_start(
        owner=learner, scenario=scenario, language=Language.objects.get(code="es"), level="A2"
    )


def test_the_offline_tutor_plays_a_scenario_end_to_end_with_no_key(gateway):
    learner = LearnerFactory()
    play = _spanish_booking(learner)
    assert list(play.conversation.messages.values_list("role", "text")) == [
        ("assistant", "Restaurante La Plaza, buenas tardes, ¿dígame?")
    ]
    _send(play, "Hola, buenas tardes.")  # no key word: the offline tutor gives the phase's model phrase
    reply = play.conversation.messages.filter(role="assistant").last()
    assert reply.provider == "offline"
    assert reply.text == PhaseLanguage.objects.get(phase__scenario=play.scenario, phase__order=0, language="es").hint
    play.refresh_from_db()
    assert (play.phase_index, play.objectives_met, play.words_used) == (0, {"0": []}, {"0": []})

    _send(play, "Quiero reservar una mesa para esta noche.")
    reply = play.conversation.messages.filter(role="assistant", reply_to__isnull=False).last()
    assert reply.text == "Has mencionado: la mesa, reservar, esta noche."
    play.refresh_from_db()
    assert play.phase_index == 1  # three key words tick the three objectives: the phase is done
    assert play.objectives_met == {"0": [0, 1, 2]}
    assert play.words_used == {"0": ["la mesa", "reservar", "esta noche"]}
    assert (
        play.conversation.messages.last().text
        == PhaseLanguage.objects.get(phase__scenario=play.scenario, phase__order=1, language="es").opening
    )

    for _ in range(3):  # the other phases, moved on by the learner
        play = scenarios.phase_advance(play=play)
    assert play.state == Play.State.COMPLETED
    xp = XpEvent.objects.filter(user=learner, kind__startswith="scenario").order_by("pk")
    assert list(xp.values_list("kind", "base_xp")) == [
        ("scenario_phase", 15),
        ("scenario_phase", 15),
        ("scenario_phase", 15),
        ("scenario_phase", 15),
        ("scenario_completion", 50),
    ]
    summary = scenarios.play_summary(play)
    assert (summary["objectives_met"], summary["objectives_total"], summary["words_used"]) == (3, 12, 3)
    assert BOOKING not in [s.slug for s in summary["suggestions"]]

    saved = scenarios.phase_cards_save(play=play)
    fronts = {
        t for row in PhaseLanguage.objects.filter(phase__scenario=play.scenario, language="es") for t in row.targets
    }
    assert sorted(c.front for c in saved) == sorted(fronts)
    assert Card.objects.filter(deck__owner=learner, source="scenario").count() == len(fronts)
    assert scenarios.phase_cards_save(play=play) == saved  # saving twice adds nothing


def test_the_model_judges_objectives_with_a_structured_verdict(gateway, fake_anthropic):
    claude(fake_anthropic)
    learner = LearnerFactory()
    play = _spanish_booking(learner)
    fake_anthropic.reply_with("¡Perfecto! ¿Para cuántas personas?")
    fake_anthropic.reply_with(json.dumps({"objectives_met": [1, 7], "phase_complete": False}))
    message, placeholder = replies.message_send(conversation=play.conversation, author=learner, text="Para las nueve.")
    replies.reply_generate(reply=placeholder)
    scenarios.play_judge(message=message)
    play.refresh_from_db()
    assert (play.phase_index, play.objectives_met) == (0, {"0": [1]})  # index 7 is no objective: ignored
    system = fake_anthropic.bodies[0]["system"]
    text = system if isinstance(system, str) else " ".join(block["text"] for block in system)
    assert "The restaurant host on the phone" in text and "Current phase 1 of 4: Reserve" in text
    verdict = fake_anthropic.bodies[1]
    assert verdict["tool_choice"]["type"] == "tool"
    assert "Learner: Para las nueve." in verdict["messages"][0]["content"]

    fake_anthropic.reply_with("Muy bien.")
    fake_anthropic.reply_with(json.dumps({"objectives_met": [0], "phase_complete": True}))
    _send(play, "Somos dos.")
    play.refresh_from_db()
    assert (play.phase_index, play.objectives_met) == (1, {"0": [0, 1]})  # the model said the criteria are met


def test_another_language_is_written_by_the_model_on_first_use_and_flagged_for_review(gateway, fake_anthropic):
    claude(fake_anthropic)
    scenario = Scenario.objects.get(slug="buying-clothes")
    phase = {"vocabulary": ["服", "サイズ", "色"], "phrases": ["これをください。", "試着できますか。", "高いです。"]}
    phases = [phase | {"opening": f"いらっしゃいませ {i}", "hint": "「これをください」"} for i in range(3)]
    fake_anthropic.reply_with(json.dumps({"phases": phases}))
    play = scenarios.scenario_start(
        owner=LearnerFactory(), scenario=scenario, language=Language.objects.get(code="ja"), level="A1"
    )
    rows = PhaseLanguage.objects.filter(phase__scenario=scenario, language="ja").order_by("phase__order")
    assert [(r.opening, r.generated, r.needs_review) for r in rows] == [
        (f"いらっしゃいませ {i}", True, True) for i in range(3)
    ]
    assert play.conversation.messages.get().text == "いらっしゃいませ 0"


def test_another_language_offline_is_refused_honestly_and_stores_nothing(gateway, db_rows):
    learner = LearnerFactory()
    before = db_rows()
    with pytest.raises(ValidationError) as error:
        scenarios.scenario_start(
            owner=learner,
            scenario=Scenario.objects.get(slug="buying-clothes"),
            language=Language.objects.get(code="ja"),
            level="A1",
        )
    assert "can only be prepared by an AI model" in error.value.message_dict["language"][0]
    after = db_rows()
    ledger = "admin_tools.UsageRecord"  # the offline call is recorded in the ledger, nothing else changes
    assert {k: v for k, v in after.items() if k != ledger} == {k: v for k, v in before.items() if k != ledger}
