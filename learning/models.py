import uuid
import zoneinfo

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class Level(models.TextChoices):
    A1 = "A1", "A1 · Beginner"
    A2 = "A2", "A2 · Elementary"
    B1 = "B1", "B1 · Intermediate"
    B2 = "B2", "B2 · Upper intermediate"
    C1 = "C1", "C1 · Advanced"
    C2 = "C2", "C2 · Proficient"


class Persona(models.TextChoices):
    """Keys of the tutor personas; their texts and prompts belong to the conversations app."""

    ENCOURAGING_COACH = "encouraging-coach", "Encouraging coach"
    FRIENDLY_PARTNER = "friendly-partner", "Friendly conversation partner"
    GUIDING_CHALLENGER = "guiding-challenger", "Guiding challenger"
    EXPERT_SCHOLAR = "expert-scholar", "Expert scholar"
    CREATIVE_MENTOR = "creative-mentor", "Creative mentor"


class Strictness(models.TextChoices):
    NONE = "none", "None: just talk"
    GENTLE = "gentle", "Gentle: errors that block meaning"
    THOROUGH = "thorough", "Thorough: every mistake"


class DailyGoal(models.IntegerChoices):
    CASUAL = 10, "Casual · 10 XP a day"
    REGULAR = 20, "Regular · 20 XP a day"
    SERIOUS = 30, "Serious · 30 XP a day"
    INTENSE = 50, "Intense · 50 XP a day"


NATIVE_LANGUAGE_CHOICES = sorted(
    ((code, info["name"]) for code, info in LANG_INFO.items() if "name" in info and "-" not in code),
    key=lambda choice: choice[1],
)
TIME_ZONE_CHOICES = [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError("“%(value)s” is not a known time zone.", params={"value": value})


MAX_TARGET_LANGUAGES = 9


def validate_target_languages(pairs: list[tuple["Language", str]]) -> None:
    """A learner studies 1 to 9 languages, each once."""
    languages = [language for language, _ in pairs]
    if not languages:
        raise ValidationError("Keep at least one language to learn.", code="required")
    if len(languages) > MAX_TARGET_LANGUAGES:
        raise ValidationError(f"At most {MAX_TARGET_LANGUAGES} languages.", code="too_many")
    duplicates = sorted({str(language) for language in languages if languages.count(language) > 1})
    if duplicates:
        raise ValidationError(f"Listed twice: {', '.join(duplicates)}.", code="duplicate")


class LanguageQuerySet(models.QuerySet):
    def learnable(self):
        return self.exclude(support=Language.Support.PLANNED)


class Language(models.Model):
    """A target language and what the product supports for it (data, editable in the admin)."""

    class Support(models.TextChoices):
        FULL = "full", "Full"
        TEXT_ONLY = "text_only", "Text only"
        PLANNED = "planned", "Planned"

    SWITCHES = ("speech_input", "speech_output", "live_analysis", "scenarios")

    code = models.CharField(max_length=8, primary_key=True)
    name = models.CharField(max_length=50)
    native_name = models.CharField(max_length=50)
    support = models.CharField(max_length=10, choices=Support.choices, default=Support.FULL)
    speech_input = models.BooleanField(default=False)
    speech_output = models.BooleanField(default=False)
    live_analysis = models.BooleanField(default=False)
    scenarios = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = LanguageQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ProfileQuerySet(models.QuerySet):
    def for_user(self, user):
        """Profiles a user may see and edit: their own and their children's."""
        return self.filter(Q(user=user) | Q(user__parent_link__parent=user))


class Profile(models.Model):
    # what the learner (or their parent) may change; everything else is kept by the product
    EDITABLE_FIELDS = (
        "display_name",
        "native_language",
        "daily_goal_xp",
        "time_zone",
        "preferred_persona",
        "correction_strictness",
        "league_opt_out",
    )

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(max_length=50, blank=True)
    native_language = models.CharField(max_length=10, choices=NATIVE_LANGUAGE_CHOICES, default="en")
    daily_goal_xp = models.PositiveSmallIntegerField(choices=DailyGoal.choices, default=DailyGoal.REGULAR)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    preferred_persona = models.CharField(max_length=32, choices=Persona.choices, default=Persona.FRIENDLY_PARTNER)
    correction_strictness = models.CharField(max_length=10, choices=Strictness.choices, default=Strictness.GENTLE)
    league_opt_out = models.BooleanField(
        "Stay out of leagues and leaderboards",
        default=False,
        help_text="Your XP still counts for your level and streak; nobody else sees it.",
    )
    onboarded_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.user.username

    @property
    def is_onboarded(self) -> bool:
        return self.onboarded_at is not None


class TargetLanguage(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="target_languages")
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="learners")
    level = models.CharField(max_length=2, choices=Level.choices, default=Level.A1)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["profile", "language"], name="unique_target_language")]

    def __str__(self):
        return f"{self.language} ({self.level})"


# Gamification tables live in their own package; imported here so Django registers them with this app.
from learning.gamification.models import (  # noqa: E402, F401
    Achievement,
    AchievementUnlock,
    ActivityKind,
    DailyActivity,
    League,
    LeagueMembership,
    LearnerStats,
    LearningSession,
    XpEvent,
)
