"""The progress page's panels for one learner: review figures from spaced_repetition, XP, streak,
achievements and league from gamification, shaped for the template. Each chart carries one list of rows
that both its table and its canvas show, so the numbers read by a screen reader are the drawn ones."""

import math
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from django.utils.safestring import SafeString, mark_safe

from admin_tools.models import User
from learning import signals
from learning.gamification import selectors as gamification
from spaced_repetition import stats
from spaced_repetition.models import Card, ReviewSettings

HEATMAP_WEEKS = 53
REVIEW_DAYS = 30
FORECAST_DAYS = 30
RING_CIRCUMFERENCE = 2 * math.pi * 42  # the goal ring's circle has r=42 in a 100×100 view box


@dataclass(frozen=True)
class Series:
    label: str
    values: list[int]
    color: str  # a CSS custom property of progress.css, read by progress.js


@dataclass(frozen=True)
class Chart:
    """A chart and its table: one row per label; `row_labels` are the long forms the table shows."""

    id: str
    caption: str
    kind: str  # "bar" or "hbar"
    label_heading: str
    labels: list[str]
    row_labels: list[str]
    series: list[Series]
    stacked: bool = False
    empty: str = ""  # set when there is nothing to draw yet: the page shows this instead

    @property
    def data_id(self) -> str:
        return f"{self.id}-data"

    @property
    def rows(self) -> list[tuple[str, list[int]]]:
        return [(label, [s.values[i] for s in self.series]) for i, label in enumerate(self.row_labels)]

    @property
    def data(self) -> dict:
        """What progress.js draws (rendered with json_script)."""
        return {
            "kind": self.kind,
            "stacked": self.stacked,
            "caption": self.caption,
            "labels": self.labels,
            "series": [{"label": s.label, "values": s.values, "color": s.color} for s in self.series],
        }


# The names strftime gives (%a, %b), looked up rather than formatted for each of the calendar's 365 days.
WEEKDAY_NAMES = [f"{date(2024, 1, 1) + timedelta(days=n):%a}" for n in range(7)]  # 1 January 2024 was a Monday
MONTH_NAMES = [f"{date(2024, month, 1):%b}" for month in range(1, 13)]


def long_day(day: date) -> str:
    """A day as the tables show it, like "Mon 3 Mar 2025". Formatted here rather than with the template's date
    filter, which costs about 0.1 ms a call: the calendar alone has 365 days."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def short_day(day: date) -> str:
    return f"{day.day} {day:%b}"


@dataclass(frozen=True)
class HeatCell:
    day: date | None  # None: before the calendar starts or after today
    xp: int = 0
    level: int = 0  # 0 no XP, 1 under half the goal, 2 under the goal, 3 goal reached, 4 twice the goal


@dataclass(frozen=True)
class Heatmap:
    weeks: list[list[HeatCell]]  # Monday first
    months: list[str]  # one label per week: the month's short name on the week it starts, else ""
    active: list[tuple[date, int]]  # (day, XP) of the days with XP, oldest first

    @property
    def grid_html(self) -> SafeString:
        """The calendar's cells, week by week (the CSS grid flows them into columns of seven). Built with
        f-strings rather than format_html, a tenth of the cost for 371 cells; the title is escaped."""
        cells = (
            f'<span class="heat heat-{cell.level:d}" title="{escape(long_day(cell.day))}: {cell.xp:d} XP"></span>'
            if cell.day is not None
            else '<span class="heat heat-out"></span>'
            for week in self.weeks
            for cell in week
        )
        return mark_safe("".join(cells))  # constants, integers and an escaped title

    @property
    def active_rows(self) -> list[tuple[str, int]]:
        """The table of active days, newest first."""
        return [(long_day(day), xp) for day, xp in reversed(self.active)]

    @property
    def active_days(self) -> int:
        return len(self.active)

    @property
    def total_xp(self) -> int:
        return sum(xp for _, xp in self.active)


def heat_level(xp: int, goal: int) -> int:
    if xp <= 0:
        return 0
    if xp * 2 < goal:
        return 1
    if xp < goal:
        return 2
    return 3 if xp < goal * 2 else 4


def heatmap(activity: list[tuple[date, int]], *, today: date, goal: int, weeks: int = HEATMAP_WEEKS) -> Heatmap:
    """A calendar of `weeks` columns ending with today's week, one cell per day, shaded by XP against the
    daily goal; days outside the last 365 are blank."""
    first_day = today - timedelta(days=364)
    start = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    xp_by_day = dict(activity)
    columns, months = [], []
    for w in range(weeks):
        week = [start + timedelta(days=w * 7 + d) for d in range(7)]
        columns.append(
            [
                HeatCell(day, xp_by_day.get(day, 0), heat_level(xp_by_day.get(day, 0), goal))
                if first_day <= day <= today
                else HeatCell(None)
                for day in week
            ]
        )
        firsts = [day for day in week if day.day == 1 and first_day <= day <= today]
        months.append(f"{firsts[0]:%b}" if firsts else "")
    active = [(day, xp) for day, xp in activity if first_day <= day <= today]
    return Heatmap(columns, months, active)


def _day_labels(days: list[date]) -> tuple[list[str], list[str]]:
    return [short_day(d) for d in days], [long_day(d) for d in days]


def reviews_chart(days: list[stats.DayReviews]) -> Chart:
    short, long = _day_labels([d.day for d in days])
    return Chart(
        id="chart-reviews",
        caption=f"Reviews per day, last {len(days)} days",
        kind="bar",
        label_heading="Day",
        labels=short,
        row_labels=long,
        series=[
            Series("Remembered", [d.passed for d in days], "--chart-ok"),
            Series("Again", [d.again for d in days], "--chart-again"),
        ],
        stacked=True,
        empty="" if any(d.reviews for d in days) else f"No reviews in the last {len(days)} days yet.",
    )


def forecast_chart(forecast: list[tuple[date, int]]) -> Chart:
    short, long = _day_labels([day for day, _ in forecast])
    long[0] = f"Today ({long[0]}), overdue included"
    return Chart(
        id="chart-forecast",
        caption=f"Cards due per day, next {len(forecast)} days",
        kind="bar",
        label_heading="Day",
        labels=["Today", *short[1:]],
        row_labels=long,
        series=[Series("Cards due", [n for _, n in forecast], "--chart-brand")],
        empty="" if any(n for _, n in forecast) else f"No cards due in the next {len(forecast)} days.",
    )


def states_chart(cards: stats.CardCounts) -> Chart:
    labels = [Card.State(state).label for state in cards.by_state] + ["Suspended"]
    return Chart(
        id="chart-states",
        caption="Cards by state",
        kind="hbar",
        label_heading="State",
        labels=labels,
        row_labels=labels,
        series=[Series("Cards", [*cards.by_state.values(), cards.suspended], "--chart-brand")],
        empty="" if cards.total else "No cards yet.",
    )


@dataclass(frozen=True)
class GoalRing:
    xp: int
    goal: int
    met: bool

    @property
    def share(self) -> float:
        return min(self.xp / self.goal, 1.0) if self.goal else 1.0

    @property
    def remaining(self) -> int:
        return max(self.goal - self.xp, 0)

    @property
    def percent(self) -> int:
        return round(self.share * 100)

    @property
    def dash(self) -> str:
        """stroke-dasharray of the ring's filled arc."""
        filled = self.share * RING_CIRCUMFERENCE
        return f"{filled:.2f} {RING_CIRCUMFERENCE - filled:.2f}"


def progress_panels(*, learner: User, now: datetime, leagues: bool) -> dict:
    """Everything the progress page shows for `learner`, at `now`; the league table only when `leagues`
    (the leagues flag is on for the viewer). A fixed number of queries, each an aggregate or an indexed
    range: the count does not grow with the learner's collection."""
    # read once for every panel below (already loaded with a parent's child); made on first use
    profile = getattr(learner, "profile", None) or gamification.profile_of(learner)
    time_zone = profile.time_zone
    today = now.astimezone(zoneinfo.ZoneInfo(time_zone)).date()
    status, activity = gamification.status_with_activity(learner, profile=profile, days=365, now=now)
    review_days = stats.reviews_by_day(user=learner, now=now, time_zone=time_zone, days=REVIEW_DAYS)
    forecast = stats.due_forecast(user=learner, now=now, time_zone=time_zone, days=FORECAST_DAYS)
    cards = stats.card_counts(user=learner)
    achievements = gamification.achievements_grid(learner)
    return {
        "status": status,
        "goal_ring": GoalRing(status["today_xp"], status["daily_goal"], status["goal_met_today"]),
        "heatmap": heatmap(activity, today=today, goal=status["daily_goal"]),
        "reviews_today": review_days[-1].reviews,
        "due_today": forecast[0][1],
        "cards": cards,
        "retention": stats.mature_retention(review_days),
        "desired_retention": ReviewSettings.objects.desired_retention(user=learner),
        "mature_days": stats.MATURE_DAYS,
        "reviews_chart": reviews_chart(review_days),
        "forecast_chart": forecast_chart(forecast),
        "states_chart": states_chart(cards),
        "achievements": achievements,
        "achievements_unlocked": sum(1 for a in achievements if a["unlocked_at"] is not None),
        "leagues_on": leagues,
        "league": gamification.league_table(learner, now=now, profile=profile) if leagues else None,
        "time_zone": time_zone,
        "sections": [
            section
            for _, section in signals.progress_sections.send(sender=User, learner=learner, now=now)
            if section is not None
        ],
    }
