"""Achievements: the catalogue, unlocks checked by the event services, each unlock once with its XP once."""

from datetime import UTC, datetime, timedelta

import pytest

from learning.gamification import catalogue, selectors, services
from learning.models import Achievement, AchievementUnlock, LearnerStats, LearningSession, XpEvent
from spaced_repetition import services as review_services
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_inline")]

AT = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
_ids = iter(range(1, 10**6))


def _unlocked(user):
    return sorted(AchievementUnlock.objects.filter(user=user).values_list("achievement_id", flat=True))


def _complete(user, *, scenario_id=None, category="restaurant", category_size=10, level="A2", expected=15, seconds=600):
    return services.scenario_completion_record(
        user=user,
        attempt_id=next(_ids),
        scenario_id=scenario_id or next(_ids),
        category=category,
        category_size=category_size,
        level=level,
        expected_minutes=expected,
        duration_seconds=seconds,
        language="es",
        at=AT,
    )


def test_catalogue_is_loaded_in_order_and_the_grid_shows_it_locked(learner):
    assert len(catalogue.ACHIEVEMENTS) == Achievement.objects.count() == 30
    grid = selectors.achievements_grid(learner)
    assert [item["code"] for item in grid] == [code for code, *_ in catalogue.ACHIEVEMENTS]
    assert grid[0] == {
        "code": "scenarios-1",
        "name": "Curtain up",
        "description": "Complete your first scenario.",
        "icon": "🎬",
        "rarity": "common",
        "xp": 10,
        "unlocked_at": None,
    }
    assert Achievement.objects.get(code="category-daily-life").description == "Complete every daily life scenario."


def test_first_scenario_completion_pays_by_level_and_unlocks_once(learner):
    first = _complete(learner, level="B1")
    assert (first.kind, first.xp) == ("scenario_completion", 75)
    assert _unlocked(learner) == ["scenarios-1"]
    grid = {item["code"]: item["unlocked_at"] for item in selectors.achievements_grid(learner)}
    assert grid["scenarios-1"] == AT
    assert list(XpEvent.objects.filter(user=learner, kind="achievement").values_list("key", "xp")) == [
        ("achievement:scenarios-1", 10)
    ]


@pytest.mark.parametrize(("level", "xp"), [("A1", 50), ("A2", 50), ("B2", 75), ("C1", 100), ("C2", 100)])
def test_scenario_completion_xp_by_level(learner, level, xp):
    assert _complete(learner, level=level).xp == xp


def test_replayed_completion_pays_nothing(learner):
    attempt = next(_ids)
    kwargs = dict(
        user=learner,
        attempt_id=attempt,
        scenario_id=1,
        category="travel",
        category_size=5,
        level="A1",
        expected_minutes=15,
        duration_seconds=600,
        language="es",
        at=AT,
    )
    assert services.scenario_completion_record(**kwargs).xp == 50
    assert services.scenario_completion_record(**kwargs) is None
    assert XpEvent.objects.filter(user=learner, kind="scenario_completion").count() == 1


def test_five_completions_unlock_5_scenarios(learner):
    for _ in range(5):
        _complete(learner)
    assert _unlocked(learner) == ["scenarios-1", "scenarios-5"]


def test_every_scenario_of_a_category_counts_distinct_scenarios(learner):
    _complete(learner, scenario_id=101, category="restaurant", category_size=2)
    _complete(learner, scenario_id=101, category="restaurant", category_size=2)
    assert "category-restaurant" not in _unlocked(learner)
    _complete(learner, scenario_id=102, category="restaurant", category_size=2)
    assert "category-restaurant" in _unlocked(learner)


@pytest.mark.parametrize(("seconds", "unlocked"), [(450, True), (451, False)])
def test_finishing_in_half_the_expected_time(learner, seconds, unlocked):
    _complete(learner, expected=15, seconds=seconds)
    assert ("quick-finish" in _unlocked(learner)) is unlocked


def test_scenario_phases_pay_15_and_extend_one_scenario_session(learner):
    attempt = next(_ids)
    for phase in range(3):
        event = services.scenario_phase_record(
            user=learner, attempt_id=attempt, phase=phase, language="fr", at=AT + timedelta(minutes=5 * phase)
        )
        assert event.xp == 15
    assert services.scenario_phase_record(user=learner, attempt_id=attempt, phase=0, language="fr", at=AT) is None
    assert list(LearningSession.objects.filter(user=learner).values_list("kind", "language", "items", "xp")) == [
        ("scenario", "fr", 3, 45)
    ]


def test_ten_imported_content_items_unlock_bookworm(learner):
    for _ in range(5):
        services.content_study_record(user=learner, item_id=next(_ids), language="es", imported=False, at=AT)
    for _ in range(9):
        services.content_study_record(user=learner, item_id=next(_ids), language="es", imported=True, at=AT)
    assert "content-10" not in _unlocked(learner)
    services.content_study_record(user=learner, item_id=next(_ids), language="es", imported=True, at=AT)
    assert "content-10" in _unlocked(learner)


def test_ratings_unlock_at_10_and_50(learner):
    services.scenario_ratings_record(user=learner, rated=9, at=AT)
    assert _unlocked(learner) == []
    services.scenario_ratings_record(user=learner, rated=50, at=AT)
    assert _unlocked(learner) == ["ratings-10", "ratings-50"]


def test_path_built_unlocks_once_and_pays_once(learner):
    services.learning_path_record(user=learner, at=AT)
    services.learning_path_record(user=learner, at=AT + timedelta(days=1))
    assert list(AchievementUnlock.objects.filter(user=learner).values_list("achievement_id", "unlocked_at")) == [
        ("path-built", AT)
    ]
    assert LearnerStats.objects.get(user=learner).xp_total == 20


def test_three_languages_unlock_polyglot(learner):
    for language in ["es", "fr", "es", "de"]:
        services.conversation_turn_record(user=learner, message_id=next(_ids), language=language, at=AT)
    assert LearnerStats.objects.get(user=learner).languages == ["es", "fr", "de"]
    assert _unlocked(learner) == ["languages-3"]


def test_thousandth_review_unlocks_review_machine(django_capture_on_commit_callbacks, learner):
    LearnerStats.objects.create(user=learner, reviews=998)
    deck = DeckFactory(owner=learner)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            review_services.review_grade(
                card_id=CardFactory(deck=deck).pk, user=learner, rating=3, duration_ms=1000, now=AT
            )
    assert _unlocked(learner) == ["reviews-1000"]


def test_hundredth_card_graduating_to_review_unlocks_word_collector(django_capture_on_commit_callbacks, learner):
    deck = DeckFactory(owner=learner)
    for _ in range(99):
        CardFactory(deck=deck, state=Card.State.REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        review_services.review_grade(
            card_id=CardFactory(deck=deck).pk, user=learner, rating=1, duration_ms=1000, now=AT
        )
    assert _unlocked(learner) == []  # Again keeps a new card learning
    with django_capture_on_commit_callbacks(execute=True):
        review_services.review_grade(
            card_id=CardFactory(deck=deck).pk, user=learner, rating=4, duration_ms=1000, now=AT
        )
    assert Card.objects.filter(deck=deck, state=Card.State.REVIEW).count() == 100
    assert _unlocked(learner) == ["words-100"]
