"""Playing a scenario: start (a conversation with the scenario's script), judge each learner message against the
phase's objectives (the model's structured verdict, or the offline rules), advance, finish with a summary, and
save the phase vocabulary as cards. Words of a language the scenario lacks are made by the AI on first use."""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from admin_tools.gateway import service as gateway
from admin_tools.gateway.types import UseCase
from admin_tools.models import User
from conversations import prompts, realtime, scenario_prompts, scenario_selectors
from conversations.analysis import words as analysis_words
from conversations.models import MAX_TITLE_LENGTH, Conversation, Correction, Message, Persona, TutorMode
from conversations.scenario_models import MIN_PHRASES, MIN_WORDS, Phase, PhaseLanguage, Play, Scenario
from learning.gamification import services as gamification
from learning.models import Language
from spaced_repetition import services as cards
from spaced_repetition.models import Card

log = logging.getLogger(__name__)
SCENARIO_MODE = "free-talk"  # the conversation row needs a mode; the scenario's script replaces its prompt


def _missing_words(scenario: Scenario, language: str) -> list[Phase]:
    phases = list(scenario.phases.all())
    have = set(PhaseLanguage.objects.filter(phase__in=phases, language=language).values_list("phase_id", flat=True))
    return [phase for phase in phases if phase.pk not in have]


def words_ensure(*, scenario: Scenario, language: str, user: User) -> None:
    """Every phase has its words in `language`: missing ones are written by the AI through the gateway and stored,
    flagged for review. The offline tutor cannot write them, so it refuses honestly instead of inventing."""
    phases = _missing_words(scenario, language)
    if not phases:
        return
    unavailable = ValidationError(
        {
            "language": f"“{scenario.title}” has no words in {prompts.language_name(language)} yet, and they can "
            "only be prepared by an AI model, which is not available now. Pick another language."
        }
    )
    try:
        answer = gateway.chat(
            user=user,
            feature="scenario_words",
            use_case=UseCase.CONTENT,
            request=scenario_prompts.words_request(scenario, language=language, phases=phases),
        )
    except gateway.GatewayError as error:
        raise unavailable from error
    written = prompts.parsed(answer.text).get("phases")
    if answer.provider == "offline" or not isinstance(written, list) or len(written) != len(phases):
        raise unavailable
    rows = []
    for phase, data in zip(phases, written, strict=True):
        vocabulary = [str(w).strip() for w in data.get("vocabulary", []) if str(w).strip()]
        phrases = [str(p).strip() for p in data.get("phrases", []) if str(p).strip()]
        if len(vocabulary) < MIN_WORDS or len(phrases) < MIN_PHRASES:
            raise unavailable
        rows.append(
            PhaseLanguage(
                phase=phase,
                language=language,
                vocabulary=vocabulary,
                phrases=phrases,
                opening=str(data.get("opening", "")).strip(),
                hint=str(data.get("hint", "")).strip(),
                generated=True,
                needs_review=True,
            )
        )
    PhaseLanguage.objects.bulk_create(rows, ignore_conflicts=True)


def scenario_start(*, owner: User, scenario: Scenario, language: Language, level: str) -> Play:
    """A new play: a conversation in which the tutor takes the scenario's role, opened with phase 1's line."""
    if language.support == Language.Support.PLANNED or not language.scenarios:
        raise ValidationError({"language": f"Scenarios are not available in {language.name}."})
    if scenario.phases.count() == 0:
        raise ValidationError({"scenario": "This scenario has no phases."})
    words_ensure(scenario=scenario, language=language.code, user=owner)
    with transaction.atomic():
        conversation = Conversation.objects.create(
            owner=owner,
            language=language,
            level=level,
            mode=TutorMode.objects.get(slug=SCENARIO_MODE),
            persona=Persona.objects.filter(is_default=True).first() or Persona.objects.first(),
            topic=scenario.title[:200],
            title=f"Scenario: {scenario.title}"[:MAX_TITLE_LENGTH],
        )
        play = Play.objects.create(scenario=scenario, owner=owner, conversation=conversation, language=language.code)
        _opening(play)
    return play


def _opening(play: Play) -> Message:
    message = play.conversation.messages.create(
        role=Message.Role.TUTOR,
        text=play.words(play.phase).opening,
        status=Message.Status.COMPLETE,
        completed_at=timezone.now(),
    )
    transaction.on_commit(lambda: realtime.message_created(message))
    return message


def offline_objectives(*, objectives: list[str], used: list[str]) -> list[int]:
    """The offline rule, deterministic: each distinct key word or phrase of the phase the learner has used ticks
    the next objective."""
    return list(range(min(len(objectives), len(used))))


def _transcript(play: Play) -> list[tuple[str, str]]:
    messages = play.conversation.messages.in_prompt().filter(created_at__gte=play.phase_started_at)
    return list(messages.values_list("role", "text"))


def play_judge(*, message: Message) -> Play:
    """After a learner message: the key words used (by lemma), the objectives met (the model's verdict, or the
    offline rules when the offline tutor answers or no model can), then advance if the phase is done."""
    play = Play.objects.select_related("scenario", "conversation", "owner").get(conversation=message.conversation_id)
    if play.is_completed:
        return play
    index, phase = play.phase_index, play.phase
    words = play.words(phase)
    said = analysis_words.uses_key_words(message.text, language=play.language, targets=words.targets)
    used = list(dict.fromkeys([*play.used_in(index), *said]))
    try:
        answer = gateway.chat(
            user=play.owner,
            feature="scenario_verdict",
            use_case=UseCase.ANALYSIS,
            request=scenario_prompts.verdict_request(play, phase=phase, transcript=_transcript(play)),
        )
        offline = answer.provider == "offline"
        verdict = prompts.parsed(answer.text)
    except gateway.GatewayError:
        log.warning("play %s: no verdict from a model, the offline rules judge this turn", play.pk)
        offline, verdict = True, {}
    if offline:
        met = offline_objectives(objectives=phase.objectives, used=used)
    else:
        said = [i for i in verdict.get("objectives_met", []) if isinstance(i, int) and 0 <= i < len(phase.objectives)]
        met = sorted({*play.met_in(index), *said})
    complete = len(met) == len(phase.objectives) or (not offline and verdict.get("phase_complete") is True)
    return _verdict_store(play, phase=index, met=met, used=used, complete=complete)


@transaction.atomic
def _verdict_store(play: Play, *, phase: int, met: list[int], used: list[str], complete: bool) -> Play:
    """Keep the verdict unless the play moved on while the model judged (the learner pressed Next phase)."""
    play = Play.objects.select_for_update().select_related("scenario", "conversation").get(pk=play.pk)
    if play.is_completed or play.phase_index != phase:
        return play
    play.objectives_met = {**play.objectives_met, str(phase): met}
    play.words_used = {**play.words_used, str(phase): used}
    play.save(update_fields=["objectives_met", "words_used"])
    if complete:
        return phase_advance(play=play, phase=phase)
    transaction.on_commit(lambda: realtime.scenario_progress(play))
    return play


@transaction.atomic
def phase_advance(*, play: Play, phase: int | None = None) -> Play:
    """Move on (criteria met, or the learner chose to): 15 XP for the phase, then the next phase's opening, or the
    end of the scenario after the last one. With `phase`, only if the play is still in that phase (so a verdict
    and the learner's click never skip two phases)."""
    play = Play.objects.select_for_update().select_related("scenario", "conversation").get(pk=play.pk)
    if play.is_completed or (phase is not None and play.phase_index != phase):
        return play
    now = timezone.now()
    event = gamification.scenario_phase_record(
        user=play.owner,
        attempt_id=play.pk,
        phase=play.phase_index,
        language=play.language,
        at=now,
        duration_seconds=int((now - play.phase_started_at).total_seconds()),
    )
    play.xp_awarded += event.xp if event is not None else 0
    if play.phase_index + 1 >= play.scenario.phases.count():
        return _finish(play, now=now)
    play.phase_index += 1
    play.phase_started_at = now
    play.save(update_fields=["phase_index", "phase_started_at", "xp_awarded"])
    _opening(play)
    transaction.on_commit(lambda: realtime.scenario_progress(play))
    return play


def _finish(play: Play, *, now) -> Play:
    scenario = play.scenario
    event = gamification.scenario_completion_record(
        user=play.owner,
        attempt_id=play.pk,
        scenario_id=scenario.pk,
        category=scenario.category.replace("_", "-"),
        category_size=Scenario.objects.for_user(play.owner).filter(category=scenario.category).count(),
        level=scenario.level_min,
        expected_minutes=scenario.minutes,
        duration_seconds=int((now - play.started_at).total_seconds()),
        language=play.language,
        at=now,
    )
    play.xp_awarded += event.xp if event is not None else 0
    play.state, play.completed_at = Play.State.COMPLETED, now
    play.save(update_fields=["state", "completed_at", "xp_awarded"])
    transaction.on_commit(lambda: realtime.scenario_progress(play))
    return play


@transaction.atomic
def play_finish(*, play: Play) -> Play:
    """The learner ends the scenario now: the phases not done earn nothing, the completion does."""
    play = Play.objects.select_for_update().select_related("scenario").get(pk=play.pk)
    if play.is_completed:
        return play
    return _finish(play, now=timezone.now())


def play_summary(play: Play) -> dict:
    """What the end screen shows: time, objectives met per phase, words used, mistakes, XP, next suggestions."""
    phases = []
    for phase in play.scenario.phases.all():
        words = play.words(phase)
        met = play.met_in(phase.order)
        phases.append(
            {
                "phase": phase,
                "objectives": [(text, i in met) for i, text in enumerate(phase.objectives)],
                "used": play.used_in(phase.order),
                "targets": words.targets,
                "reached": phase.order <= play.phase_index,
            }
        )
    end = play.completed_at or timezone.now()
    mistakes = list(Correction.objects.filter(message__conversation=play.conversation).order_by("pk"))
    return {
        "play": play,
        "minutes": max(1, round((end - play.started_at).total_seconds() / 60)),
        "phases": phases,
        "objectives_met": sum(len(play.met_in(p["phase"].order)) for p in phases),
        "objectives_total": sum(len(p["phase"].objectives) for p in phases),
        "words_used": sum(len(p["used"]) for p in phases),
        "mistakes": mistakes,
        "mistake_count": len(mistakes),
        "suggestions": list(scenario_selectors.recommended(play.owner, exclude=play.scenario_id)[:3]),
    }


@transaction.atomic
def phase_cards_save(*, play: Play) -> list[Card]:
    """The key words and phrases of every phase reached, as cards in the learner's deck for the language."""
    language = play.conversation.language
    deck = cards.deck_for_language(owner=play.owner, language=language.code, name=language.name)
    saved = []
    for phase in play.scenario.phases.filter(order__lte=play.phase_index):
        words = play.words(phase)
        kinds = [(front, Card.Kind.WORD) for front in words.vocabulary] + [(p, Card.Kind.PHRASE) for p in words.phrases]
        for front, kind in kinds:
            saved.append(
                cards.card_create(
                    deck=deck,
                    front=front,
                    back=f"{phase.name} — {play.scenario.title}",
                    kind=kind,
                    context=phase.goal,
                    source=Card.Source.SCENARIO,
                    source_ref=f"play:{play.pk}:phase:{phase.order}",
                )
            )
    return list({card.pk: card for card in saved}.values())  # a word in two phases is one card
