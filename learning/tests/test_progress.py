"""The progress page through the test client: exact figures from known reviews, cards and XP, the same page
for a parent's child (and nobody else's), empty states, and a query count that does not grow with the
collection."""

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone

from learning.gamification import achievements
from learning.gamification import selectors as gamification_selectors
from learning.gamification import services as gamification
from learning.gamification.models import DailyActivity
from learning.models import Profile
from learning.progress import heat_level, heatmap
from learning.tests.factories import LearnerFactory, child_of
from learning.tests.helpers import flag_set
from spaced_repetition.models import Card, ReviewLog
from spaced_repetition.tests.factories import CardFactory, DeckFactory
from spaced_repetition.tests.helpers import in_state

pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")  # no DST: a local day is always 24 hours


def _local_today() -> date:
    return timezone.now().astimezone(TOKYO).date()


def _at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TOKYO).astimezone(UTC)


def _grade(card: Card, *, at: datetime, rating: int = 3, interval_days: int | None = None) -> ReviewLog:
    """A stored grade, paid by the gamification service as the review_graded receiver does."""
    if interval_days is None:
        before = {"state": "new", "step": None, "stability": None, "difficulty": None}
        before |= {"due": at.isoformat(), "last_review": None}
    else:
        last = at - timedelta(days=interval_days + 1)
        before = {"state": "review", "step": None, "stability": 30.0, "difficulty": 5.0}
        before |= {"due": (last + timedelta(days=interval_days)).isoformat(), "last_review": last.isoformat()}
    log = ReviewLog.objects.create(
        card=card,
        user=card.deck.owner,
        rating=rating,
        state=before["state"],
        reviewed_at=at,
        duration_ms=5000,
        state_before=before,
    )
    gamification.review_record(review_log=log)
    return log


def _in_tokyo(user):
    Profile.objects.filter(user=user).update(time_zone="Asia/Tokyo")
    return user


def _row(label: str, *values) -> str:
    cells = "".join(f'<td class="num">{value}</td>' for value in values)
    return f'<tr><th scope="row">{label}</th>{cells}</tr>'


def _long(day: date) -> str:
    return dateformat.format(day, "D j M Y")


@pytest.fixture
def studied(learner):
    """A learner in Tokyo with five cards and four grades: three yesterday at a 30-day interval (one Again),
    one today of a new card."""
    _in_tokyo(learner)
    today = _local_today()
    deck = DeckFactory(owner=learner)
    now = timezone.now()
    overdue = in_state(CardFactory(deck=deck, front="el perro"), "review", due=now - timedelta(days=1))
    in_state(CardFactory(deck=deck), "review", due=_at(today + timedelta(days=1)))
    in_state(CardFactory(deck=deck), "learning", due=now - timedelta(minutes=1))
    suspended = in_state(CardFactory(deck=deck), "review", due=_at(today + timedelta(days=2)))
    Card.objects.filter(pk=suspended.pk).update(suspended=True)
    new = CardFactory(deck=deck)
    yesterday = today - timedelta(days=1)
    _grade(overdue, at=_at(yesterday, 10), rating=3, interval_days=30)
    _grade(overdue, at=_at(yesterday, 11), rating=1, interval_days=30)
    _grade(overdue, at=_at(yesterday, 12), rating=4, interval_days=30)
    _grade(new, at=now, rating=3)
    # another learner's cards, grades and XP never count
    stranger_deck = DeckFactory(owner=_in_tokyo(LearnerFactory()))
    stranger_card = in_state(CardFactory(deck=stranger_deck), "review", due=now - timedelta(days=1))
    _grade(stranger_card, at=_at(yesterday, 9), rating=1, interval_days=60)
    _grade(stranger_card, at=now, rating=3, interval_days=60)
    return learner


def test_progress_needs_a_signed_in_user(client):
    response = client.get("/progress/")

    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/progress/")


def test_progress_shows_review_figures_from_the_learners_own_logs_and_cards(learner_client, studied):
    today = _local_today()
    yesterday = today - timedelta(days=1)

    response = learner_client.get("/progress/")

    assert response.status_code == 200
    reviews = response.context["reviews_chart"]
    assert len(reviews.rows) == 30
    assert reviews.rows[-2:] == [(_long(yesterday), [2, 1]), (_long(today), [1, 0])]
    assert sum(sum(values) for _, values in reviews.rows) == 4
    forecast = response.context["forecast_chart"]
    assert forecast.rows[:3] == [
        (f"Today ({_long(today)}), overdue included", [2]),
        (_long(today + timedelta(1)), [1]),
        (_long(today + timedelta(2)), [0]),
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
        _row(_long(yesterday), 2, 1),
        _row(_long(today), 1, 0),
        _row(f"Today ({_long(today)}), overdue included", 2),
        _row("Review", 3),
        _row("Suspended", 1),
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
    today = _local_today()
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
    assert _row(_long(yesterday), 8) in html
    assert f'title="{_long(today)}: 3 XP"' in html


def test_progress_shows_unlocked_achievements_with_their_date(learner_client, learner):
    _in_tokyo(learner)
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
    _grade(CardFactory(deck=DeckFactory(owner=learner)), at=now, rating=3)
    rival_deck = DeckFactory(owner=rival)
    _grade(CardFactory(deck=rival_deck), at=now, rating=3)
    _grade(CardFactory(deck=rival_deck), at=now, rating=1)

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
    _grade(CardFactory(deck=DeckFactory(owner=learner)), at=timezone.now(), rating=3)
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


# --- the leaderboard page


def test_leaderboard_shows_the_learners_league_and_the_all_time_top(learner_client, learner):
    rival, quiet = LearnerFactory(), LearnerFactory()
    now = timezone.now()
    _grade(CardFactory(deck=DeckFactory(owner=learner)), at=now, rating=3)
    rival_deck = DeckFactory(owner=rival)
    _grade(CardFactory(deck=rival_deck), at=now, rating=3)
    _grade(CardFactory(deck=rival_deck), at=now, rating=1)
    Profile.objects.filter(user=quiet).update(league_opt_out=True)
    _grade(CardFactory(deck=DeckFactory(owner=quiet)), at=now, rating=4)

    response = learner_client.get("/progress/leaderboard/")

    assert response.status_code == 200
    league = response.context["league"]
    assert [(row["rank"], row["display_name"], row["xp"]) for row in league["rows"]] == [
        (1, rival.profile.name, 5),
        (2, learner.profile.name, 3),
    ]
    assert response.context["all_time"] == [
        {"rank": 1, "display_name": rival.profile.name, "xp": 5, "is_me": False},
        {"rank": 2, "display_name": learner.profile.name, "xp": 3, "is_me": True},
    ]
    html = response.content.decode()
    assert "Bronze league, week of" in html
    assert html.count(f"{learner.profile.name} <strong>(you)</strong>") == 2
    assert quiet.profile.name not in html


def test_leaderboard_of_a_new_install_shows_empty_states(learner_client):
    html = learner_client.get("/progress/leaderboard/").content.decode()
    assert "Not in a league this week: the first XP of the week joins one." in html
    assert "Nobody has earned XP yet: the first review puts you on the board." in html


def test_leaderboard_of_a_learner_out_of_leagues_says_so(learner_client, learner):
    Profile.objects.filter(user=learner).update(league_opt_out=True)
    html = learner_client.get("/progress/leaderboard/").content.decode()
    assert "Staying out of leagues (a choice in the settings)." in html
    assert "You stay out of leaderboards, so you are not listed." in html


def test_leaderboard_is_not_found_when_the_leagues_flag_is_off(django_capture_on_commit_callbacks, learner_client):
    flag_set(django_capture_on_commit_callbacks, "leagues", everyone=False)
    response = learner_client.get("/progress/leaderboard/")
    assert response.status_code == 404
    assert "There is nothing here, or it is not yours to see." in response.content.decode()


def test_leaderboard_needs_a_signed_in_user(client):
    response = client.get("/progress/leaderboard/")
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/progress/leaderboard/")


def test_progress_is_in_the_main_navigation(learner_client):
    response = learner_client.get("/progress/")

    assert '<a href="/progress/" aria-current="page">Progress</a>' in response.content.decode()


def test_child_progress_shows_the_childs_figures_to_the_parent(learner_client, learner):
    child = child_of(learner, username="kim")
    _grade(CardFactory(deck=DeckFactory(owner=child)), at=timezone.now(), rating=3)
    _grade(CardFactory(deck=DeckFactory(owner=learner)), at=timezone.now(), rating=1)  # the parent's own

    response = learner_client.get(f"/children/{child.pk}/progress/")

    assert response.status_code == 200
    assert response.context["learner"] == child
    assert response.context["reviews_today"] == 1
    assert response.context["reviews_chart"].rows[-1][1] == [1, 0]
    assert response.context["status"]["xp_total"] == 3
    html = response.content.decode()
    assert "<h1>Progress of Kim</h1>" in html
    assert "Days are counted in their time zone, UTC." in html
    assert "Kim <strong>(Kim)</strong>" in html


def test_children_pages_link_to_each_childs_progress(learner_client, learner):
    child = child_of(learner, username="kim")
    url = reverse("learning:child_progress", args=[child.pk])

    assert (
        f'<a href="{url}" aria-label="Progress of Kim">Progress</a>'
        in learner_client.get("/children/").content.decode()
    )
    assert f'<a href="{url}">Progress</a>' in learner_client.get(f"/children/{child.pk}/").content.decode()


def test_child_progress_of_another_parents_child_is_not_found(learner_client):
    stranger_child = child_of(LearnerFactory(), username="stranger-kid")

    assert learner_client.get(f"/children/{stranger_child.pk}/progress/").status_code == 404


def test_child_progress_is_not_found_for_a_learner_or_the_child_itself(client, learner):
    child = child_of(LearnerFactory(), username="kim")

    client.force_login(learner)
    assert client.get(f"/children/{child.pk}/progress/").status_code == 404
    client.force_login(child)
    assert client.get(f"/children/{child.pk}/progress/").status_code == 404


def _collection(learner, cards: int) -> None:
    """`cards` cards in every state, each graded once yesterday and once today, paid as real reviews."""
    today = _local_today()
    deck = DeckFactory(owner=_in_tokyo(learner))
    states = ["new", "learning", "review", "relearning"]
    made = [CardFactory(deck=deck) for _ in range(cards)]
    for n, card in enumerate(made):
        if states[n % 4] != "new":
            in_state(card, states[n % 4], due=_at(today + timedelta(days=n % 40 - 5)))
        _grade(card, at=_at(today - timedelta(days=1 + n % 60)), rating=1 + n % 4, interval_days=n % 50)
        _grade(card, at=timezone.now(), rating=3)


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
    learner = _in_tokyo(LearnerFactory())
    today, now = _local_today(), timezone.now()
    met = _at(today, 9)
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
