from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from admin_tools import services as account_services
from admin_tools.models import User
from learning import catalogue
from learning.models import Language, Profile, validate_target_languages


def languages_ensure() -> None:
    """Add the launch languages that are missing (runs after migrate; admin edits are kept)."""
    for order, (code, name, native, support, speech_in, speech_out, analysis) in enumerate(catalogue.LANGUAGES):
        Language.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "native_name": native,
                "support": support,
                "speech_input": speech_in,
                "speech_output": speech_out,
                "live_analysis": analysis,
                "sort_order": order,
            },
        )


def profile_get(*, user: User) -> Profile:
    """The user's profile, created with defaults the first time it is needed."""
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *, profile: Profile, target_languages: Iterable[tuple[Language, str]] | None = None, **fields
) -> Profile:
    """Change profile fields; when `target_languages` is given it replaces the whole list."""
    unknown = set(fields) - set(Profile.EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not profile fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    if target_languages is not None:
        _target_languages_set(profile=profile, target_languages=target_languages)
    return profile


def _target_languages_set(*, profile: Profile, target_languages: Iterable[tuple[Language, str]]) -> None:
    pairs = list(target_languages)
    try:
        validate_target_languages(pairs)
    except ValidationError as error:
        raise ValidationError({"target_languages": error.messages}) from error
    wanted = dict(pairs)
    profile.target_languages.exclude(language__in=list(wanted)).delete()
    for language, level in wanted.items():
        profile.target_languages.update_or_create(language=language, defaults={"level": level})


@transaction.atomic
def profile_onboard(*, profile: Profile, target_languages: Iterable[tuple[Language, str]], **fields) -> Profile:
    profile_update(profile=profile, target_languages=target_languages, **fields)
    if profile.onboarded_at is None:
        profile.onboarded_at = timezone.now()
        profile.save(update_fields=["onboarded_at"])
    return profile


@transaction.atomic
def child_create(
    *, parent: User, username: str, password: str, target_languages: Iterable[tuple[Language, str]], **fields
) -> User:
    """A parent creates a child account with its profile ready, so the child starts practising at once."""
    child = account_services.child_account_create(parent=parent, username=username, password=password)
    profile_onboard(profile=profile_get(user=child), target_languages=target_languages, **fields)
    return child


@transaction.atomic
def child_update(*, child: User, password: str | None = None, **profile_fields) -> User:
    if password is not None:
        account_services.child_password_set(child=child, password=password)
    profile_update(profile=profile_get(user=child), **profile_fields)
    return child
