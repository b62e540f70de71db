"""The change feed (a counter per learner, one row per changed record), devices with their cursors and history, the
tombstone horizon per learner, and conflicts kept for the learner to resolve."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse


class ChangeCounter(models.Model):
    """One row: the number every learner's own counter starts above. Until each learner had a counter of their
    own, this row was the one counter of the whole feed, so every cursor a device holds from then is at or below
    it; a learner who has no LearnerChangeCounter row yet is at this number. The periodic feed reconcile keeps it
    at or above every stored sequence number."""

    value = models.BigIntegerField(default=1)

    def __str__(self):
        return f"change sequence floor {self.value}"


class LearnerChangeCounter(models.Model):
    """The last change sequence number handed out in one learner's feed. A transaction that writes a learner's
    synced rows takes the next number by updating this row, and holds its row lock until it commits, so within
    the feed a device pulls, sequence order is commit order and every number at or below the committed value
    belongs to a committed transaction. Only the same learner's writes wait for each other."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="sync_counter"
    )
    value = models.BigIntegerField()

    def __str__(self):
        return f"{self.user_id}: change sequence {self.value}"


class Change(models.Model):
    """The latest change of one synced record: upserted with a new sequence number on every change, so a pull
    reads each record once. A deletion keeps its row (`deleted`) as the tombstone until it is pruned."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    table = models.CharField(max_length=40)
    record = models.UUIDField()
    seq = models.BigIntegerField()
    deleted = models.BooleanField(default=False)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["table", "record"], name="unique_change_record")]
        indexes = [models.Index(fields=["user", "seq"], name="change_feed_idx")]

    def __str__(self):
        return f"{self.table}:{self.record} @{self.seq}{' (deleted)' if self.deleted else ''}"


class Horizon(models.Model):
    """Tombstones of this learner at or below `pruned_through` are gone: a device whose cursor is older gets
    a full resync instead of an incremental pull."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sync_horizon")
    pruned_through = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.user}: pruned through {self.pruned_through}"


class DeviceQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def active(self):
        return self.filter(revoked_at__isnull=True)

    def with_counts(self):
        """Each device with its number of unresolved conflicts."""
        return self.annotate(
            open_conflicts=models.Count("conflicts", filter=models.Q(conflicts__resolved_at__isnull=True))
        ).order_by(models.F("last_seen_at").desc(nulls_last=True), "-pk")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Device(models.Model):
    """A mobile client of one learner. It authenticates sync requests with its own token (`Authorization:
    Device <token>`), stored here only as a hash; revoking the device makes the token stop working."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sync_devices")
    name = models.CharField(max_length=80)
    platform = models.CharField(max_length=40, blank=True)
    app_version = models.CharField(max_length=40, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    cursor = models.BigIntegerField(null=True, blank=True, help_text="The timestamp of its last pull.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = DeviceQuerySet.as_manager()

    class Meta:
        ordering = ["-last_seen_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.user})"

    @staticmethod
    def new_token() -> tuple[str, str]:
        """A fresh token and the hash to store."""
        token = secrets.token_urlsafe(32)
        return token, _token_hash(token)

    @classmethod
    def for_token(cls, token: str):
        return cls.objects.active().select_related("user").filter(token_hash=_token_hash(token)).first()

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class SyncRun(models.Model):
    """One pull or push of a device: the device's sync history."""

    class Kind(models.TextChoices):
        PULL = "pull", "Pull"
        PUSH = "push", "Push"

    class Outcome(models.TextChoices):
        OK = "ok", "OK"
        FULL_RESYNC = "full_resync", "Full resync"
        REJECTED = "rejected", "Rejected (pull first)"
        INVALID = "invalid", "Invalid"
        REFUSED = "refused", "Refused"

    device = models.ForeignKey(Device, on_delete=models.CASCADE, related_name="runs")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    pulled = models.PositiveIntegerField(default=0)
    pushed = models.PositiveIntegerField(default=0)
    conflicts = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=12, choices=Outcome.choices)
    cursor = models.BigIntegerField(null=True, blank=True)
    # a push whose background work (stats refresh) has not run yet
    followup_pending = models.BooleanField(default=False)

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["device", "-started_at"], name="syncrun_device_idx")]

    def __str__(self):
        return f"{self.device} {self.kind} {self.outcome}"


class ConflictQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def open(self):
        return self.filter(resolved_at__isnull=True)


class Conflict(models.Model):
    """A push that met a newer server version under the manual_review policy: the server record was kept and
    the client's version is stored here until the learner picks one or merges them."""

    class Resolution(models.TextChoices):
        SERVER = "server", "Kept the server version"
        CLIENT = "client", "Took the device version"
        MERGED = "merged", "Merged"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sync_conflicts")
    device = models.ForeignKey(Device, null=True, blank=True, on_delete=models.SET_NULL, related_name="conflicts")
    table = models.CharField(max_length=40)
    record = models.UUIDField()
    # the client's pushed columns (wire format); empty with client_deleted
    client_data = models.JSONField(default=dict)
    client_deleted = models.BooleanField(default=False)
    # the server's columns when the conflict was found (wire format), for the page
    server_data = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=8, choices=Resolution.choices, blank=True)

    objects = ConflictQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "resolved_at"], name="conflict_open_idx")]

    def __str__(self):
        return f"{self.table}:{self.record}"

    def get_absolute_url(self):
        return reverse("sync:conflicts") + f"#conflict-{self.pk}"
