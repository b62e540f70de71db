"""Levels and titles (SPEC.md "Gamification"): pure functions, no Django.

Going from level n−1 to n costs 100 × 1.15^(n−2) XP, rounded half up to whole XP, so the thresholds are
integers every client can show: level 2 at 100 XP, level 3 at 215, level 10 at 1,678. Level 100 is the cap.
"""

import bisect
import math
from dataclasses import dataclass

MAX_LEVEL = 100
BASE_COST = 100
GROWTH = 1.15

# (first level of the title, title), in order
TITLES = [
    (1, "Novice"),
    (11, "Learner"),
    (26, "Enthusiast"),
    (41, "Expert"),
    (61, "Master"),
    (81, "Virtuoso"),
    (96, "Legend"),
]


def level_cost(level: int) -> int:
    """XP to go from level − 1 to `level` (2 ≤ level ≤ MAX_LEVEL)."""
    if not 2 <= level <= MAX_LEVEL:
        raise ValueError(f"level must be 2 to {MAX_LEVEL}")
    return math.floor(BASE_COST * GROWTH ** (level - 2) + 0.5)


def _thresholds() -> list[int]:
    """Cumulative XP at which each level starts: index 0 is level 1 (0 XP)."""
    totals = [0]
    for level in range(2, MAX_LEVEL + 1):
        totals.append(totals[-1] + level_cost(level))
    return totals


THRESHOLDS = _thresholds()


def xp_for_level(level: int) -> int:
    """Cumulative XP at which `level` is reached."""
    if not 1 <= level <= MAX_LEVEL:
        raise ValueError(f"level must be 1 to {MAX_LEVEL}")
    return THRESHOLDS[level - 1]


def level_for_xp(xp: int) -> int:
    return bisect.bisect_right(THRESHOLDS, max(xp, 0))


def title_for_level(level: int) -> str:
    starts = [start for start, _ in TITLES]
    return TITLES[bisect.bisect_right(starts, level) - 1][1]


@dataclass(frozen=True)
class LevelProgress:
    level: int
    title: str
    xp_into_level: int
    xp_for_next_level: int  # XP the next level costs in all; 0 at the cap


def level_progress(xp: int) -> LevelProgress:
    level = level_for_xp(xp)
    into = max(xp, 0) - xp_for_level(level)
    cost = level_cost(level + 1) if level < MAX_LEVEL else 0
    return LevelProgress(level=level, title=title_for_level(level), xp_into_level=into, xp_for_next_level=cost)
