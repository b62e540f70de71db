"""Helpers shared by the learning tests: expected shapes and current rows."""

from admin_tools.models import FeatureFlag, User
from learning.models import Profile

LANGUAGE_CODES = ["es", "fr", "de", "it", "pt", "en", "ja", "zh", "ko"]


def targets(user: User) -> list[tuple[str, str]]:
    return list(Profile.objects.get(user=user).target_languages.values_list("language_id", "level"))


def invalid(fields: dict, message: str = "Some fields are not valid.") -> dict:
    return {"error": {"code": "invalid", "message": message, "fields": fields}}


def child_body(child: User) -> dict:
    child = User.objects.select_related("profile", "parent_link").get(pk=child.pk)
    return {
        "id": child.pk,
        "username": child.username,
        "last_login": None,
        "created_at": child.parent_link.created_at.isoformat().replace("+00:00", "Z"),
        "profile": {
            "display_name": child.profile.display_name,
            "native_language": child.profile.native_language,
            "daily_goal_xp": child.profile.daily_goal_xp,
            "time_zone": child.profile.time_zone,
            "preferred_persona": child.profile.preferred_persona,
            "correction_strictness": child.profile.correction_strictness,
            "league_opt_out": child.profile.league_opt_out,
            "target_languages": [
                {"language": target.language_id, "language_name": target.language.name, "level": target.level}
                for target in child.profile.target_languages.select_related("language")
            ],
            "onboarded": True,
        },
    }


def flag_set(capture_on_commit, name: str, **fields) -> FeatureFlag:
    """Change a feature flag the way the admin does: saved and committed, so waffle's cache is flushed.
    `capture_on_commit` is pytest-django's django_capture_on_commit_callbacks; e.g. everyone=False."""
    flag = FeatureFlag.objects.get(name=name)
    with capture_on_commit(execute=True):
        for field, value in fields.items():
            setattr(flag, field, value)
        flag.save()
    return flag
