"""The learning app's page forms as a browser posts them, for the view tests."""

HTMX = {"HX-Request": "true"}


def languages(*rows: tuple[str, str], initial: int, delete: tuple[int, ...] = ()) -> dict:
    """The profile page's language formset as a browser posts it: the given rows, then the empty row
    whose level select still shows its first option."""
    data = {
        "languages-TOTAL_FORMS": str(len(rows) + 1),
        "languages-INITIAL_FORMS": str(initial),
        "languages-MIN_NUM_FORMS": "0",
        "languages-MAX_NUM_FORMS": "9",
    }
    for index, (language, level) in enumerate([*rows, ("", "A1")]):
        data[f"languages-{index}-language"] = language
        data[f"languages-{index}-level"] = level
        if index in delete:
            data[f"languages-{index}-DELETE"] = "on"
    return data


def profile_form(**overrides) -> dict:
    return {"display_name": "Lena", "native_language": "de", **overrides}


def settings_form(**overrides) -> dict:
    return {
        "daily_goal_xp": "30",
        "time_zone": "Europe/Madrid",
        "preferred_persona": "expert-scholar",
        "correction_strictness": "thorough",
        **overrides,
    }


def onboarding_form(**overrides) -> dict:
    return {
        "display_name": "Lena",
        "native_language": "de",
        "time_zone": "Europe/Berlin",
        "daily_goal_xp": "10",
        "preferred_persona": "encouraging-coach",
        "correction_strictness": "thorough",
        "language": "it",
        "level": "B1",
        **overrides,
    }


def child_form(**overrides) -> dict:
    return {
        "username": "kim",
        "display_name": "Kim",
        "secret": "246810",
        "secret_confirm": "246810",
        "native_language": "en",
        "language": "es",
        "level": "A1",
        **overrides,
    }
