"""Scenarios in the admin: bulk activate/deactivate, and JSON export then import giving back the same rows."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from admin_tools.tests.factories import UserFactory
from conversations import scenario_loader
from conversations.models import Scenario, Tag

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/conversations/scenario/"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def _selected(slugs):
    return [str(pk) for pk in Scenario.objects.filter(slug__in=slugs).values_list("pk", flat=True)]


def test_bulk_deactivate_and_activate(admin_client):
    slugs = ["at-the-bank", "joining-a-gym"]
    response = admin_client.post(CHANGELIST, {"action": "deactivate", "_selected_action": _selected(slugs)})
    assert response.status_code == 302
    assert sorted(Scenario.objects.filter(is_active=False).values_list("slug", flat=True)) == slugs
    admin_client.post(CHANGELIST, {"action": "activate", "_selected_action": _selected(slugs[:1])})
    assert list(Scenario.objects.filter(is_active=False).values_list("slug", flat=True)) == ["joining-a-gym"]


def test_export_then_import_round_trips(admin_client):
    bank = Scenario.objects.get(slug="at-the-bank")
    bank.tags.add(Tag.objects.create(name="money"))
    response = admin_client.post(
        CHANGELIST, {"action": "export_json", "_selected_action": _selected(["at-the-bank", "buying-clothes"])}
    )
    assert response["Content-Disposition"] == 'attachment; filename="scenarios.json"'
    exported = json.loads(response.content)
    assert [item["slug"] for item in exported] == ["at-the-bank", "buying-clothes"]
    assert exported[0]["tags"] == ["money"] and len(exported[0]["phases"]) == 4
    assert sorted(exported[0]["phases"][0]["languages"]) == ["de", "es", "fr", "it", "pt"]

    before = _phase_free_rows()
    Scenario.objects.filter(slug__in=["at-the-bank", "buying-clothes"]).delete()
    upload = SimpleUploadedFile("scenarios.json", response.content, content_type="application/json")
    answer = admin_client.post(f"{CHANGELIST}import/", {"file": upload})
    assert answer.status_code == 302
    assert _phase_free_rows() == before
    assert (
        scenario_loader.scenarios_export(
            Scenario.objects.filter(slug__in=["at-the-bank", "buying-clothes"]).order_by("slug")
        )
        == exported
    )


def _phase_free_rows() -> list:
    """Every scenario's fields and its phases' words, without database ids (an import makes new rows)."""
    return scenario_loader.scenarios_export(Scenario.objects.order_by("slug"))


def test_import_of_a_broken_file_shows_the_error_and_changes_nothing(admin_client):
    before = _phase_free_rows()
    upload = SimpleUploadedFile("x.json", b'[{"slug": "x"}]', content_type="application/json")
    response = admin_client.post(f"{CHANGELIST}import/", {"file": upload})
    assert response.status_code == 200
    assert "This file is not a scenario export" in response.content.decode()
    assert _phase_free_rows() == before
