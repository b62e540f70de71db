"""The "My AI usage" page, a parent's page per child with the child's budget form, and the budget
banner on every page: exact figures from the ledger, and nobody sees another learner's usage."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser

from admin_tools import budgets
from admin_tools.context_processors import budget_banners
from admin_tools.models import Budget, BudgetAlert
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory, UserFactory
from admin_tools.tests.usage_data import HOUR, learner_usage
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

USD = Decimal


def _date(value: dt.datetime) -> str:
    return f"{value:%-d %b %Y, %H:%M} UTC"


def _alert_ids(budget: Budget, dismissed_by) -> list[tuple[int, bool]]:
    """Each alert of the budget: (threshold, whether `dismissed_by` took it off their banner)."""
    alerts = budget.alerts.with_dismissed_by(dismissed_by).order_by("threshold")
    return [(alert.threshold, alert.dismissed) for alert in alerts]


# --- the learner's page


def test_usage_page_needs_a_signed_in_user(client):
    response = client.get("/usage/")
    assert (response.status_code, response.headers["Location"]) == (302, "/accounts/login/?next=/usage/")


def test_usage_page_without_usage_says_so(learner_client):
    response = learner_client.get("/usage/")
    assert response.status_code == 200
    assert "No AI usage in this period yet." in response.text
    assert "No budget limits your AI use." in response.text
    assert "No budget alerts to acknowledge." in response.text
    assert "Spend per day" not in response.text
    summary = response.context["summary"]
    assert (summary.total, summary.calls, summary.per_model, summary.per_feature) == (USD(0), 0, [], [])


def test_usage_page_shows_this_periods_spend_from_the_ledger(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    response = client.get("/usage/")

    assert response.status_code == 200
    summary = response.context["summary"]
    assert (summary.since, summary.total, summary.calls) == (usage.start, USD("0.040"), 3)
    assert summary.per_day == usage.day_totals()
    assert summary.per_model == [
        {"provider": "anthropic", "model_name": "claude-sonnet-4-5", "requests": 2, "cost": USD("0.037")},
        {"provider": "anthropic", "model_name": "claude-haiku-4-5", "requests": 1, "cost": USD("0.003")},
    ]
    assert summary.per_feature == [
        {"feature": "conversation", "requests": 2, "cost": USD("0.037")},
        {"feature": "correction", "requests": 1, "cost": USD("0.003")},
    ]
    text = response.text
    assert '<p class="stat" id="usage-total">$0.0400</p>' in text
    assert '<p class="stat" id="usage-calls">3</p>' in text
    assert '<th scope="row">claude-sonnet-4-5</th><td class="num">2</td><td class="num">$0.0370</td>' in text
    assert '<th scope="row">claude-haiku-4-5</th><td class="num">1</td><td class="num">$0.0030</td>' in text
    assert '<th scope="row">Conversation</th><td class="num">2</td><td class="num">$0.0370</td>' in text
    assert '<th scope="row">Correction</th><td class="num">1</td><td class="num">$0.0030</td>' in text
    # another learner's calls in the same hours, and the learner's own calls of the period before
    assert "ottos-model" not in text
    assert "Translation" not in text
    assert "$0.9" not in text
    assert "$0.5" not in text


def test_usage_page_shows_the_learners_budget_and_alerts(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    response = client.get("/usage/")

    [status] = response.context["budgets"]
    assert (status.budget, status.used_percent, status.period_end) == (
        usage.budget,
        80,
        usage.start + dt.timedelta(days=7),
    )
    assert [(alert.threshold, alert.spent) for alert in status.alerts] == [(75, USD("0.04")), (50, USD("0.04"))]
    row = (
        '<th scope="row">Every 7 days</th>\n        <td class="num"><span class="pill pill-warn">80%</span></td>\n'
        '        <td class="num">$0.0400</td>\n        <td class="num">$0.05</td>\n'
        f"        <td>{_date(usage.start + dt.timedelta(days=7))}</td>\n        <td>Block further calls</td>"
    )
    assert row in response.text
    assert [text for _, text in response.context["alerts"]] == [
        "You have used 75% of your 7-day AI budget ($0.04 of $0.05).",
        "You have used 50% of your 7-day AI budget ($0.04 of $0.05).",
    ]


def test_usage_page_of_a_learner_without_a_budget_counts_the_calendar_month(client):
    learner = LearnerFactory()
    UsageRecordFactory(user=learner, cost=USD("0.25"))
    client.force_login(learner)
    response = client.get("/usage/")
    summary = response.context["summary"]
    assert summary.since == budgets.period_start(Budget.Period.MONTHLY, summary.until)
    assert (summary.total, summary.calls) == (USD("0.25"), 1)
    assert response.context["budgets"] == []
    assert "No budget limits your AI use." in response.text


def test_usage_page_never_shows_a_childs_or_parents_budget_as_ones_own(client):
    parent = LearnerFactory()
    child = child_of(parent)
    learner_usage(learner=child)
    client.force_login(parent)
    response = client.get("/usage/")
    assert (response.context["budgets"], response.context["alerts"]) == ([], [])
    assert response.context["summary"].calls == 0


# --- acknowledging alerts


def test_acknowledging_an_alert_also_clears_the_lower_thresholds(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    top = usage.budget.alerts.get(threshold=75)
    response = client.post(f"/usage/alerts/{top.pk}/acknowledge/", {"next": "/settings/"})
    assert (response.status_code, response.headers["Location"]) == (302, "/settings/")
    assert _alert_ids(usage.budget, usage.learner) == [(50, True), (75, True)]


def test_acknowledging_a_lower_alert_leaves_the_higher_one(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    low = usage.budget.alerts.get(threshold=50)
    response = client.post(f"/usage/alerts/{low.pk}/acknowledge/", {"next": "https://evil.example/"})
    assert (response.status_code, response.headers["Location"]) == (302, "/usage/")
    assert _alert_ids(usage.budget, usage.learner) == [(50, True), (75, False)]


def test_acknowledging_another_learners_alert_is_not_found(client, db_rows):
    usage = learner_usage()
    client.force_login(usage.other)
    before = db_rows()
    response = client.post(f"/usage/alerts/{usage.budget.alerts.get(threshold=75).pk}/acknowledge/")
    assert response.status_code == 404
    assert db_rows() == before


def test_acknowledging_needs_a_post(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    assert client.get(f"/usage/alerts/{usage.budget.alerts.get(threshold=75).pk}/acknowledge/").status_code == 405
    assert _alert_ids(usage.budget, usage.learner) == [(50, False), (75, False)]


# --- the banner on every page


def test_banner_shows_the_highest_alert_with_a_dismiss_form(client):
    usage = learner_usage()
    client.force_login(usage.learner)
    response = client.get("/settings/")
    alert = usage.budget.alerts.get(threshold=75)
    assert [(banner.alert, banner.is_own) for banner in response.context["budget_banners"]] == [(alert, True)]
    assert (
        'You have used 75% of your 7-day AI budget ($0.04 of $0.05). <a href="/usage/">See your AI usage</a>'
        in response.text
    )
    assert f'action="/usage/alerts/{alert.pk}/acknowledge/"' in response.text
    assert '<input type="hidden" name="next" value="/settings/">' in response.text
    assert "50% of your" not in response.text

    client.post(f"/usage/alerts/{alert.pk}/acknowledge/", {"next": "/settings/"})
    assert "AI budget alerts" not in client.get("/settings/").text


def test_banner_of_a_parent_covers_their_childs_budget(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    usage = learner_usage(learner=child)
    client.force_login(parent)
    response = client.get("/settings/")
    assert (
        "kim has used 75% of their 7-day AI budget ($0.04 of $0.05). "
        f'<a href="/children/{child.pk}/usage/">See their AI usage</a>' in response.text
    )
    alert = usage.budget.alerts.get(threshold=75)
    response = client.post(f"/usage/alerts/{alert.pk}/acknowledge/", {"next": "/settings/"})
    assert response.status_code == 302
    assert _alert_ids(usage.budget, parent) == [(50, True), (75, True)]
    assert _alert_ids(usage.budget, child) == [(50, False), (75, False)]  # the child's banner keeps them


def test_banner_context_costs_one_query_when_read_and_none_otherwise(rf, django_assert_num_queries):
    usage = learner_usage()
    request = rf.get("/")
    request.user = usage.learner
    with django_assert_num_queries(0):
        context = budget_banners(request)
    with django_assert_num_queries(1):
        shown = [(banner.alert.threshold, banner.text, banner.is_own) for banner in context["budget_banners"]]
    assert shown == [(75, "You have used 75% of your 7-day AI budget ($0.04 of $0.05).", True)]

    request.user = AnonymousUser()
    with django_assert_num_queries(0):
        assert list(budget_banners(request)["budget_banners"]) == []


def test_banner_leaves_out_alerts_of_a_past_period_and_other_learners(client):
    usage = learner_usage()
    BudgetAlert.objects.create(
        budget=usage.budget, period_start=usage.start - dt.timedelta(days=7), threshold=100, spent=USD("0.05")
    )
    client.force_login(usage.other)
    assert list(client.get("/settings/").context["budget_banners"]) == []
    client.force_login(usage.learner)
    assert [banner.alert.threshold for banner in client.get("/settings/").context["budget_banners"]] == [75]


# --- a parent's page per child


def _budget_form(**overrides) -> dict:
    return {"limit_usd": "2.50", "period": "weekly", "action": "block", "thresholds": "50, 80, 100", **overrides}


def _child_budgets(child) -> list[tuple]:
    return list(
        Budget.objects.filter(user=child).values_list(
            "scope", "period", "custom_days", "limit_usd", "thresholds", "action", "is_active", "created_by"
        )
    )


def test_child_page_shows_the_childs_usage_only(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    usage = learner_usage(learner=child)
    UsageRecordFactory(user=parent, model=AIModelFactory(model_id="parents-model"), created_at=usage.start + HOUR)
    client.force_login(parent)
    response = client.get(f"/children/{child.pk}/usage/")

    assert response.status_code == 200
    summary = response.context["summary"]
    assert (summary.since, summary.total, summary.calls, summary.per_day) == (
        usage.start,
        USD("0.040"),
        3,
        usage.day_totals(),
    )
    assert [row["model_name"] for row in summary.per_model] == ["claude-sonnet-4-5", "claude-haiku-4-5"]
    assert [status.budget for status in response.context["budgets"]] == [usage.budget]
    assert [text for _, text in response.context["alerts"]] == [
        "kim has used 75% of their 7-day AI budget ($0.04 of $0.05).",
        "kim has used 50% of their 7-day AI budget ($0.04 of $0.05).",
    ]
    assert "<h1>AI usage of Kim</h1>" in response.text
    assert "parents-model" not in response.text
    assert "ottos-model" not in response.text
    assert response.context["form"].initial == {
        "limit_usd": USD("0.05"),
        "period": "custom",
        "action": "block",
        "thresholds": [50, 75, 90, 100],
    }


def test_child_page_is_linked_from_the_child_detail_page(client):
    parent = LearnerFactory()
    child = child_of(parent)
    client.force_login(parent)
    response = client.get(f"/children/{child.pk}/")
    assert f'<a href="/children/{child.pk}/usage/">AI usage and budget</a>' in response.text


@pytest.mark.parametrize("who", ["other_parent", "child_itself", "not_a_child", "stranger"])
def test_child_page_of_anyone_but_ones_own_child_is_not_found(client, db_rows, who):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    other_parent = LearnerFactory()
    child_of(other_parent, username="ben")
    target, viewer = {
        "other_parent": (child, other_parent),
        "child_itself": (child, child),
        "not_a_child": (UserFactory(), parent),
        "stranger": (child, UserFactory()),
    }[who]
    client.force_login(viewer)
    assert client.get(f"/children/{target.pk}/usage/").status_code == 404
    before = db_rows()
    assert client.post(f"/children/{target.pk}/usage/", _budget_form()).status_code == 404
    assert db_rows() == before


def test_child_budget_form_creates_the_childs_budget(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    client.force_login(parent)
    response = client.get(f"/children/{child.pk}/usage/")
    assert "No budget is set yet: set one below." in response.text
    assert "Set a budget for Kim" in response.text

    response = client.post(f"/children/{child.pk}/usage/", _budget_form())
    assert (response.status_code, response.headers["Location"]) == (302, f"/children/{child.pk}/usage/")
    assert _child_budgets(child) == [("user", "weekly", None, USD("2.50"), [50, 80, 100], "block", True, parent.pk)]
    budget = Budget.objects.get(user=child)
    start = budget.period_start.astimezone(dt.UTC)
    assert (budget.spent, budget.reserved, start.weekday(), start.time()) == (USD(0), USD(0), 0, dt.time(0))
    page = client.get(f"/children/{child.pk}/usage/")
    assert "Budget set." in page.text
    assert "Change Kim's budget" in page.text


def test_child_budget_form_changes_the_existing_budget(client):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    usage = learner_usage(learner=child)  # a custom 7-day budget an admin made
    Budget.objects.filter(pk=usage.budget.pk).update(is_active=False)
    client.force_login(parent)
    response = client.post(f"/children/{child.pk}/usage/", _budget_form(period="daily", action="warn"))
    assert response.status_code == 302
    assert _child_budgets(child) == [("user", "daily", None, USD("2.50"), [50, 80, 100], "warn", True, None)]
    assert Budget.objects.get(user=child).pk == usage.budget.pk
    assert "Budget saved." in client.get(f"/children/{child.pk}/usage/").text


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"limit_usd": "-1"}, "limit_usd", "The limit must be more than $0."),
        ({"limit_usd": "0"}, "limit_usd", "The limit must be more than $0."),
        ({"limit_usd": "ten"}, "limit_usd", "Enter a number."),
        ({"limit_usd": "1.234"}, "limit_usd", "Ensure that there are no more than 2 decimal places."),
        ({"thresholds": "90, 50"}, "thresholds", "Thresholds must be in increasing order, each once."),
        ({"thresholds": "50, 50"}, "thresholds", "Thresholds must be in increasing order, each once."),
        (
            {"thresholds": "50, 150"},
            "thresholds",
            "A list of whole percentages between 1 and 100, e.g. [50, 75, 90, 100].",
        ),
        ({"thresholds": "half, all"}, "thresholds", "Whole numbers separated by commas, e.g. 50, 75, 90, 100."),
        ({"period": "custom"}, "period", "Select a valid choice. custom is not one of the available choices."),
        ({"action": "explode"}, "action", "Select a valid choice. explode is not one of the available choices."),
    ],
)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_child_budget_form_with_bad_input_shows_the_error_and_changes_nothing(
    client, db_rows, overrides, field, error, existing
):
    parent = LearnerFactory()
    child = child_of(parent, username="kim")
    if existing:
        budgets.budget_create(scope="user", user=child, limit_usd=USD("3.00"), created_by=parent)
    client.force_login(parent)
    before = db_rows()
    response = client.post(f"/children/{child.pk}/usage/", _budget_form(**overrides))
    assert response.status_code == 200
    assert response.context["form"].errors == {field: [error]}
    assert 'aria-invalid="true"' in response.text
    assert db_rows() == before
