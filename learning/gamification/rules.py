"""The rules of XP, streaks and leagues (SPEC.md "Gamification"): pure functions, no Django, no database.

Streaks are evaluated from the local dates on which the learner met their daily goal, walked in order:
- a goal-met day right after the previous one extends the streak;
- a single missed day is covered by a freeze when one is held (the freeze is spent, the streak goes on,
  the missed day itself does not count);
- two or more missed days (or one without a freeze) break it;
- every 7th streak day earns a freeze, holding at most 3. Freezes are kept when a streak breaks.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

# XP per event
REVIEW_XP = 2
REVIEW_CORRECT_BONUS = 1  # a review rated Hard, Good or Easy
CONVERSATION_TURN_XP = 3
SCENARIO_PHASE_XP = 15
SCENARIO_COMPLETION_XP = {"A1": 50, "A2": 50, "B1": 75, "B2": 75, "C1": 100, "C2": 100}
CONTENT_ITEM_XP = 20
DAILY_GOAL_XP = 25

# (streak days from which it applies, multiplier), highest first
MULTIPLIERS = [(100, Decimal("1.50")), (30, Decimal("1.25")), (7, Decimal("1.10"))]
FREEZE_EVERY = 7
MAX_FREEZES = 3

SESSION_IDLE_GAP = timedelta(minutes=30)


def review_xp(rating: int) -> int:
    return REVIEW_XP + (REVIEW_CORRECT_BONUS if rating >= 2 else 0)


def multiplier_for(streak_days: int) -> Decimal:
    for start, multiplier in MULTIPLIERS:
        if streak_days >= start:
            return multiplier
    return Decimal("1.00")


def apply_multiplier(base_xp: int, multiplier: Decimal) -> int:
    """Whole XP, rounded half up: 3 XP × 1.10 = 3, 2 XP × 1.25 = 3, 15 XP × 1.10 = 17."""
    return int((Decimal(base_xp) * multiplier).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Streak:
    days: int = 0  # the current streak (0 when broken)
    freezes: int = 0
    frozen: list[date] = field(default_factory=list)  # missed days a freeze covered, oldest first
    last: date | None = None  # the latest goal-met day
    run: int = 0  # the streak as of `last`, whatever happened since
    perfect_run: int = 0  # consecutive goal-met days ending at `last`, without a freeze


def streak_walk(goal_dates: list[date], *, today: date) -> Streak:
    """The streak on `today` from the sorted local dates on which the daily goal was met (up to today).
    A streak whose last day is yesterday is still alive; one whose last day is the day before yesterday
    is alive when a freeze is held (it will cover yesterday)."""
    streak = Streak()
    for day in goal_dates:
        if day > today:
            break
        gap = None if streak.last is None else (day - streak.last).days
        if gap == 1:
            streak.run += 1
            streak.perfect_run += 1
        elif gap == 2 and streak.freezes > 0:
            streak.freezes -= 1
            streak.frozen.append(day - timedelta(days=1))
            streak.run += 1
            streak.perfect_run = 1
        else:
            streak.run = streak.perfect_run = 1
        if streak.run % FREEZE_EVERY == 0:
            streak.freezes = min(MAX_FREEZES, streak.freezes + 1)
        streak.last = day
    if streak.last is not None:
        since = (today - streak.last).days
        alive = since <= 1 or (since == 2 and streak.freezes > 0)
        streak.days = streak.run if alive else 0
    return streak


# --- leagues

TIERS = ["Bronze", "Silver", "Gold", "Sapphire", "Ruby", "Emerald", "Amethyst", "Pearl", "Obsidian", "Diamond"]
LEAGUE_SIZE = 30
PROMOTED = 7
DEMOTED = 5


def tier_name(tier: int) -> str:
    return TIERS[tier - 1]


def week_start(at: datetime) -> date:
    """The Monday (UTC) of the ISO week `at` falls in."""
    day = at.astimezone(UTC).date()
    return day - timedelta(days=day.weekday())


def week_bounds(monday: date) -> tuple[datetime, datetime]:
    start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC)
    return start, start + timedelta(days=7)


def league_zone(*, rank: int, size: int, tier: int) -> str:
    """ "promote", "stay" or "demote" for the learner at `rank` (1 = most XP) of a league of `size`.
    A full league promotes its top 7 and demotes its bottom 5; a smaller one scales both zones to its size
    (rounded half up), so a league of 3 promotes one learner and demotes one. Diamond promotes nobody,
    Bronze demotes nobody."""
    promoted = PROMOTED if size >= LEAGUE_SIZE else int(PROMOTED * size / LEAGUE_SIZE + 0.5)
    demoted = DEMOTED if size >= LEAGUE_SIZE else int(DEMOTED * size / LEAGUE_SIZE + 0.5)
    if rank <= promoted and tier < len(TIERS):
        return "promote"
    if rank > max(size - demoted, promoted) and tier > 1:
        return "demote"
    return "stay"


def tier_after(*, tier: int, zone: str) -> int:
    return {"promote": tier + 1, "demote": tier - 1}.get(zone, tier)
