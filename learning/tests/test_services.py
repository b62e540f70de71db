import pytest
from django.core.exceptions import ValidationError

from admin_tools.models import FamilyLink, User
from admin_tools.tests.factories import UserFactory
from learning import catalogue, services
from learning.models import Language, Profile
from learning.tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db


def _language(code: str) -> Language:
    return Language.objects.get(code=code)


def _targets(profile: Profile) -> list[tuple[str, str]]:
    return list(profile.target_languages.values_list("language_id", "level"))


def _stored(profile: Profile) -> dict:
    return Profile.objects.filter(pk=profile.pk).values().get()


# --- languages


def test_languages_ensure_has_added_the_launch_languages():
    assert list(Language.objects.values_list("code", "support", "sort_order")) == [
        ("es", "full", 0),
        ("fr", "full", 1),
        ("de", "full", 2),
        ("it", "full", 3),
        ("pt", "full", 4),
        ("en", "full", 5),
        ("ja", "text_only", 6),
        ("zh", "text_only", 7),
        ("ko", "text_only", 8),
    ]
    assert len(catalogue.LANGUAGES) == 9


def test_languages_ensure_adds_a_missing_language_and_keeps_admin_edits():
    Language.objects.filter(code="ko").delete()
    Language.objects.filter(code="ja").update(name="Nihongo", support="planned")
    services.languages_ensure()
    services.languages_ensure()
    assert Language.objects.count() == 9
    assert Language.objects.filter(code="ja").values_list("name", "support").get() == ("Nihongo", "planned")
    assert Language.objects.filter(code="ko").values_list("name", "native_name", "speech_output").get() == (
        "Korean",
        "한국어",
        True,
    )


def test_language_learnable_leaves_out_planned_languages():
    Language.objects.filter(code="zh").update(support="planned")
    assert "zh" not in set(Language.objects.learnable().values_list("code", flat=True))
    assert Language.objects.learnable().count() == 8


# --- profile


def test_profile_get_creates_the_profile_with_defaults_once():
    user = UserFactory()
    profile = services.profile_get(user=user)
    assert services.profile_get(user=user).pk == profile.pk
    assert Profile.objects.filter(user=user).count() == 1
    assert (
        profile.display_name,
        profile.native_language,
        profile.daily_goal_xp,
        profile.time_zone,
        profile.preferred_persona,
        profile.correction_strictness,
        profile.is_onboarded,
        profile.name,
    ) == ("", "en", 20, "UTC", "friendly-partner", "gentle", False, user.username)


def test_profile_update_changes_the_given_fields():
    profile = LearnerFactory().profile
    services.profile_update(profile=profile, display_name="Lena", time_zone="America/Lima", daily_goal_xp=30)
    stored = _stored(profile)
    assert (stored["display_name"], stored["time_zone"], stored["daily_goal_xp"]) == ("Lena", "America/Lima", 30)
    assert _targets(profile) == [("es", "A2")]


def test_profile_update_replaces_the_target_languages_keeping_the_rows_it_keeps():
    profile = LearnerFactory().profile
    spanish = profile.target_languages.get()
    services.profile_update(profile=profile, target_languages=[(_language("es"), "B2"), (_language("zh"), "A1")])
    assert _targets(profile) == [("es", "B2"), ("zh", "A1")]
    assert profile.target_languages.get(language="es").pk == spanish.pk


def test_profile_update_refuses_an_unknown_field():
    profile = LearnerFactory().profile
    before = _stored(profile)
    with pytest.raises(TypeError, match=r"not profile fields: \['onboarded_at', 'user'\]"):
        services.profile_update(profile=profile, user=UserFactory(), onboarded_at=None)
    assert _stored(profile) == before


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"time_zone": "Mars/Olympus"}, {"time_zone": ["“Mars/Olympus” is not a known time zone."]}),
        ({"display_name": "x" * 51}, {"display_name": ["Ensure this value has at most 50 characters (it has 51)."]}),
        ({"daily_goal_xp": 15}, {"daily_goal_xp": ["Value 15 is not a valid choice."]}),
        ({"correction_strictness": "brutal"}, {"correction_strictness": ["Value 'brutal' is not a valid choice."]}),
    ],
)
def test_profile_update_validates_the_fields_and_stores_nothing(fields, errors):
    profile = LearnerFactory().profile
    before = _stored(profile)
    with pytest.raises(ValidationError) as error:
        services.profile_update(profile=profile, **fields)
    assert error.value.message_dict == errors
    assert _stored(profile) == before


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        ([], "Keep at least one language to learn."),
        (["es", "fr", "es"], "Listed twice: Spanish."),
    ],
)
def test_profile_update_with_bad_target_languages_rolls_back_every_change(codes, message):
    profile = LearnerFactory().profile
    before = _stored(profile)
    with pytest.raises(ValidationError) as error:
        services.profile_update(
            profile=profile, display_name="Renamed", target_languages=[(_language(code), "A1") for code in codes]
        )
    assert error.value.message_dict == {"target_languages": [message]}
    assert _stored(profile) == before
    assert _targets(profile) == [("es", "A2")]


def test_profile_update_refuses_more_than_nine_languages():
    Language.objects.create(code="ar", name="Arabic", native_name="العربية", sort_order=9)
    profile = LearnerFactory().profile
    with pytest.raises(ValidationError) as error:
        services.profile_update(
            profile=profile, target_languages=[(language, "A1") for language in Language.objects.all()]
        )
    assert error.value.message_dict == {"target_languages": ["At most 9 languages."]}
    assert _targets(profile) == [("es", "A2")]


def test_profile_onboard_sets_fields_languages_and_the_onboarding_time_once():
    profile = services.profile_get(user=UserFactory())
    services.profile_onboard(profile=profile, target_languages=[(_language("pt"), "B1")], display_name="Rui")
    onboarded_at = _stored(profile)["onboarded_at"]
    assert (_stored(profile)["display_name"], profile.is_onboarded) == ("Rui", True)
    assert _targets(profile) == [("pt", "B1")]
    services.profile_onboard(profile=profile, target_languages=[(_language("it"), "A1")])
    assert _stored(profile)["onboarded_at"] == onboarded_at
    assert _targets(profile) == [("it", "A1")]


def test_profile_onboard_with_invalid_input_stays_not_onboarded():
    profile = services.profile_get(user=UserFactory())
    with pytest.raises(ValidationError):
        services.profile_onboard(profile=profile, target_languages=[], display_name="Rui")
    assert _stored(profile)["onboarded_at"] is None
    assert _stored(profile)["display_name"] == ""


# --- children


def test_child_create_makes_an_onboarded_child_with_its_languages():
    parent = LearnerFactory()
    child = services.child_create(
        parent=parent,
        username="kim",
        password="246810",
        target_languages=[(_language("fr"), "A1")],
        display_name="Kim",
        daily_goal_xp=10,
    )
    profile = Profile.objects.get(user=child)
    assert (profile.display_name, profile.daily_goal_xp, profile.is_onboarded) == ("Kim", 10, True)
    assert _targets(profile) == [("fr", "A1")]
    assert list(FamilyLink.objects.values_list("parent_id", "child_id")) == [(parent.pk, child.pk)]


def test_child_create_with_bad_profile_input_creates_no_account():
    parent = LearnerFactory()
    with pytest.raises(ValidationError) as error:
        services.child_create(parent=parent, username="kim", password="246810", target_languages=[], display_name="Kim")
    assert error.value.message_dict == {"target_languages": ["Keep at least one language to learn."]}
    assert User.objects.filter(username="kim").exists() is False
    assert list(parent.groups.values_list("name", flat=True)) == ["Learner"]


def test_child_update_changes_the_pin_and_the_profile():
    child = services.child_create(
        parent=LearnerFactory(), username="kim", password="246810", target_languages=[(_language("fr"), "A1")]
    )
    services.child_update(child=child, password="97531864", time_zone="Asia/Seoul")
    child.refresh_from_db()
    assert child.check_password("97531864") is True
    assert Profile.objects.get(user=child).time_zone == "Asia/Seoul"


def test_child_update_with_bad_profile_input_keeps_the_old_pin():
    child = services.child_create(
        parent=LearnerFactory(), username="kim", password="246810", target_languages=[(_language("fr"), "A1")]
    )
    with pytest.raises(ValidationError):
        services.child_update(child=child, password="97531864", time_zone="Mars/Olympus")
    child.refresh_from_db()
    assert child.check_password("246810") is True
    assert Profile.objects.get(user=child).time_zone == "UTC"


# --- who may see a profile


def test_profile_for_user_is_the_own_profile_and_the_childrens():
    parent = LearnerFactory()
    child = services.child_create(
        parent=parent, username="kim", password="246810", target_languages=[(_language("fr"), "A1")]
    )
    stranger = LearnerFactory()
    services.child_create(
        parent=stranger, username="other-kid", password="246810", target_languages=[(_language("fr"), "A1")]
    )
    assert set(Profile.objects.for_user(parent).values_list("user__username", flat=True)) == {
        parent.username,
        "kim",
    }
    assert list(Profile.objects.for_user(child).values_list("user__username", flat=True)) == ["kim"]
