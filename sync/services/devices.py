"""Devices: registration, revocation, and the history of their syncs."""

import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from rest_framework.exceptions import ValidationError as Invalid

from admin_tools.models import User
from sync import tasks
from sync.models import Device, SyncRun
from sync.services.push import PullFirst


def device_register(*, user: User, name: str, platform: str = "", app_version: str = "") -> tuple[Device, str]:
    """A new device and its token, which is shown once (only its hash is kept)."""
    token, token_hash = Device.new_token()
    device = Device(user=user, name=name.strip(), platform=platform, app_version=app_version, token_hash=token_hash)
    device.full_clean(exclude=["token_hash"])
    device.save()
    return device, token


def device_revoke(*, device: Device) -> Device:
    """Its token stops working at once; its history stays, and its cursor no longer holds tombstones back."""
    if device.revoked_at is None:
        device.revoked_at = timezone.now()
        device.save(update_fields=["revoked_at"])
    return device


@dataclass
class Run:
    """What one pull or push reports for the history; the caller fills the counts."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    cursor: int | None = None
    outcome: str = SyncRun.Outcome.OK
    # review logs the push created, whose XP and stats a background task records
    followup: list[str] = field(default_factory=list)
    # the push wrote cards or decks: their embeddings are brought up to date in the background
    cards_changed: bool = False


@contextmanager
def run_recorded(*, device: Device, kind: str):
    """Record a pull or push in the device's history, with its outcome when it is refused, and mark the device
    seen. The history row is written after the sync's own transaction, so a refused push still leaves it."""
    started, clock, run = timezone.now(), time.monotonic(), Run()
    try:
        yield run
    except PullFirst:
        run.outcome = SyncRun.Outcome.REJECTED
        raise
    except (ValidationError, Invalid):
        run.outcome = SyncRun.Outcome.INVALID
        raise
    except Http404:
        run.outcome = SyncRun.Outcome.REFUSED
        raise
    finally:
        with transaction.atomic():
            record = SyncRun.objects.create(
                device=device,
                kind=kind,
                started_at=started,
                duration_ms=int((time.monotonic() - clock) * 1000),
                pulled=run.pulled,
                pushed=run.pushed,
                conflicts=run.conflicts,
                outcome=run.outcome,
                cursor=run.cursor,
                followup_pending=bool(run.followup or run.cards_changed),
            )
            if run.followup or run.cards_changed:
                tasks.push_followup.delay_on_commit(record.pk, run.followup, run.cards_changed)
            seen = {"last_seen_at": timezone.now()}
            if kind == SyncRun.Kind.PULL and run.cursor is not None:
                seen["cursor"] = run.cursor
            Device.objects.filter(pk=device.pk).update(**seen)
