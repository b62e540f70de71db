"""Offline sync pages in a real browser: the learner sees their devices and sync history, revokes a device,
and resolves a sync conflict by merging fields; the resolution reaches the next pull."""

import pytest
from playwright.sync_api import expect
from rest_framework.test import APIClient

from admin_tools.tests.factories import PASSWORD
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Deck
from spaced_repetition.tests.factories import DeckFactory
from sync.models import Conflict, Device
from sync.services import devices

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, login: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def _phone(learner, name="Pixel"):
    device, token = devices.device_register(user=learner, name=name, platform="android", app_version="1.4.0")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Device {token}")
    return device, client


def test_devices_page_shows_history_and_revokes_a_device(page):
    learner = LearnerFactory()
    device, phone = _phone(learner)
    assert phone.get("/api/v1/sync/pull?last_pulled_at=null").status_code == 200
    _sign_in(page, learner.email, PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Devices").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Devices")
    devices_table = page.get_by_role("table", name="Your devices", exact=True)
    row = devices_table.get_by_role("row", name="Pixel")
    expect(row).to_contain_text("android")
    expect(row).to_contain_text("1.4.0")
    history = page.get_by_role("table", name="The latest syncs of your devices")
    expect(history.get_by_role("row")).to_have_count(2)
    expect(history.get_by_role("row").nth(1)).to_contain_text("Pull")
    expect(history.get_by_role("row").nth(1)).to_contain_text("OK")

    page.get_by_role("button", name="Revoke Pixel").click()
    expect(page.get_by_text("“Pixel” is signed out of sync. Its token no longer works.")).to_be_visible()
    expect(devices_table.get_by_role("row", name="Pixel")).to_contain_text("Revoked")
    assert Device.objects.get(pk=device.pk).revoked_at is not None
    assert phone.get("/api/v1/sync/pull?last_pulled_at=null").status_code == 401


def test_sync_conflict_merged_on_the_page_reaches_the_devices(page, settings):
    learner = LearnerFactory()
    deck = DeckFactory(owner=learner, name="Viaje", new_per_day=20)
    device, phone = _phone(learner)
    cursor = phone.get("/api/v1/sync/pull?last_pulled_at=null").json()["timestamp"]
    Deck.objects.filter(pk=deck.pk).update(name="Viaje (web)")  # no signal: the conflict below is made by hand
    deck.refresh_from_db()
    deck.save()  # now through save(): the feed has it after the phone's cursor
    pushed = {"id": str(deck.uuid), "name": "Viaje (phone)", "language": "es", "new_per_day": 5,
              "reviews_per_day": 200, "_changed": "name,new_per_day"}  # fmt: skip
    response = phone.post(
        f"/api/v1/sync/push?last_pulled_at={cursor}",
        {"changes": {"decks": {"created": [], "updated": [pushed], "deleted": []}}},
        format="json",
    )
    assert response.json() == {"applied": 0, "conflicts": 1}  # decks default to manual_review

    _sign_in(page, learner.email, PASSWORD)
    page.goto("/sync/devices/")
    expect(
        page.get_by_role("table", name="Your devices", exact=True)
        .get_by_role("row", name="Pixel")
        .get_by_role("link", name="1")
    ).to_be_visible()
    page.get_by_role("navigation", name="Offline sync").get_by_role("link", name="Sync conflicts").click()
    conflict = page.get_by_role("region", name="Deck “Viaje (web)”")
    expect(conflict).to_contain_text("Changed on Pixel and on the server at the same time")
    expect(conflict.get_by_role("row")).to_have_count(3)  # header, name, new_per_day
    conflict.get_by_role("row", name="new_per_day").get_by_label("5").check()  # the device's daily limit
    conflict.get_by_role("button", name="Merge the chosen fields").click()

    expect(page.get_by_text("Conflict resolved. Your devices get the result on their next sync.")).to_be_visible()
    expect(page.get_by_text("No conflicts: everything your devices pushed is in sync.")).to_be_visible()
    deck.refresh_from_db()
    assert (deck.name, deck.new_per_day) == ("Viaje (web)", 5)
    assert Conflict.objects.get().resolution == "merged"
    (pulled,) = phone.get(f"/api/v1/sync/pull?last_pulled_at={cursor}").json()["changes"]["decks"]["updated"]
    assert (pulled["name"], pulled["new_per_day"]) == ("Viaje (web)", 5)
