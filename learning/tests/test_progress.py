"""The progress page through the test client: exact figures from known reviews, cards and XP, the same page
for a parent's child (and nobody else's), empty states, and a query count that does not grow with the
collection."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.gamification import achievements
from learning.gamification import selectors as gamification_selectors
from learning.gamification.models import DailyActivity
from learning.models import Profile
from learning.progress import heat_level, heatmap
from learning.tests.factories import LearnerFactory
from learning.tests.helpers import flag_set
from learning.tests.progress_support import at_noon, grade, in_tokyo, local_today, long_day_text, table_row
from spaced_repetition.models import Card
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def studied(learner):
    """A learner in Tokyo with five cards and four grades: three yesterday at a 30-day interval (one Again),
    one today of a new card."""
    in_tokyo(learner)
    today = local_today()
    deck = DeckFactory(owner=learner)
    now = timezone.now()
    overdue = in_state(CardFactory(deck=deck, front="el perro"), "review", due=now - timedelta(days=1))
    in_state(CardFactory(deck=deck), "review", due=at_noon(today + timedelta(days=1)))
    in_state(CardFactory(deck=deck), "learning", due=now - timedelta(minutes=1))
    suspended = in_state(CardFactory(deck=deck), "review", due=at_noon(today + timedelta(days=2)))
    Card.objects.filter(pk=suspended.pk).update(suspended=True)
    new = CardFactory(deck=deck)
    yesterday = today - timedelta(days=1)
    grade(overdue, at=at_noon(yesterday, 10), rating=3, interval_days=30)
    grade(overdue, at=at_noon(yesterday, 11), rating=1, interval_days=30)
    grade(overdue, at=at_noon(yesterday, 12), rating=4, interval_days=30)
    grade(new, at=now, rating=3)
    # another learner's cards, grades and XP never count
    stranger_deck = DeckFactory(owner=in_tokyo(LearnerFactory()))
    stranger_card = in_state(CardFactory(deck=stranger_deck), "review", due=now - timedelta(days=1))
    grade(stranger_card, at=at_noon(yesterday, 9), rating=1, interval_days=60)
    grade(stranger_card, at=now, rating=3, interval_days=60)
    return learner


def test_progress_needs_a_signed_in_user(client):
    response = client.get("/progress/")

    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/progress/")


def test_progress_shows_review_figures_from_the_learners_own_logs_and_cards(learner_client, studied):
    today = local_today()
    yesterday = today - timedelta(days=1)

    response = learner_client.get("/progress/")

    assert response.status_code == 200
    reviews = response.context["reviews_chart"]
    assert len(reviews.rows) == 30
    assert reviews.rows[-2:] == [(long_day_text(yesterday), [2, 1]), (long_day_text(today), [1, 0])]
    assert sum(sum(values) for _, values in reviews.rows) == 4
    forecast = response.context["forecast_chart"]
    assert forecast.rows[:3] == [
        (f"Today ({long_day_text(today)}), overdue included", [2]),
        (long_day_text(today + timedelta(1)), [1]),
        (long_day_text(today + timedelta(2)), [0]),
    ]
    assert sum(sum(values) for _, values in forecast.rows) == 3
    assert response.context["states_chart"].rows == [
        ("New", [1]),
        ("Learning", [1]),
        ("Review", [3]),
        ("Relearning", [0]),
        ("Suspended", [1]),
    ]
    assert (response.context["due_today"], response.context["reviews_today"]) == (2, 1)
    retention = response.context["retention"]
    assert (retention.reviews, retention.passed) == (3, 2)
    # the tables show the same numbers as the charts draw
    assert response.context["reviews_chart"].data["series"][0]["values"][-2:] == [2, 1]
    assert response.context["reviews_chart"].data["series"][1]["values"][-2:] == [1, 0]
    assert response.context["forecast_chart"].data["series"][0]["values"][:3] == [2, 1, 0]
    assert response.context["forecast_chart"].data["labels"][0] == "Today"
    assert response.context["states_chart"].data["series"][0]["values"] == [1, 1, 3, 0, 1]
    html = response.content.decode()
    for row in (
        table_row(long_day_text(yesterday), 2, 1),
        table_row(long_day_text(today), 1, 0),
        table_row(f"Today ({long_day_text(today)}), overdue included", 2),
        table_row("Review", 3),
        table_row("Suspended", 1),
    ):
        assert row in html
    assert "1 review today." in html
    assert "2 cards due by the end of today." in html
    assert "5 cards in all." in html
    assert '67% <span class="stat-unit">of 3 mature reviews remembered</span>' in html
    assert "Target: 90%." in html
    assert "Days are counted in your time zone, Asia/Tokyo." in html
    for chart in ("chart-reviews-data", "chart-forecast-data", "chart-states-data"):
        assert f'<script id="{chart}" type="application/json">' in html
    assert 'src="/static/vendor/chartjs/chart.umd.min.js"' in html


def test_progress_shows_xp_level_goal_and_calendar_from_the_gamification_records(learner_client, studied):
    today = local_today()
    yesterday = today - timedelta(days=1)

    response = learner_client.get("/progress/")

    # 3 + 2 + 3 XP yesterday, 3 XP today (2 a grade, +1 when not Again)
    status = response.context["status"]
    assert {key: status[key] for key in ("xp_total", "level", "xp_into_level", "xp_for_next_level")} == {
        "xp_total": 11,
        "level": 1,
        "xp_into_level": 11,
        "xp_for_next_level": 100,
    }
    assert (status["streak_days"], status["today_xp"], status["daily_goal"], status["goal_met_today"]) == (
        0,
        3,
        20,
        False,
    )
    ring = response.context["goal_ring"]
    assert (ring.xp, ring.goal, ring.percent, ring.remaining) == (3, 20, 15, 17)
    calendar = response.context["heatmap"]
    assert calendar.active == [(yesterday, 8), (today, 3)]
    cells = [cell for week in calendar.weeks for cell in week if cell.day is not None]
    assert len(cells) == 365
    assert [(cell.day, cell.xp, cell.level) for cell in cells[-2:]] == [(yesterday, 8, 1), (today, 3, 1)]
    assert sum(cell.xp for cell in cells) == 11
    html = response.content.decode()
    assert "11 of 100 XP to level 2" in html
    assert '<progress id="level-progress" max="100" value="11">' in html
    assert "3 of 20 XP today" in html
    assert "17 XP to go." in html
    assert "2 active days in the last year, 11 XP." in html
    assert table_row(long_day_text(yesterday), 8) in html
    assert f'title="{long_day_text(today)}: 3 XP"' in html


def test_progress_shows_unlocked_achievements_with_their_date(learner_client, learner):
    in_tokyo(learner)
    achievements.achievement_unlock(user=learner, code="path-built", at=datetime(2025, 3, 9, 16, 0, tzinfo=UTC))

    response = learner_client.get("/progress/")

    grid = response.context["achievements"]
    unlocked = [(a["code"], a["unlocked_at"]) for a in grid if a["unlocked_at"] is not None]
    assert unlocked == [("path-built", datetime(2025, 3, 9, 16, 0, tzinfo=UTC))]
    html = response.content.decode()
    assert f"1 of {len(grid)} unlocked." in html
    # 16:00 UTC on 9 March is 10 March in Tokyo
    assert '<span class="pill pill-ok">Unlocked 10 Mar 2025</span>' in html
    assert html.count('<span class="pill">Locked</span>') == len(grid) - 1
    assert response.context["status"]["xp_total"] == 20  # the achievement's XP


def test_progress_shows_the_weeks_league_with_the_learner_marked(learner_client, learner):
    rival = LearnerFactory()
    now = timezone.now()
    grade(CardFactory(deck=DeckFactory(owner=learner)), at=now, rating=3)
    rival_deck = DeckFactory(owner=rival)
    grade(CardFactory(deck=rival_deck), at=now, rating=3)
    grade(CardFactory(deck=rival_deck), at=now, rating=1)

    response = learner_client.get("/progress/")

    league = response.context["league"]
    assert league["tier_name"] == "Bronze"
    rows = [(row["rank"], row["display_name"], row["xp"], row["is_me"]) for row in league["rows"]]
    assert rows == [(1, rival.profile.name, 5, False), (2, learner.profile.name, 3, True)]
    html = response.content.decode()
    assert '<tr class="league-me">' in html
    assert f"{learner.profile.name} <strong>(you)</strong>" in html


def test_progress_of_a_new_learner_shows_empty_states(learner_client):
    response = learner_client.get("/progress/")

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "No XP yet today.",
        "No streak yet: meet the daily goal to start one.",
        "No activity yet: each day with XP fills a square here.",
        "No reviews in the last 30 days yet.",
        "No cards due in the next 30 days.",
        "No cards yet.",
        "No reviews of mature cards in the last 30 days yet.",
        "Not in a league this week: the first XP of the week joins one.",
        "0 reviews today.",
    ):
        assert text in html
    assert "application/json" not in html  # nothing to draw


def test_progress_of_a_learner_out_of_leagues_says_so(learner_client, learner):
    Profile.objects.filter(user=learner).update(league_opt_out=True)

    response = learner_client.get("/progress/")

    assert response.context["league"] is None
    assert "Staying out of leagues (a choice in the settings)." in response.content.decode()


def test_progress_without_the_leagues_flag_has_no_league_and_no_leaderboard_link(
    django_capture_on_commit_callbacks, learner_client, learner
):
    grade(CardFactory(deck=DeckFactory(owner=learner)), at=timezone.now(), rating=3)
    html = learner_client.get("/progress/").content.decode()
    assert 'id="league-heading"' in html
    assert 'href="/progress/leaderboard/"' in html

    flag_set(django_capture_on_commit_callbacks, "leagues", everyone=False)
    response = learner_client.get("/progress/")

    assert response.status_code == 200
    assert (response.context["leagues_on"], response.context["league"]) == (False, None)
    html = response.content.decode()
    assert 'id="league-heading"' not in html
    assert "/progress/leaderboard/" not in html
    assert "3 XP in all." in html


def _collection(learner, cards: int) -> None:
    """`cards` cards in every state, each graded once yesterday and once today, paid as real reviews."""
    today = local_today()
    deck = DeckFactory(owner=in_tokyo(learner))
    states = ["new", "learning", "review", "relearning"]
    made = [CardFactory(deck=deck) for _ in range(cards)]
    for n, card in enumerate(made):
        if states[n % 4] != "new":
            in_state(card, states[n % 4], due=at_noon(today + timedelta(days=n % 40 - 5)))
        grade(card, at=at_noon(today - timedelta(days=1 + n % 60)), rating=1 + n % 4, interval_days=n % 50)
        grade(card, at=timezone.now(), rating=3)


def _queries(client, learner) -> int:
    client.force_login(learner)
    client.get("/progress/")  # warm: session, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/progress/")
    assert response.status_code == 200
    return len(queries)


def test_progress_query_count_does_not_grow_with_the_collection(client):
    small, large = LearnerFactory(), LearnerFactory()
    _collection(small, 10)
    _collection(large, 200)

    # session, user with profile, XP, the learner's days (goal, streak, calendar), reviews per day, forecast,
    # cards by state, achievements, retention target, league (2), the conversations section (3: totals, latest,
    # mistakes) and the base template's two
    assert (_queries(client, large), _queries(client, small)) == (16, 16)


def test_status_with_activity_reads_what_status_and_activity_by_day_read():
    learner = in_tokyo(LearnerFactory())
    today, now = local_today(), timezone.now()
    met = at_noon(today, 9)
    for days_ago, xp, activity_xp, goal_met_at in [
        (400, 30, 30, met),  # before the calendar's year, in the streak's history
        (366, 15, 15, None),
        (3, 25, 20, met),
        (2, 0, 0, met),  # a goal-met day without XP (a freeze's day has none)
        (1, 40, 35, met),
        (0, 12, 10, None),
    ]:
        DailyActivity.objects.create(
            user=learner,
            date=today - timedelta(days=days_ago),
            xp=xp,
            activity_xp=activity_xp,
            goal_xp=20,
            goal_met_at=goal_met_at,
        )
    DailyActivity.objects.create(user=LearnerFactory(), date=today, xp=99, activity_xp=99, goal_xp=20)
    profile = Profile.objects.get(user=learner)

    status, activity = gamification_selectors.status_with_activity(learner, profile=profile, days=365, now=now)

    assert status == gamification_selectors.status(learner, now=now)
    assert activity == gamification_selectors.activity_by_day(learner, days=365, now=now)
    assert activity == [(today - timedelta(days=3), 25), (today - timedelta(days=1), 40), (today, 12)]
    assert (status["streak_days"], status["today_xp"], status["goal_met_today"]) == (3, 10, False)


@pytest.mark.parametrize(
    ("xp", "level"), [(0, 0), (1, 1), (9, 1), (10, 2), (19, 2), (20, 3), (39, 3), (40, 4), (400, 4)]
)
def test_heat_level_shades_xp_against_the_daily_goal(xp, level):
    assert heat_level(xp, 20) == level


def test_heatmap_ends_with_todays_week_and_blanks_days_outside_the_year():
    today = date(2025, 3, 12)  # a Wednesday
    calendar = heatmap([(date(2024, 3, 1), 50), (date(2025, 3, 10), 25)], today=today, goal=20)

    assert len(calendar.weeks) == 53
    assert [cell.day for cell in calendar.weeks[-1]] == [
        date(2025, 3, 10),
        date(2025, 3, 11),
        date(2025, 3, 12),
        None,
        None,
        None,
        None,
    ]
    assert (calendar.weeks[-1][0].xp, calendar.weeks[-1][0].level) == (25, 3)
    first = [cell.day for cell in calendar.weeks[0]]
    assert first == [
        None,
        None,
        date(2024, 3, 13),
        date(2024, 3, 14),
        date(2024, 3, 15),
        date(2024, 3, 16),
        date(2024, 3, 17),
    ]
    assert calendar.active == [(date(2025, 3, 10), 25)]  # 1 March 2024 is more than a year back
    assert calendar.months[-3:] == ["Mar", "", ""]  # 1 March 2025 is in the week of 24 February
    assert calendar.months.count("") == 53 - 12
