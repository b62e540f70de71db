"""Each audience of a budget alert clears it for itself alone: the learner and their parent each dismiss it from
their own banner (page or API), and the admins acknowledge it on their notification list. Nobody's click hides
the alert from anyone else."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from admin_tools import budgets, services
from admin_tools.models import BudgetAlert, BudgetAlertDismissal
from admin_tools.tests.factories import UserFactory
from admin_tools.tests.usage_data import budget_body, learner_usage
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    """A parent, their child (whose budget raised its 50 % and 75 % alerts), and an admin."""
    parent = LearnerFactory(username="paula")
    child = child_of(parent, username="kim")
    usage = learner_usage(learner=child)
    admin = UserFactory(username="root")
    services.admin_role_grant(user=admin)
    return parent, child, usage.budget, admin


def _banner(user) -> list[int]:
    return list(budgets.banner_alerts_for(user).values_list("threshold", flat=True))


def _admin_list() -> list[int]:
    return sorted(BudgetAlert.objects.unacknowledged().values_list("threshold", flat=True))


def _top(budget) -> BudgetAlert:
    return budget.alerts.get(threshold=75)


def test_a_learner_dismissing_their_banner_leaves_the_parents_banner_and_the_admins_list(client, family):
    parent, child, budget, _ = family
    client.force_login(child)

    response = client.post(f"/usage/alerts/{_top(budget).pk}/acknowledge/", {"next": "/settings/"})

    assert (response.status_code, response.headers["Location"]) == (302, "/settings/")
    assert _banner(child) == []
    assert _banner(parent) == [75, 50]
    assert _admin_list() == [50, 75]
    assert sorted(BudgetAlertDismissal.objects.values_list("user__username", "alert__threshold")) == [
        ("kim", 50),
        ("kim", 75),
    ]


def test_a_parent_dismissing_a_childs_alert_leaves_the_childs_banner_and_the_admins_list(client, family):
    parent, child, budget, _ = family
    client.force_login(parent)

    response = client.post(f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss")

    assert response.status_code == 204
    assert _banner(parent) == []
    assert _banner(child) == [75, 50]
    assert _admin_list() == [50, 75]


def test_an_admin_acknowledging_alerts_leaves_the_learners_and_parents_banners(client, family):
    parent, child, budget, admin = family
    client.force_login(admin)
    before = timezone.now()

    response = client.post(
        reverse("admin:admin_tools_budgetalert_changelist"),
        {"action": "acknowledge", "_selected_action": [str(pk) for pk in budget.alerts.values_list("pk", flat=True)]},
    )

    assert response.status_code == 302
    assert _admin_list() == []
    acknowledged = list(budget.alerts.order_by("threshold").values_list("acknowledged_by", "acknowledged_at"))
    assert [by for by, _ in acknowledged] == [admin.pk, admin.pk]
    assert all(before <= at <= timezone.now() for _, at in acknowledged)
    assert _banner(child) == [75, 50]
    assert _banner(parent) == [75, 50]
    dashboard = client.get(reverse("admin:admin_tools_usagerecord_dashboard"))
    assert list(dashboard.context["alerts"]) == []


def test_the_admins_dashboard_keeps_an_alert_its_learner_dismissed(client, family):
    _, child, budget, admin = family
    budgets.budget_alert_dismiss(user=child, alerts=budget.alerts.all())
    client.force_login(admin)

    dashboard = client.get(reverse("admin:admin_tools_usagerecord_dashboard"))

    assert [alert.threshold for alert in dashboard.context["alerts"]] == [75, 50]
    assert f"{budget} reached 75%" in dashboard.text
    pending = client.get(reverse("admin:admin_tools_budgetalert_changelist"), {"acknowledged": "no"})
    assert '?acknowledged=no">Acknowledge them' in dashboard.text
    assert sorted(alert.threshold for alert in pending.context["cl"].result_list) == [50, 75]
    budgets.budget_alert_acknowledge(alerts=budget.alerts.filter(threshold=50), admin=admin)
    pending = client.get(reverse("admin:admin_tools_budgetalert_changelist"), {"acknowledged": "no"})
    assert [alert.threshold for alert in pending.context["cl"].result_list] == [75]
    done = client.get(reverse("admin:admin_tools_budgetalert_changelist"), {"acknowledged": "yes"})
    assert [alert.threshold for alert in done.context["cl"].result_list] == [50]


def test_acknowledging_again_keeps_the_first_acknowledgement(family):
    *_, budget, admin = family
    other_admin = UserFactory(username="ops", is_staff=True)
    assert budgets.budget_alert_acknowledge(alerts=budget.alerts.all(), admin=admin) == 2
    assert budgets.budget_alert_acknowledge(alerts=budget.alerts.all(), admin=other_admin) == 0
    assert set(budget.alerts.values_list("acknowledged_by", flat=True)) == {admin.pk}


# --- the dismiss endpoint


def test_dismissing_through_the_api_also_dismisses_the_lower_thresholds_and_shows_in_my_budgets(client, family):
    parent, child, budget, _ = family
    client.force_login(child)

    assert client.post(f"/api/v1/usage/alerts/{budget.alerts.get(threshold=50).pk}/dismiss").status_code == 204
    assert _banner(child) == [75]
    assert client.post(f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss").status_code == 204
    assert _banner(child) == []

    mine = client.get("/api/v1/usage/budgets").json()["results"]
    assert mine == [budget_body(budget, viewer=child)]
    assert [(alert["threshold"], alert["dismissed"]) for alert in mine[0]["alerts"]] == [(75, True), (50, True)]
    client.force_login(parent)  # the same budget as the parent sees it: still on their banner
    theirs = client.get(f"/api/v1/children/{child.pk}/budget").json()
    assert [(alert["threshold"], alert["dismissed"]) for alert in theirs["alerts"]] == [(75, False), (50, False)]


def test_dismissing_an_alert_already_off_my_banner_is_not_found(client, family):
    _, child, budget, _ = family
    client.force_login(child)
    assert client.post(f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss").status_code == 204

    response = client.post(f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss")

    assert response.status_code == 404
    assert response.json()["error"] == {"code": "not_found", "message": "No such alert on your banner.", "fields": {}}
    assert BudgetAlertDismissal.objects.count() == 2


@pytest.mark.parametrize("who", ["other_learner", "other_parent", "admin"])
def test_dismissing_someone_elses_alert_is_not_found_and_changes_nothing(client, db_rows, family, who):
    *_, budget, admin = family
    other_parent = LearnerFactory(username="olga")
    child_of(other_parent, username="oscar")
    client.force_login({"other_learner": LearnerFactory(), "other_parent": other_parent, "admin": admin}[who])
    before = db_rows()

    response = client.post(f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss")

    assert response.status_code == 404
    assert db_rows() == before


def test_the_dismiss_endpoint_needs_a_signed_in_user_and_a_post(client, family):
    _, child, budget, _ = family
    url = f"/api/v1/usage/alerts/{_top(budget).pk}/dismiss"
    assert client.post(url).status_code == 401
    client.force_login(child)
    assert client.get(url).status_code == 405
    assert BudgetAlertDismissal.objects.count() == 0


# --- the migration from the single flag


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_an_acknowledged_alert_off_every_list_and_an_open_one_on_them():
    executor = MigrationExecutor(connection)
    before, after = (
        [("admin_tools", "0003_feature_flags")],
        [("admin_tools", "0004_alert_audiences_provider_request_id")],
    )
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    User, FamilyLink = apps.get_model("admin_tools", "User"), apps.get_model("admin_tools", "FamilyLink")
    OldBudget, OldAlert = apps.get_model("admin_tools", "Budget"), apps.get_model("admin_tools", "BudgetAlert")
    parent, child = User.objects.create(username="paula"), User.objects.create(username="kim")
    FamilyLink.objects.create(parent=parent, child=child)
    budget = OldBudget.objects.create(scope="user", user=child, limit_usd=1, period_start=timezone.now())
    now = timezone.now()
    OldAlert.objects.create(budget=budget, period_start=now, threshold=50, spent=1, acknowledged=True)
    OldAlert.objects.create(budget=budget, period_start=now, threshold=75, spent=1, acknowledged=False)

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    # and every other app's migrations that going back unapplied (those that depend on a later admin_tools one)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    acknowledged, still_open = BudgetAlert.objects.order_by("threshold")
    assert acknowledged.acknowledged_at == acknowledged.created_at
    assert (acknowledged.acknowledged_by, still_open.acknowledged_at) == (None, None)
    assert sorted(BudgetAlertDismissal.objects.values_list("alert__threshold", "user__username")) == [
        (50, "kim"),
        (50, "paula"),
    ]
