"""Role-play scenarios (SPEC "Scenarios"): built-in and learner-made scenarios in the same tables, their phases
and per-language words, plays (a conversation with a script), ratings, bookmarks, tags and learning paths.
Imported by models.py, so these are the conversations app's tables."""

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from learning.models import Level

MIN_PHASES, MAX_PHASES = 2, 6
MIN_WORDS, MIN_PHRASES, MIN_OBJECTIVES = 3, 3, 1
MIN_TITLE = 3


class Category(models.TextChoices):
    TRAVEL = "travel", "Travel"
    RESTAURANT = "restaurant", "Restaurant"
    SHOPPING = "shopping", "Shopping"
    BUSINESS = "business", "Business"
    HEALTHCARE = "healthcare", "Healthcare"
    SOCIAL = "social", "Social"
    EMERGENCY = "emergency", "Emergency"
    EDUCATION = "education", "Education"
    DAILY_LIFE = "daily_life", "Daily life"
    HOBBIES = "hobbies", "Hobbies"


class Visibility(models.TextChoices):
    DRAFT = "draft", "Draft (only you, not playable by others)"
    PRIVATE = "private", "Private (only you)"
    PUBLIC = "public", "Public (every learner)"


class Tag(models.Model):
    name = models.CharField(max_length=40, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ScenarioQuerySet(models.QuerySet):
    def for_user(self, user):
        """The one access rule: active public scenarios for everyone signed in, and your own in any state."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(is_active=True, visibility=Visibility.PUBLIC) | Q(owner=user))

    def editable_by(self, user):
        """Learners edit their own scenarios; admins (staff) edit every one, built-ins included."""
        if not user.is_authenticated:
            return self.none()
        if user.is_staff:
            return self.all()
        return self.filter(owner=user, is_builtin=False)


class Scenario(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=120)
    category = models.CharField(max_length=12, choices=Category.choices)
    level_min = models.CharField(max_length=2, choices=Level.choices)
    level_max = models.CharField(max_length=2, choices=Level.choices)
    minutes = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(240)])
    learner_role = models.CharField(max_length=300)
    tutor_role = models.CharField(max_length=300)
    setting = models.TextField()
    cultural_notes = models.TextField(blank=True)
    learning_goals = models.JSONField(default=list, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="scenarios")
    is_builtin = models.BooleanField(default=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="scenarios"
    )
    # The language an authored scenario's words are written in (built-ins: blank, they carry five).
    language = models.CharField(max_length=8, blank=True)
    visibility = models.CharField(max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ScenarioQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        indexes = [models.Index(fields=["visibility", "is_active", "category"], name="scenario_browse_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conversations:scenario_detail", args=[self.pk])

    @property
    def level_range(self) -> str:
        return self.level_min if self.level_min == self.level_max else f"{self.level_min}–{self.level_max}"


class Phase(models.Model):
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="phases")
    order = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=80)
    goal = models.CharField(max_length=300)
    objectives = models.JSONField(default=list)
    success_criteria = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["scenario", "order"]
        constraints = [models.UniqueConstraint(fields=["scenario", "order"], name="unique_phase_order")]

    def __str__(self):
        return f"{self.scenario}: {self.name}"


class PhaseLanguage(models.Model):
    """A phase's words in one target language. Rows made by the AI on first use are flagged for review."""

    phase = models.ForeignKey(Phase, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(max_length=8)
    vocabulary = models.JSONField(default=list)
    phrases = models.JSONField(default=list)
    opening = models.TextField(blank=True)
    hint = models.TextField(blank=True)
    generated = models.BooleanField(default=False, help_text="Written by the AI on first use.")
    needs_review = models.BooleanField(default=False)

    class Meta:
        ordering = ["phase", "language"]
        constraints = [models.UniqueConstraint(fields=["phase", "language"], name="unique_phase_language")]

    def __str__(self):
        return f"{self.phase} ({self.language})"

    @property
    def targets(self) -> list[str]:
        return [*self.vocabulary, *self.phrases]


class PlayQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)


class Play(models.Model):
    """One attempt at a scenario: a conversation with the scenario's script and the learner's progress."""

    class State(models.TextChoices):
        ACTIVE = "active", "In progress"
        COMPLETED = "completed", "Completed"

    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="plays")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scenario_plays")
    conversation = models.OneToOneField("conversations.Conversation", on_delete=models.CASCADE, related_name="play")
    language = models.CharField(max_length=8)
    phase_index = models.PositiveSmallIntegerField(default=0)
    state = models.CharField(max_length=10, choices=State.choices, default=State.ACTIVE)
    # Per phase index (as a string key): the objectives met (their indices) and the key words and phrases used.
    objectives_met = models.JSONField(default=dict, blank=True)
    words_used = models.JSONField(default=dict, blank=True)
    phase_started_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    xp_awarded = models.PositiveIntegerField(default=0)

    objects = PlayQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.scenario} by user {self.owner_id}"

    @property
    def is_completed(self) -> bool:
        return self.state == self.State.COMPLETED

    @property
    def phase(self) -> "Phase":
        return self.scenario.phases.get(order=self.phase_index)

    def words(self, phase: "Phase") -> "PhaseLanguage":
        return phase.languages.get(language=self.language)

    def met_in(self, index: int) -> list[int]:
        return self.objectives_met.get(str(index), [])

    def used_in(self, index: int) -> list[str]:
        return self.words_used.get(str(index), [])


MAX_REVIEW = 2000


class Rating(models.Model):
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="ratings")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scenario_ratings")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    stars = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    # a TextField's max_length only reaches forms: the validator makes the model (and a sync push) check it too
    review = models.TextField(blank=True, max_length=MAX_REVIEW, validators=[MaxLengthValidator(MAX_REVIEW)])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["scenario", "owner"], name="unique_scenario_rating"),
            models.CheckConstraint(condition=Q(stars__gte=1, stars__lte=5), name="rating_stars_1_to_5"),
        ]

    def __str__(self):
        return f"{self.stars}★ {self.scenario}"


class BookmarkFolder(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmark_folders")
    name = models.CharField(max_length=60)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="unique_bookmark_folder")]

    def __str__(self):
        return self.name


class Bookmark(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scenario_bookmarks")
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)  # the id offline clients know it by
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="bookmarks")
    folder = models.ForeignKey(BookmarkFolder, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["owner", "scenario"], name="unique_bookmark")]

    def __str__(self):
        return f"Bookmark of {self.scenario}"


class LearningPathQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(visibility=Visibility.PUBLIC) | Q(owner=user))


class LearningPath(models.Model):
    """An ordered collection of scenarios that others can follow."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_paths")
    title = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    visibility = models.CharField(max_length=8, choices=Visibility.choices, default=Visibility.PRIVATE)
    scenarios = models.ManyToManyField(Scenario, through="PathStep", related_name="paths")
    followers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="followed_paths")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LearningPathQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conversations:path_detail", args=[self.pk])


class PathStep(models.Model):
    path = models.ForeignKey(LearningPath, on_delete=models.CASCADE, related_name="steps")
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="+")
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["path", "order"]
        constraints = [models.UniqueConstraint(fields=["path", "scenario"], name="unique_path_scenario")]

    def __str__(self):
        return f"{self.path} #{self.order}: {self.scenario}"
