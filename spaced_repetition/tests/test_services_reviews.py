"""Grading and undo through the services: FSRS schedules and logs, replays, suspended and foreign cards, the
signals the apps above hear after commit, and taking grades back."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from learning.models import Profile
from learning.tests.factories import LearnerFactory
from spaced_repetition import scheduling, selectors, services, signals
from spaced_repetition.anki import importer
from spaced_repetition.models import Card, ReviewLog, ReviewSettings, ReviewUndo
from spaced_repetition.tests.anki_packages import build_anki_package
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state, schedule

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
def received():
    """Every review_graded / review_undone signal sent during the test, as (signal name, kwargs)."""
    calls = []

    def graded(sender, **kwargs):
        calls.append(("graded", kwargs))

    def undone(sender, **kwargs):
        calls.append(("undone", kwargs))

    signals.review_graded.connect(graded)
    signals.review_undone.connect(undone)
    yield calls
    signals.review_graded.disconnect(graded)
    signals.review_undone.disconnect(undone)


def _rows(model) -> list[dict]:
    return list(model.objects.order_by("pk").values())


# --- grading


def test_review_grade_schedules_with_fsrs_and_appends_the_log(no_fuzz, received, django_capture_on_commit_callbacks):
    card = CardFactory()
    user = card.deck.owner
    before = schedule(card)
    with django_capture_on_commit_callbacks(execute=True):
        log = services.review_grade(card_id=card.pk, user=user, rating=3, duration_ms=4200, now=NOW)
    expected, _ = scheduling.review(before, 3, NOW, desired_retention=0.9, fuzz=False)
    assert schedule(card) == expected
    assert (expected.state, expected.step, expected.due) == ("learning", 1, NOW + timedelta(minutes=10))
    assert _rows(ReviewLog) == [
        {
            "id": log.pk,
            "card_id": card.pk,
            "uuid": log.uuid,
            "user_id": user.pk,
            "deck_id": card.deck_id,  # the deck it was graded in
            "rating": 3,
            "state": "new",
            "reviewed_at": NOW,
            "duration_ms": 4200,
            "client_review_id": "",
            "state_before": before.to_dict(),
            "imported": False,
            "interval_days": None,  # the card was new: no interval
        }
    ]
    assert received == [("graded", {"signal": signals.review_graded, "review_log": log})]


def test_review_grade_uses_the_learners_desired_retention(no_fuzz):
    card = in_state(CardFactory(), "review", due=NOW, stability=10.0)
    user = card.deck.owner
    ReviewSettings.objects.create(user=user, desired_retention=0.8)
    before = schedule(card)
    services.review_grade(card_id=card.pk, user=user, rating=3, duration_ms=0, now=NOW)
    assert schedule(card) == scheduling.review(before, 3, NOW, desired_retention=0.8, fuzz=False)[0]
    assert schedule(card) != scheduling.review(before, 3, NOW, desired_retention=0.9, fuzz=False)[0]


def test_review_grade_caps_the_time_spent_at_a_minute():
    card = CardFactory()
    log = services.review_grade(card_id=card.pk, user=card.deck.owner, rating=1, duration_ms=600_000, now=NOW)
    assert ReviewLog.objects.get(pk=log.pk).duration_ms == 60_000


@pytest.mark.parametrize("rating", [0, 5, "x", None])
def test_review_grade_refuses_a_bad_grade_and_changes_nothing(rating):
    card = CardFactory()
    rows = _rows(Card)
    with pytest.raises(ValidationError) as error:
        services.review_grade(card_id=card.pk, user=card.deck.owner, rating=rating, duration_ms=0, now=NOW)
    assert error.value.message_dict == {"rating": ["Grade with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."]}
    assert _rows(Card) == rows
    assert ReviewLog.objects.count() == 0


def test_review_grade_refuses_a_suspended_card(received, django_capture_on_commit_callbacks):
    card = CardFactory(suspended=True)
    rows = _rows(Card)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.review_grade(card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=0, now=NOW)
    assert error.value.messages == ["This card is suspended. Unsuspend it to review it."]
    assert _rows(Card) == rows
    assert ReviewLog.objects.count() == 0
    assert received == []


def test_review_grade_replayed_client_review_id_returns_the_first_log_and_changes_nothing(
    received, django_capture_on_commit_callbacks
):
    card = CardFactory()
    user = card.deck.owner
    with django_capture_on_commit_callbacks(execute=True):
        first = services.review_grade(
            card_id=card.pk, user=user, rating=4, duration_ms=900, client_review_id="r-1", now=NOW
        )
    cards, logs = _rows(Card), _rows(ReviewLog)
    with django_capture_on_commit_callbacks(execute=True):
        replay = services.review_grade(
            card_id=card.pk, user=user, rating=1, duration_ms=5, client_review_id="r-1", now=NOW + timedelta(hours=1)
        )
    assert replay.pk == first.pk
    assert (_rows(Card), _rows(ReviewLog)) == (cards, logs)
    assert [name for name, _ in received] == ["graded"]


def test_review_grade_client_review_id_of_another_card_is_refused():
    card, other = CardFactory(), CardFactory()
    other.deck = card.deck
    other.save()
    services.review_grade(
        card_id=card.pk, user=card.deck.owner, rating=3, duration_ms=0, client_review_id="r-1", now=NOW
    )
    with pytest.raises(ValidationError) as error:
        services.review_grade(
            card_id=other.pk, user=card.deck.owner, rating=3, duration_ms=0, client_review_id="r-1", now=NOW
        )
    assert error.value.message_dict == {"client_review_id": ["This id was already used to grade another card."]}
    assert ReviewLog.objects.count() == 1


def test_review_grade_client_review_ids_are_per_learner():
    mine, theirs = CardFactory(), CardFactory()
    services.review_grade(
        card_id=mine.pk, user=mine.deck.owner, rating=3, duration_ms=0, client_review_id="same", now=NOW
    )
    services.review_grade(
        card_id=theirs.pk, user=theirs.deck.owner, rating=2, duration_ms=0, client_review_id="same", now=NOW
    )
    assert sorted(ReviewLog.objects.values_list("card", "rating")) == [(mine.pk, 3), (theirs.pk, 2)]


# --- undo


def test_review_undo_restores_the_card_and_deletes_only_the_latest_log(received, django_capture_on_commit_callbacks):
    card = CardFactory()
    user = card.deck.owner
    original = schedule(card)
    first = services.review_grade(card_id=card.pk, user=user, rating=3, duration_ms=1000, now=NOW)
    cards_after_first, logs_after_first = _rows(Card), _rows(ReviewLog)
    schedule_before_second = schedule(card).to_dict()
    second = services.review_grade(
        card_id=card.pk, user=user, rating=4, duration_ms=2000, now=NOW + timedelta(minutes=10)
    )
    assert schedule(card).state == "review"
    received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restored = services.review_undo(user=user, review_log_id=second.pk, now=NOW + timedelta(minutes=11))
    assert _rows(ReviewLog) == logs_after_first
    assert [{k: v for k, v in row.items() if k != "updated_at"} for row in _rows(Card)] == [
        {k: v for k, v in row.items() if k != "updated_at"} for row in cards_after_first
    ]
    assert restored.scheduling_state == schedule(card)
    assert received == [
        (
            "undone",
            {
                "signal": signals.review_undone,
                "user": user,
                "card": restored,
                "review_log_id": second.pk,
                "rating": 4,
                "reviewed_at": NOW + timedelta(minutes=10),
            },
        )
    ]
    assert list(ReviewUndo.objects.values("user", "card", "review_log_id", "rating", "state", "reviewed_at")) == [
        {
            "user": user.pk,
            "card": card.pk,
            "review_log_id": second.pk,
            "rating": 4,
            "state": "learning",
            "reviewed_at": NOW + timedelta(minutes=10),
        }
    ]
    assert ReviewUndo.objects.get().state_before == schedule_before_second
    services.review_undo(user=user, review_log_id=first.pk, now=NOW + timedelta(minutes=12))
    assert schedule(card) == original
    assert ReviewLog.objects.count() == 0
    assert sorted(ReviewUndo.objects.values_list("review_log_id", flat=True)) == [first.pk, second.pk]


def _grades(card, count: int, *, start=NOW) -> list[ReviewLog]:
    user = card.deck.owner
    return [
        services.review_grade(card_id=card.pk, user=user, rating=3, duration_ms=1000, now=start + timedelta(minutes=n))
        for n in range(count)
    ]


def test_review_undo_retried_takes_back_nothing_more(received, django_capture_on_commit_callbacks):
    card = CardFactory()
    user = card.deck.owner
    (first,) = _grades(card, 1)
    after_first = schedule(card)
    (second,) = _grades(card, 1, start=NOW + timedelta(minutes=1))
    services.review_undo(user=user, review_log_id=second.pk, now=NOW + timedelta(minutes=5))
    received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = services.review_undo(user=user, review_log_id=second.pk, now=NOW + timedelta(minutes=6))
    assert again.scheduling_state == after_first == schedule(card)
    assert list(ReviewLog.objects.values_list("pk", flat=True)) == [first.pk]
    assert ReviewUndo.objects.count() == 1
    assert received == []


def test_review_undo_takes_back_only_the_latest_grade():
    card = CardFactory()
    first, second = _grades(card, 2)
    with pytest.raises(ValidationError) as error:
        services.review_undo(user=card.deck.owner, review_log_id=first.pk, now=NOW + timedelta(minutes=5))
    assert error.value.messages == ["Only your latest grade can be taken back."]
    assert list(ReviewLog.objects.order_by("pk").values_list("pk", flat=True)) == [first.pk, second.pk]
    assert ReviewUndo.objects.count() == 0


def test_review_undo_takes_back_only_grades_given_today_in_the_learners_time_zone():
    card = CardFactory()
    user = card.deck.owner
    Profile.objects.create(user=user, time_zone="America/New_York")  # NOW is 05:30 there
    (log,) = _grades(card, 1, start=NOW - timedelta(hours=6))  # 23:30 yesterday in New York
    with pytest.raises(ValidationError) as error:
        services.review_undo(user=user, review_log_id=log.pk, now=NOW)
    assert error.value.messages == ["Only grades given today can be taken back."]
    assert selectors.undoable_grade(user=user, now=NOW, time_zone="America/New_York") is None
    assert selectors.undoable_grade(user=user, now=NOW, time_zone="UTC") == log  # 03:30 today in UTC
    assert ReviewLog.objects.count() == 1


def test_review_undo_goes_back_at_most_10_grades_whatever_is_graded_since():
    card = CardFactory()
    user = card.deck.owner
    logs = _grades(card, 12)
    later = NOW + timedelta(hours=1)
    for log in reversed(logs[2:]):
        services.review_undo(user=user, review_log_id=log.pk, now=later)
    with pytest.raises(ValidationError) as error:
        services.review_undo(user=user, review_log_id=logs[1].pk, now=later)
    assert error.value.messages == ["Undo goes back at most 10 grades."]
    assert selectors.undoable_grade(user=user, now=later, time_zone="UTC") is None
    # a new grade can be taken back, and then the one before the ten still cannot
    (newest,) = _grades(card, 1, start=later)
    services.review_undo(user=user, review_log_id=newest.pk, now=later)
    with pytest.raises(ValidationError):
        services.review_undo(user=user, review_log_id=logs[1].pk, now=later)
    assert list(ReviewLog.objects.order_by("pk").values_list("pk", flat=True)) == [logs[0].pk, logs[1].pk]
    assert ReviewUndo.objects.count() == 11


def test_review_undo_of_another_learners_grade_or_an_unknown_id_is_not_found():
    mine, theirs = CardFactory(), CardFactory()
    (log,) = _grades(theirs, 1)
    for review_log_id in (log.pk, log.pk + 1000):
        with pytest.raises(Http404):
            services.review_undo(user=mine.deck.owner, review_log_id=review_log_id, now=NOW)
    assert ReviewLog.objects.count() == 1
    assert schedule(theirs).state == "learning"


def test_review_undo_never_takes_back_imported_anki_history(tmp_path, no_fuzz):
    """A grade given today, then an Anki import: undo takes back today's grade, never the imported reviews,
    even when Anki's history ends today."""
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner, language="fr")
    own_card = CardFactory(deck=deck, front="le chien")
    (own,) = _grades(own_card, 1, start=timezone.now() - timedelta(minutes=5))
    with build_anki_package(tmp_path).open("rb") as file:
        importer.anki_import(owner=learner, file=file, language="fr")
    imported = ReviewLog.objects.filter(imported=True).order_by("pk")
    assert imported.count() == 5
    assert imported.last().pk > own.pk
    imported.update(reviewed_at=timezone.now() - timedelta(minutes=1))  # as if reviewed in Anki just before
    anki_card = imported.last().card
    anki_schedule = schedule(anki_card)
    with pytest.raises(ValidationError) as error:
        services.review_undo(user=learner, review_log_id=imported.last().pk)
    assert error.value.messages == ["Grades imported from Anki cannot be taken back."]
    assert selectors.undoable_grade(user=learner, now=timezone.now(), time_zone="UTC") == own
    services.review_undo(user=learner, review_log_id=own.pk)
    assert (imported.count(), schedule(anki_card)) == (5, anki_schedule)
    assert selectors.undoable_grade(user=learner, now=timezone.now(), time_zone="UTC") is None
