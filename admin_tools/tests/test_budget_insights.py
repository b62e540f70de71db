"""What the admin reads of spend: the forecast to the end of the period, recommendations, and the budget pages of
the admin."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from admin_tools import budgets, insights
from admin_tools.models import AIModel, Budget, BudgetAlert, User
from admin_tools.tests.budget_support import NOW, USD, Action, Period, global_budget, spend
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory, UserFactory

pytestmark = pytest.mark.django_db

# --- forecast and recommendations


def test_forecast_projects_the_spend_to_the_end_of_the_period():
    budget = global_budget(period=Period.DAILY, now=NOW)  # 15:30 of a 24 h day
    spend(budget, "3.10", now=NOW)
    budget.refresh_from_db()
    assert insights.forecast(budget, now=NOW) == USD("4.80")
    assert insights.forecast(budget, now=NOW + dt.timedelta(days=2)) == USD("3.10")
    assert insights.forecast(budget, now=budget.period_start) == USD("3.10")


def test_month_forecast_projects_the_ledgers_month_to_date_to_the_end_of_the_month_without_any_budget():
    now = dt.datetime(2026, 3, 11, tzinfo=dt.UTC)  # 10 of March's 31 days gone
    UsageRecordFactory(cost=USD("1.10"), created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    UsageRecordFactory(cost=USD("2.00"), created_at=now - dt.timedelta(hours=1))
    UsageRecordFactory(cost=USD("9.00"), created_at=dt.datetime(2026, 2, 28, 23, 59, tzinfo=dt.UTC))  # February
    UsageRecordFactory(cost=USD("5.00"), created_at=now + dt.timedelta(hours=1))  # not yet

    month = insights.month_forecast(now)

    assert Budget.objects.count() == 0
    assert (month.start, month.end, month.spent) == (
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 4, 1, tzinfo=dt.UTC),
        USD("3.10"),
    )
    assert month.projected == USD("9.61")  # $3.10 × 31 / 10
    assert insights.month_forecast(dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).projected == USD("1.10")
    assert insights.month_forecast(dt.datetime(2026, 5, 2, tzinfo=dt.UTC)).spent == USD(0)


def test_admin_dashboard_shows_the_month_forecast_without_any_budget(admin_client):
    start = budgets.period_start(Period.MONTHLY, timezone.now())
    UsageRecordFactory(cost=USD("1.50"), created_at=start)
    UsageRecordFactory(cost=USD("4.00"), created_at=start - dt.timedelta(hours=1))  # last month
    before = timezone.now()

    response = admin_client.get(reverse("admin:admin_tools_usagerecord_dashboard"))

    after = timezone.now()
    month = response.context["month"]
    assert (month.start, month.spent) == (start, USD("1.50"))
    at_most, at_least = (insights.month_forecast(moment) for moment in (before, after))
    assert (at_most.spent, at_least.spent) == (USD("1.50"), USD("1.50"))
    assert at_least.projected <= month.projected <= at_most.projected
    assert f"<strong>${month.projected}</strong> by {month.end:%-d %B}" in response.text
    assert "No active budgets." in response.text


def test_recommendations_are_empty_without_data():
    assert insights.recommendations(now=NOW) == []


def test_recommendations_suggest_a_cheaper_model_for_a_language_and_use_case():
    AIModel.objects.update(enabled=False)  # the seeded registry; this test brings its own models
    sonnet = AIModelFactory(display_name="Claude Sonnet", price_input=3, price_output=15)
    haiku = AIModelFactory(display_name="Claude Haiku", price_input=1, price_output=5, priority=20)
    AIModelFactory(display_name="Spanish only", price_input=0, price_output=1, languages=["es"])
    AIModelFactory(display_name="Disabled", price_input=0, price_output=0, enabled=False)
    AIModelFactory(display_name="Offline", provider="offline", price_input=0, price_output=0)
    for model, cost in [(sonnet, "12.00"), (haiku, "1.00")]:
        UsageRecordFactory(
            model=model,
            language="fr",
            use_case="conversation",
            input_tokens=1_000_000,
            output_tokens=200_000,
            cost=USD(cost),
            created_at=NOW - dt.timedelta(days=3),
        )
    UsageRecordFactory(model=sonnet, language="fr", cost=USD("9.00"), created_at=NOW - dt.timedelta(days=40))
    assert insights.recommendations(now=NOW) == [
        "Switch French conversation to Claude Haiku (67% cheaper per token): "
        "Claude Sonnet carried $12.00 of it in the last 30 days."
    ]
    haiku.enabled = False
    haiku.save()
    assert insights.recommendations(now=NOW) == []


def test_recommendations_name_budgets_near_their_limit_or_on_course_to_pass_it():
    near = global_budget(name="Near", limit_usd=USD("10.00"), now=NOW)
    pace = global_budget(name="Pace", limit_usd=USD("100.00"), period=Period.WEEKLY, now=NOW)
    global_budget(name="Fine", limit_usd=USD("100.00"), now=NOW)
    Budget.objects.filter(pk=near.pk).update(spent=USD("8.52"))
    Budget.objects.filter(pk=pace.pk).update(spent=USD("70.00"))  # 63.5 of 168 hours gone: 70 × 168 / 63.5
    assert insights.recommendations(now=NOW) == [
        "“Near” has used 85% of its $10.00 limit, with 14 days left.",
        "At the current pace “Pace” will spend about $185.20 against its $100.00 limit by the end of the "
        "period, with 5 days left.",
    ]


# --- admin


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def test_admin_budget_pages_open_with_a_budget_and_an_alert(admin_client):
    budget = global_budget(name="All AI", thresholds=[50])
    spend(budget, "6.00")
    changelist = admin_client.get(reverse("admin:admin_tools_budget_changelist"))
    assert changelist.status_code == 200
    assert "$6.00 of $10.00 (60%)" in changelist.text
    assert admin_client.get(reverse("admin:admin_tools_budget_change", args=[budget.pk])).status_code == 200
    assert admin_client.get(reverse("admin:admin_tools_budgetalert_changelist")).status_code == 200


def _budget_form(**fields) -> dict:
    return {
        "name": "",
        "is_active": "on",
        "scope": "global",
        "provider": "",
        "model": "",
        "user": "",
        "limit_usd": "25.00",
        "period": "weekly",
        "custom_days": "",
        "thresholds": "[50, 100]",
        "action": "block",
        **fields,
    }


def test_admin_adds_a_budget_through_the_service(admin_client):
    response = admin_client.post(reverse("admin:admin_tools_budget_add"), _budget_form())
    assert response.status_code == 302
    budget = Budget.objects.get()
    assert (budget.limit_usd, budget.period, budget.thresholds, budget.action) == (
        USD("25.00"),
        Period.WEEKLY,
        [50, 100],
        Action.BLOCK,
    )
    assert budget.created_by.username == "root"
    assert budget.period_start == budgets.period_start(Period.WEEKLY, budget.period_start)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"limit_usd": "-3"}, "limit_usd"),
        ({"thresholds": "[90, 50]"}, "thresholds"),
        ({"period": "custom"}, "custom_days"),
        ({"scope": "user"}, "user"),
        ({"scope": "provider", "provider": "acme"}, "provider"),
    ],
)
def test_admin_shows_bad_budget_input_on_the_field(admin_client, fields, field):
    response = admin_client.post(reverse("admin:admin_tools_budget_add"), _budget_form(**fields))
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == [field]
    assert Budget.objects.exists() is False


def test_admin_acknowledges_alerts(admin_client):
    budget = global_budget(thresholds=[50, 75])
    spend(budget, "8.00")
    response = admin_client.post(
        reverse("admin:admin_tools_budgetalert_changelist"),
        {"action": "acknowledge", "_selected_action": [str(pk) for pk in budget.alerts.values_list("pk", flat=True)]},
    )
    assert response.status_code == 302
    root = User.objects.get(username="root")
    assert list(budget.alerts.order_by("threshold").values_list("threshold", "acknowledged_by")) == [
        (50, root.pk),
        (75, root.pk),
    ]
    assert BudgetAlert.objects.unacknowledged().count() == 0
