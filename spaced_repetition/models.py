"""Decks, cards with their FSRS state, the append-only review log, and each learner's review settings.
Every time is stored in UTC; pages show it in the learner's time zone."""

import uuid

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import connections, models
from django.db.models import Count, F, Func, Q
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone

from spaced_repetition import scheduling

# Language codes as in the learning app's Language table, which this app may not import.
LANGUAGE_CHOICES = sorted(
    ((code, info["name"]) for code, info in LANG_INFO.items() if "name" in info and "-" not in code),
    key=lambda choice: choice[1],
)
AUDIO_EXTENSIONS = ["mp3", "ogg", "oga", "opus", "wav", "m4a", "webm"]


class Rating(models.IntegerChoices):
    AGAIN = scheduling.AGAIN, "Again"
    HARD = scheduling.HARD, "Hard"
    GOOD = scheduling.GOOD, "Good"
    EASY = scheduling.EASY, "Easy"


class DeckQuerySet(models.QuerySet):
    def for_user(self, user):
        """The decks a user may see and change: their own."""
        return self.filter(owner=user)

    def with_counts(self, now):
        """Each deck with its number of cards, of new cards, and of cards in review or learning due now
        (suspended and buried cards left out of the last two)."""
        active = Q(cards__suspended=False) & (Q(cards__buried_until__isnull=True) | Q(cards__buried_until__lte=now))
        seen = Q(cards__state__in=[scheduling.LEARNING, scheduling.REVIEW, scheduling.RELEARNING])
        return self.annotate(
            card_count=Count("cards"),
            new_count=Count("cards", filter=Q(cards__state=scheduling.NEW) & active),
            due_count=Count("cards", filter=seen & Q(cards__due__lte=now) & active),
        )


class Deck(models.Model):
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="decks")
    name = models.CharField(max_length=100)
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    new_per_day = models.PositiveSmallIntegerField("new cards a day", default=20, validators=[MaxValueValidator(9999)])
    reviews_per_day = models.PositiveSmallIntegerField(
        "reviews a day", default=200, validators=[MaxValueValidator(9999)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DeckQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "name"],
                name="unique_deck_name",
                violation_error_message="You already have a deck with this name.",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("spaced_repetition:deck_edit", args=[self.pk])


class CardQuerySet(models.QuerySet):
    def for_user(self, user):
        """The cards a user may see, review and change: those in their decks."""
        return self.filter(deck__owner=user)

    def matching(self, *, q: str = "", deck=None, kind: str = "", state: str = "", source: str = ""):
        """The card browser's search and filters; `state` also takes "suspended"."""
        cards = self
        if q:
            cards = cards.filter(Q(front__icontains=q) | Q(back__icontains=q) | Q(context__icontains=q))
        if deck is not None:
            cards = cards.filter(deck=deck)
        if kind:
            cards = cards.filter(kind=kind)
        if state == "suspended":
            cards = cards.filter(suspended=True)
        elif state:
            cards = cards.filter(state=state)
        if source:
            cards = cards.filter(source=source)
        return cards

    def active(self, now):
        """Cards the queue may show: not suspended, not buried."""
        return self.filter(Q(buried_until__isnull=True) | Q(buried_until__lte=now), suspended=False)


class Card(models.Model):
    class Kind(models.TextChoices):
        WORD = "word", "Word"
        PHRASE = "phrase", "Phrase"
        GRAMMAR = "grammar", "Grammar rule"
        CORRECTION = "correction", "Correction"

    class Source(models.TextChoices):
        CONVERSATION = "conversation", "Conversation correction"
        SCENARIO = "scenario", "Scenario phase"
        CONTENT = "content", "Content item"
        MANUAL = "manual", "Added by hand"
        ANKI = "anki", "Anki import"

    class State(models.TextChoices):
        NEW = scheduling.NEW, "New"
        LEARNING = scheduling.LEARNING, "Learning"
        REVIEW = scheduling.REVIEW, "Review"
        RELEARNING = scheduling.RELEARNING, "Relearning"

    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="cards")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.WORD)
    front = models.CharField(max_length=500)
    back = models.TextField()
    context = models.TextField("context sentence", blank=True)
    source = models.CharField(max_length=12, choices=Source.choices, default=Source.MANUAL)
    # what the card came from, in the source's own terms ("message:42", an Anki note id); empty when manual
    source_ref = models.CharField(max_length=200, blank=True)
    audio = models.FileField(
        upload_to="cards/audio/%Y/%m/", blank=True, validators=[FileExtensionValidator(AUDIO_EXTENSIONS)]
    )
    # FSRS state (see scheduling.CardState). A new card's due is its creation time: new cards come in order.
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW)
    step = models.PositiveSmallIntegerField(null=True, blank=True)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    due = models.DateTimeField(default=timezone.now)
    last_review = models.DateTimeField(null=True, blank=True)
    suspended = models.BooleanField(default=False)
    buried_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    SCHEDULING_FIELDS = ("state", "step", "stability", "difficulty", "due", "last_review")

    objects = CardQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["deck", "front"],
                name="unique_card_front",
                violation_error_message="This deck already has a card with this front.",
            )
        ]
        indexes = [
            # The due queue: its counts read only the index (PostgreSQL; other databases ignore `include`), and
            # its cards come in the queue's order, (due, id), so that a LIMIT reads no more rows than it returns.
            models.Index(
                fields=["deck", "state", "due", "id"], include=["suspended", "buried_until"], name="card_queue_idx"
            )
        ]

    def __str__(self):
        return self.front

    def get_absolute_url(self):
        return reverse("spaced_repetition:card_detail", args=[self.pk])

    @property
    def scheduling_state(self) -> scheduling.CardState:
        return scheduling.CardState(
            state=self.state,
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=self.due,
            last_review=self.last_review,
        )

    def set_scheduling_state(self, state: scheduling.CardState) -> None:
        self.state, self.step, self.stability = state.state, state.step, state.stability
        self.difficulty, self.due, self.last_review = state.difficulty, state.due, state.last_review

    def is_buried(self, now) -> bool:
        return self.buried_until is not None and self.buried_until > now


class IntervalDays(Func):
    """The interval, in days, a logged grade was given at: the card's due date minus its last review, both
    read from the log's state_before snapshot. NULL when the card had never been reviewed before. On
    PostgreSQL through spaced_repetition_interval_days() (migration 0004), because a generated column may
    only call immutable functions and a cast of text to timestamptz is not one."""

    output_field = models.FloatField()

    def __init__(self):
        super().__init__(F("state_before"))

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="spaced_repetition_interval_days", **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        template = (
            "julianday(json_extract(%(expressions)s, '$.due'))"
            " - julianday(json_extract(%(expressions)s, '$.last_review'))"
        )
        return self.as_sql(compiler, connection, template=template, **extra_context)


class ReviewLogQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        graded_in_decks(objs)
        return super().bulk_create(objs, *args, **kwargs)


def graded_in_decks(logs) -> None:
    """Set each new log's `deck` to its card's deck, where it is not set yet: from the card when the log has it,
    else in one query for all of them (a sync push knows only the cards' ids)."""
    unknown = set()
    for log in logs:
        if log.deck_id is None and log.card_id is not None:
            if ReviewLog.card.is_cached(log):
                log.deck_id = log.card.deck_id
            else:
                unknown.add(log.card_id)
    if unknown:
        decks = dict(Card.objects.filter(pk__in=unknown).values_list("pk", "deck_id"))
        for log in logs:
            if log.deck_id is None and log.card_id in decks:
                log.deck_id = decks[log.card_id]


class ReviewLog(models.Model):
    """One grade that stands: appended when it is given and never changed. Undo (services.review_undo) is the
    only deletion: it takes back one of today's latest grades and moves its row to ReviewUndo, so every grade
    ever given is in one of the two tables. Logs copied from an Anki history are marked `imported`: undo never
    takes them back."""

    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="logs")
    # the id offline clients (sync) know the row by; the integer pk stays the id everywhere else
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_logs")
    # The deck the card was in when it was graded (set on creation, see graded_in_decks): today's grades count
    # against that deck's daily limits, read from the (user, reviewed_at) index without a look at the cards.
    deck = models.ForeignKey(
        Deck, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text="Graded in this deck."
    )
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    # the card's state when it was graded: today's "new" and "review" logs count against the daily limits
    state = models.CharField(max_length=10, choices=Card.State.choices)
    reviewed_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    # set by API clients so a retried submit is recorded once; empty for page posts
    client_review_id = models.CharField(max_length=64, blank=True, default="")
    # the card's whole scheduling state before the grade (scheduling.CardState.to_dict), for undo
    state_before = models.JSONField()
    imported = models.BooleanField(
        default=False, db_default=False, help_text="Copied from another app's history (an Anki import)."
    )
    # Computed by the database from state_before, for the progress page's true retention: stored, and in the
    # (user, reviewed_at) index with state and rating, its daily figures are read from the index alone.
    interval_days = models.GeneratedField(
        expression=IntervalDays(), output_field=models.FloatField(), db_persist=True, verbose_name="interval (days)"
    )

    objects = ReviewLogQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=4), name="review_rating_1_to_4"),
            models.UniqueConstraint(
                fields=["user", "client_review_id"],
                condition=~Q(client_review_id=""),
                name="unique_client_review_id",
            ),
        ]
        indexes = [
            # Today's logs for the queue's limits and undo; the progress page's reviews per day (index-only).
            models.Index(
                fields=["user", "reviewed_at"],
                include=["state", "rating", "interval_days", "deck"],
                name="reviewlog_user_time_idx",
            )
        ]

    def __str__(self):
        return f"{self.card} · {self.get_rating_display()} · {self.reviewed_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self._state.adding:
            graded_in_decks([self])
        super().save(*args, **kwargs)


class ReviewUndo(models.Model):
    """A grade taken back, as its log said when undo removed it: the journal that keeps the review history
    complete (ReviewLog holds the grades that stand, this table the ones taken back). It also makes undo safe
    to retry, because a second undo of the same log finds it here, and bounds how far back undo may go."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_undos")
    card = models.ForeignKey(Card, null=True, on_delete=models.SET_NULL, related_name="undos")
    review_log_id = models.PositiveBigIntegerField(help_text="The id the grade had in the review log.")
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    state = models.CharField(max_length=10, choices=Card.State.choices)
    reviewed_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    client_review_id = models.CharField(max_length=64, blank=True, default="")
    state_before = models.JSONField()
    undone_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "review_log_id"], name="unique_review_undo")]

    def __str__(self):
        return f"{self.card} · {self.get_rating_display()} · taken back {self.undone_at:%Y-%m-%d %H:%M}"


class ReviewSettingsQuerySet(models.QuerySet):
    def desired_retention(self, *, user) -> float:
        value = self.filter(user=user).values_list("desired_retention", flat=True).first()
        return scheduling.DEFAULT_RETENTION if value is None else value

    def desired_retention_of(self, user) -> RawSQL:
        """desired_retention() as an expression, to read it in the same query as something else (each grade
        does). Written as SQL: the ORM's Subquery took a millisecond to build, more than the read."""
        table = connections[self.db].ops.quote_name(self.model._meta.db_table)
        return RawSQL(
            f"COALESCE((SELECT desired_retention FROM {table} WHERE user_id = %s), %s)",
            [user.pk, scheduling.DEFAULT_RETENTION],
            output_field=models.FloatField(),
        )


class ReviewSettings(models.Model):
    """A learner's review preferences. Without a row, the defaults apply."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_settings")
    desired_retention = models.FloatField(
        default=scheduling.DEFAULT_RETENTION,
        validators=[MinValueValidator(scheduling.MIN_RETENTION), MaxValueValidator(scheduling.MAX_RETENTION)],
        help_text="The share of cards you want to still remember when they come due (0.70–0.97). Higher "
        "means more reviews.",
    )

    objects = ReviewSettingsQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "review settings"
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    desired_retention__gte=scheduling.MIN_RETENTION, desired_retention__lte=scheduling.MAX_RETENTION
                ),
                name="desired_retention_range",
            )
        ]

    def __str__(self):
        return f"{self.user}: retention {self.desired_retention:.2f}"
