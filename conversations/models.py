"""Conversations with the tutor: the mode and persona catalogues, conversations, their messages, the
corrections and live analysis of each learner message, and cached translations."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from learning.models import Language, Level
from learning.models import Persona as PersonaKey

MAX_MESSAGE_LENGTH = 2000  # characters a learner may send in one message
MAX_TOPIC_LENGTH = 200
MAX_TITLE_LENGTH = 120


class TutorMode(models.Model):
    """How the tutor behaves in a free conversation (SPEC "Tutor modes"). Install data: catalogue_data.py."""

    class Corrections(models.TextChoices):
        LIGHT = "light", "Light: only errors that block meaning"
        MODERATE = "moderate", "Moderate"
        STRICT = "strict", "Strict"

    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=60)
    description = models.CharField(max_length=200)
    corrections = models.CharField(max_length=10, choices=Corrections.choices, default=Corrections.MODERATE)
    needs_topic = models.BooleanField(default=False)
    topic_label = models.CharField(max_length=40, blank=True)
    topic_examples = models.JSONField(default=list, blank=True)
    system_prompt = models.TextField(help_text="Instructions to the model; {language} and {topic} are filled in.")
    level_adjustments = models.JSONField(default=dict, help_text="CEFR level → extra instructions for that level.")
    starters = models.JSONField(default=dict, help_text="Language code → conversation starters in that language.")
    experimental = models.BooleanField(default=False, help_text="Shown only to users with the experimental flag.")
    is_active = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Persona(models.Model):
    """The tutor's character, orthogonal to the mode (SPEC "Personas")."""

    slug = models.SlugField(max_length=40, unique=True, choices=PersonaKey.choices)
    name = models.CharField(max_length=60)
    description = models.CharField(max_length=200)
    traits = models.JSONField(default=list)
    best_for = models.CharField(max_length=200)
    prompt = models.TextField(help_text="Prompt fragment describing the character.")
    is_default = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ConversationQuerySet(models.QuerySet):
    def for_user(self, user):
        """The one access rule: a learner sees their own conversations only."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)


class Conversation(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        ARCHIVED = "archived", "Archived"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversations")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="+")
    level = models.CharField(max_length=2, choices=Level.choices)
    mode = models.ForeignKey(TutorMode, on_delete=models.PROTECT, related_name="conversations")
    persona = models.ForeignKey(Persona, on_delete=models.PROTECT, related_name="conversations")
    topic = models.CharField(max_length=MAX_TOPIC_LENGTH, blank=True)
    title = models.CharField(max_length=MAX_TITLE_LENGTH)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    # The model's running summary of the messages up to and including `summary_through` (a message id);
    # the prompt carries the summary plus every later message.
    summary = models.TextField(blank=True)
    summary_through = models.PositiveBigIntegerField(null=True, blank=True)
    # Running live-analysis metrics (see services/analysis.py), for the session panel and progress pages.
    metrics = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["owner", "status", "-last_activity_at"], name="conversation_list_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conversations:detail", args=[self.pk])

    @property
    def is_archived(self) -> bool:
        return self.status == self.Status.ARCHIVED


class MessageQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(conversation__owner=user)

    def in_prompt(self):
        """What the model sees as history: every learner message and every finished tutor turn. Failed or
        cut-off replies and explanations stay on the page but are not repeated to the model."""
        return self.filter(
            models.Q(role=Message.Role.LEARNER)
            | models.Q(role=Message.Role.TUTOR, status=Message.Status.COMPLETE, kind=Message.Kind.TURN)
        )


class Message(models.Model):
    class Role(models.TextChoices):
        LEARNER = "user", "Learner"
        TUTOR = "assistant", "Tutor"

    class Kind(models.TextChoices):
        TURN = "turn", "Conversation turn"
        EXPLANATION = "explanation", "Explanation of a correction"

    class Status(models.TextChoices):
        STREAMING = "streaming", "Being written"
        COMPLETE = "complete", "Complete"
        INCOMPLETE = "incomplete", "Incomplete (cut off or stopped)"
        FAILED = "failed", "Failed"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    role = models.CharField(max_length=10, choices=Role.choices)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.TURN)
    text = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.COMPLETE)
    # A tutor message answers one learner message (a retry answers the same one again).
    reply_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies")
    # An explanation answers a learner's "explain more" about this correction.
    explains = models.ForeignKey(
        "Correction", null=True, blank=True, on_delete=models.SET_NULL, related_name="explanations"
    )
    # Streaming: the last delta batch sent (pages drop batches they already have) and the learner's stop.
    seq = models.PositiveIntegerField(default=0)
    cancel_requested = models.BooleanField(default=False)
    error_code = models.CharField(max_length=30, blank=True)
    # Who answered (tutor messages): copied from the gateway's reply.
    provider = models.CharField(max_length=20, blank=True)
    model_name = models.CharField(max_length=100, blank=True)
    is_fallback = models.BooleanField(default=False)
    usage_record = models.ForeignKey(
        "admin_tools.UsageRecord", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What the page measured while the learner typed (learner messages), untrusted: see analysis/fluency.py.
    timing = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["conversation", "created_at"], name="message_history_idx")]

    def __str__(self):
        return f"{self.get_role_display()}: {self.text[:50]}"

    ERROR_TEXTS = {
        "budget_blocked": "The AI budget for this period is used up, so the tutor cannot answer until it resets.",
        "unavailable": "The tutor cannot answer right now. Please try again in a moment.",
        "cut_off": "The connection to the tutor broke off in the middle of this reply.",
        "stopped": "You stopped this reply.",
    }

    @property
    def error_text(self) -> str:
        return self.ERROR_TEXTS.get(self.error_code, "The tutor could not answer." if self.error_code else "")

    @property
    def is_offline(self) -> bool:
        return self.provider == "offline"

    @property
    def is_learner(self) -> bool:
        return self.role == self.Role.LEARNER


class Correction(models.Model):
    class Category(models.TextChoices):
        GRAMMAR = "grammar", "Grammar"
        VOCABULARY = "vocabulary", "Vocabulary"
        SPELLING = "spelling", "Spelling"
        PUNCTUATION = "punctuation", "Punctuation"
        NATURALNESS = "naturalness", "Naturalness"

    class Source(models.TextChoices):
        MODEL = "model", "The tutor model"
        SPELLING = "spelling", "Offline spell checker"

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="corrections")
    original = models.CharField(max_length=500)
    corrected = models.CharField(max_length=500)
    category = models.CharField(max_length=12, choices=Category.choices)
    explanation = models.CharField(max_length=300, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)  # where `original` stands in the message text
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MODEL)
    card = models.ForeignKey(
        "spaced_repetition.Card", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    explained = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["start", "pk"]

    def __str__(self):
        return f"{self.original} → {self.corrected}"


class MessageAnalysis(models.Model):
    """Live analysis of one learner message: each analyser's result under its name, as it finished."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="analysis")
    results = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "message analyses"

    def __str__(self):
        return f"Analysis of message {self.message_id}"


class Preferences(models.Model):
    """The learner's conversation settings that are not part of the profile."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    auto_cards = models.BooleanField(
        "save corrections to review automatically",
        default=False,
        help_text="Every correction the tutor makes becomes a flashcard in your deck for the language.",
    )

    class Meta:
        verbose_name_plural = "preferences"

    def __str__(self):
        return f"Conversation preferences of user {self.user_id}"


class Translation(models.Model):
    """A translation on tap, cached per user, text and language."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)  # the language of `text`
    into = models.CharField(max_length=10)  # the learner's native language
    text_hash = models.CharField(max_length=64)
    text = models.TextField()
    translation = models.TextField()
    gloss = models.TextField(blank=True)
    provider = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "language", "into", "text_hash"], name="unique_translation")
        ]

    def __str__(self):
        return f"{self.text[:40]} → {self.translation[:40]}"


from conversations.scenario_models import (  # noqa: E402, F401  (scenario tables belong to this app)
    Bookmark,
    BookmarkFolder,
    Category,
    LearningPath,
    PathStep,
    Phase,
    PhaseLanguage,
    Play,
    Rating,
    Scenario,
    Tag,
    Visibility,
)
