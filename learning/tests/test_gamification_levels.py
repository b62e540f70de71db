"""Levels and titles: pure functions (learning/gamification/levels.py)."""

import pytest

from learning.gamification import levels


def test_level_cost_grows_by_15_percent_a_level():
    assert [levels.level_cost(n) for n in range(2, 11)] == [100, 115, 132, 152, 175, 201, 231, 266, 306]


def test_xp_for_level_2_is_100_and_level_10_is_1678():
    assert levels.xp_for_level(1) == 0
    assert levels.xp_for_level(2) == 100
    assert levels.xp_for_level(3) == 215
    assert levels.xp_for_level(10) == 1678


@pytest.mark.parametrize(
    ("xp", "level"), [(0, 1), (99, 1), (100, 2), (214, 2), (215, 3), (1677, 9), (1678, 10), (-5, 1)]
)
def test_level_for_xp_changes_exactly_at_the_threshold(xp, level):
    assert levels.level_for_xp(xp) == level


def test_level_is_capped_at_100():
    top = levels.xp_for_level(100)
    assert levels.level_for_xp(top - 1) == 99
    assert levels.level_for_xp(top) == 100
    assert levels.level_for_xp(top * 10) == 100
    assert levels.level_progress(top * 10).xp_for_next_level == 0
    with pytest.raises(ValueError):
        levels.xp_for_level(101)


@pytest.mark.parametrize(
    ("level", "title"),
    [
        (1, "Novice"),
        (10, "Novice"),
        (11, "Learner"),
        (25, "Learner"),
        (26, "Enthusiast"),
        (40, "Enthusiast"),
        (41, "Expert"),
        (60, "Expert"),
        (61, "Master"),
        (80, "Master"),
        (81, "Virtuoso"),
        (95, "Virtuoso"),
        (96, "Legend"),
        (100, "Legend"),
    ],
)
def test_title_for_level(level, title):
    assert levels.title_for_level(level) == title


def test_level_progress_counts_from_the_start_of_the_level():
    assert levels.level_progress(250) == levels.LevelProgress(
        level=3, title="Novice", xp_into_level=35, xp_for_next_level=132
    )
