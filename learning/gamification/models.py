"""Tables of gamification: learning sessions, the XP ledger, per-day totals, per-learner totals,
achievements and weekly leagues. Imported by learning/models.py so Django registers them in the learning app.
Every time is stored in UTC; `date` fields are the learner's local date when the event happened."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from learning.gamification import rules


class ActivityKind(models.TextChoices):
    REVIEW = "review", "Review"
    CONVERSATION = "conversation", "Conversation"
    SCENARIO = "scenario", "Scenario"
    CONTENT = "content", "Content study"


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user):
        """Rows a user may see: their own and their children's."""
        return self.filter(Q(user=user) | Q(user__parent_link__parent=user))


class LearningSession(models.Model):
    """A stretch of one kind of activity: events less than SESSION_IDLE_GAP apart extend it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_sessions")
    kind = models.CharField(max_length=12, choices=ActivityKind.choices)
    language = models.CharField(max_length=8, blank=True)
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField()
    # reviews, conversation turns, scenario phases or content items, by kind; `correct` counts reviews only
    items = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)
    xp = models.IntegerField(default=0)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["user", "kind", "ended_at"], name="session_user_kind_end_idx")]

    def __str__(self):
        return f"{self.user} · {self.get_kind_display()} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return self.ended_at - self.started_at


class XpEvent(models.Model):
    """The XP ledger: one row per award, keyed by the event it pays for, so a replayed event pays nothing.
    Rows are never changed; taking back an award (undo of a review) appends a reversal with negative XP."""

    class Kind(models.TextChoices):
        REVIEW = "review", "Review graded"
        CONVERSATION_TURN = "conversation_turn", "Conversation turn"
        SCENARIO_PHASE = "scenario_phase", "Scenario phase"
        SCENARIO_COMPLETION = "scenario_completion", "Scenario completed"
        CONTENT_ITEM = "content_item", "Content item studied"
        DAILY_GOAL = "daily_goal", "Daily goal met"
        ACHIEVEMENT = "achievement", "Achievement"
        REVERSAL = "reversal", "Taken back"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xp_events")
    key = models.CharField(max_length=100, help_text="The event paid for, e.g. review:42 or goal:2025-03-09.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    base_xp = models.IntegerField()
    multiplier = models.DecimalField(max_digits=4, decimal_places=2, default=1)
    xp = models.IntegerField()
    occurred_at = models.DateTimeField()
    date = models.DateField(help_text="The learner's local date.")
    language = models.CharField(max_length=8, blank=True)
    # what the event was about, in its owner's terms (scenario:12, content:7), and its category when it has one
    subject = models.CharField(max_length=64, blank=True)
    category = models.CharField(max_length=32, blank=True)
    session = models.ForeignKey(LearningSession, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="unique_xp_event_key")]
        indexes = [
            models.Index(fields=["occurred_at", "user"], name="xp_event_time_user_idx"),
            models.Index(fields=["user", "kind", "category"], name="xp_event_user_kind_idx"),
        ]

    def __str__(self):
        return f"{self.user} · {self.key} · {self.xp:+d} XP"


class DailyActivity(models.Model):
    """A learner's totals for one local date: what the heatmap, the daily goal and the streak read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="daily_activity")
    date = models.DateField()
    xp = models.IntegerField(default=0, help_text="All XP of the day, bonuses included.")
    activity_xp = models.IntegerField(default=0, help_text="XP from activities: what counts toward the goal.")
    goal_xp = models.PositiveSmallIntegerField(help_text="The daily goal on that day.")
    goal_met_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "daily activity"
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["user", "date"], name="unique_daily_activity")]

    def __str__(self):
        return f"{self.user} · {self.date} · {self.xp} XP"


class LearnerStats(models.Model):
    """Running totals per learner, kept by the services so pages and checks need no sums over history."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="learner_stats"
    )
    xp_total = models.IntegerField(default=0)
    reviews = models.PositiveIntegerField(default=0)
    league_tier = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(len(rules.TIERS))]
    )
    languages = models.JSONField(default=list, blank=True, help_text="Codes of the languages studied.")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "learner stats"
        indexes = [models.Index(fields=["-xp_total"], name="stats_xp_total_idx")]

    def __str__(self):
        return f"{self.user}: {self.xp_total} XP"


class Achievement(models.Model):
    """The catalogue (data, editable in the admin; see gamification/catalogue.py)."""

    class Rarity(models.TextChoices):
        COMMON = "common", "Common"
        RARE = "rare", "Rare"
        EPIC = "epic", "Epic"
        LEGENDARY = "legendary", "Legendary"

    code = models.SlugField(max_length=40, primary_key=True)
    name = models.CharField(max_length=60)
    description = models.CharField(max_length=200)
    icon = models.CharField(max_length=16)
    rarity = models.CharField(max_length=10, choices=Rarity.choices)
    xp = models.PositiveSmallIntegerField(default=0)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class AchievementUnlock(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="achievements")
    achievement = models.ForeignKey(Achievement, on_delete=models.CASCADE, related_name="unlocks")
    unlocked_at = models.DateTimeField()

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["unlocked_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "achievement"], name="unique_achievement_unlock")]

    def __str__(self):
        return f"{self.user} · {self.achievement_id}"


class League(models.Model):
    """One group of up to 30 learners of one tier competing for one ISO week (weeks start Monday 00:00 UTC)."""

    week_start = models.DateField()
    tier = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(len(rules.TIERS))])
    number = models.PositiveIntegerField(help_text="Groups of the same tier and week are numbered from 1.")
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-week_start", "-tier", "number"]
        constraints = [models.UniqueConstraint(fields=["week_start", "tier", "number"], name="unique_league")]

    def __str__(self):
        return f"{self.tier_name} {self.number} · week of {self.week_start}"

    @property
    def tier_name(self) -> str:
        return rules.tier_name(self.tier)


class LeagueMembership(models.Model):
    league = models.ForeignKey(League, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="league_memberships")
    week_start = models.DateField()  # the league's, repeated so a learner is in one league a week
    xp = models.IntegerField(default=0)
    joined_at = models.DateTimeField()
    # set when the week is closed: the rank reached and the tier for the next league
    final_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    tier_after = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-xp", "joined_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "week_start"], name="unique_league_membership")]

    def __str__(self):
        return f"{self.user} in {self.league}"
