import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from admin_tools import budgets, stats
from admin_tools.models import AIModel, Budget, UsageRecord
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory, UserFactory

pytestmark = pytest.mark.django_db

USD = Decimal
SINCE = dt.datetime(2026, 3, 10, tzinfo=dt.UTC)
UNTIL = dt.datetime(2026, 3, 17, tzinfo=dt.UTC)
Outcome = UsageRecord.Outcome


def _at(days: float) -> dt.datetime:
    return SINCE + dt.timedelta(days=days)


@pytest.fixture
def ledger():
    """Two models, three users, a week of calls, and rows just outside the window."""
    sonnet = AIModelFactory(display_name="Sonnet", model_id="sonnet")
    local = AIModelFactory(display_name="Local", model_id="llama", provider="openai_compat", base_url="http://x/v1")
    ana, ben = UserFactory(username="ana"), UserFactory(username="ben")
    rows = [
        # model, user, outcome, latency, cost, days after SINCE
        (sonnet, ana, Outcome.OK, 100, "0.010000", 0),
        (sonnet, ana, Outcome.OK, 300, "0.020000", 0.5),
        (sonnet, ben, Outcome.OK, 200, "0.030000", 2),
        (sonnet, ben, Outcome.OK, 1000, "0.040000", 2.9),
        (sonnet, ana, Outcome.OK, 400, "0.050000", 6.99),
        (sonnet, ana, Outcome.ERROR, 50, "0", 3),
        (sonnet, ben, Outcome.CUT_OFF, 700, "0.005000", 3),
        (sonnet, ben, Outcome.REFUSED, 0, "0", 3),
        (local, None, Outcome.OK, 80, "0", 1),
        (local, ana, Outcome.OK, 120, "0", 1),
        (sonnet, ana, Outcome.OK, 9999, "9.000000", -0.001),  # before the window
        (sonnet, ana, Outcome.OK, 9999, "9.000000", 7),  # at its end: windows are half-open
    ]
    for model, user, outcome, latency, cost, days in rows:
        UsageRecordFactory(
            model=model, user=user, outcome=outcome, latency_ms=latency, cost=USD(cost), created_at=_at(days)
        )
    return sonnet, local


def test_model_stats_are_exact(ledger):
    sonnet, local = ledger
    assert stats.model_stats(since=SINCE, until=UNTIL) == {
        # p95 of 100, 200, 300, 400, 1000: rank 3.8 → 400 + 0.8 × 600
        sonnet.pk: stats.ModelStats(requests=7, errors=2, p50_ms=300.0, p95_ms=880.0, cost=USD("0.155")),
        local.pk: stats.ModelStats(requests=2, errors=0, p50_ms=100.0, p95_ms=118.0, cost=USD(0)),
    }
    assert stats.model_stats(since=SINCE, until=UNTIL)[sonnet.pk].error_rate == pytest.approx(2 / 7)
    assert stats.ModelStats().error_rate is None


def test_model_stats_for_some_models(ledger):
    sonnet, local = ledger
    assert list(stats.model_stats(since=SINCE, until=UNTIL, model_ids=[local.pk])) == [local.pk]
    assert stats.model_stats(since=SINCE, until=UNTIL, model_ids=[]) == {}


def test_model_stats_of_a_model_with_only_errors_has_no_latency():
    model = AIModelFactory()
    UsageRecordFactory(model=model, outcome=Outcome.ERROR, latency_ms=30, cost=0, created_at=_at(1))
    assert stats.model_stats(since=SINCE, until=UNTIL) == {
        model.pk: stats.ModelStats(requests=1, errors=1, p50_ms=None, p95_ms=None, cost=USD(0))
    }


@pytest.mark.parametrize(
    ("values", "fraction", "expected"),
    [([], 0.5, None), ([7], 0.95, 7), ([4, 1, 3, 2], 0.5, 2.5), ([10, 20], 0.95, 19.5), ([1, 2, 3], 1.0, 3)],
)
def test_percentile_interpolates_like_percentile_cont(values, fraction, expected):
    assert stats.percentile(values, fraction) == expected


def test_spend_per_day_lists_every_day_of_the_window(ledger):
    assert stats.spend_per_day(since=SINCE, until=_at(4)) == [
        (dt.date(2026, 3, 10), USD("0.03")),
        (dt.date(2026, 3, 11), USD(0)),
        (dt.date(2026, 3, 12), USD("0.07")),
        (dt.date(2026, 3, 13), USD("0.005")),
    ]


def test_spend_per_day_of_one_user(ledger):
    ana = UsageRecord.objects.filter(user__username="ana").first().user
    assert stats.spend_per_day(since=_at(6), until=UNTIL, user=ana) == [(dt.date(2026, 3, 16), USD("0.05"))]


def test_spend_per_provider_model_and_user(ledger):
    assert stats.spend_per_provider(since=SINCE, until=UNTIL) == [
        {"provider": "anthropic", "requests": 7, "cost": USD("0.155")},
        {"provider": "openai_compat", "requests": 2, "cost": USD(0)},
    ]
    assert stats.spend_per_model(since=SINCE, until=UNTIL) == [
        {"provider": "anthropic", "model_name": "sonnet", "requests": 7, "cost": USD("0.155")},
        {"provider": "openai_compat", "model_name": "llama", "requests": 2, "cost": USD(0)},
    ]
    users = stats.spend_per_user(since=SINCE, until=UNTIL)
    assert [(row["user__username"], row["requests"], row["cost"]) for row in users] == [
        ("ana", 5, USD("0.08")),
        ("ben", 3, USD("0.075")),
        (None, 1, USD(0)),
    ]
    assert len(stats.spend_per_user(since=SINCE, until=UNTIL, limit=1)) == 1


# --- admin


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def _recent_calls(model: AIModel, latencies: list[int], outcome=Outcome.OK) -> None:
    for latency in latencies:
        UsageRecordFactory(model=model, outcome=outcome, latency_ms=latency, cost=USD("0.25"))


def test_admin_model_list_shows_last_weeks_stats_without_a_query_per_model(admin_client):
    sonnet = AIModel.objects.get(model_id="claude-sonnet-4-5")
    _recent_calls(sonnet, [100, 200, 300, 400])
    _recent_calls(sonnet, [50], outcome=Outcome.ERROR)
    UsageRecordFactory(model=sonnet, cost=USD("5"), created_at=timezone.now() - dt.timedelta(days=8))
    url = reverse("admin:admin_tools_aimodel_changelist")
    response = admin_client.get(url)
    assert response.status_code == 200
    row = {model.model_id: model.stats_week for model in response.context["cl"].result_list}
    assert row["claude-sonnet-4-5"] == stats.ModelStats(
        requests=5, errors=1, p50_ms=250.0, p95_ms=385.0, cost=USD("1.25")
    )
    assert row["claude-haiku-4-5"] == stats.ModelStats()
    assert "20.0%" in response.text and "250 ms" in response.text and "$1.25" in response.text

    with CaptureQueriesContext(connection) as few_models:
        admin_client.get(url)
    for n in range(6):
        _recent_calls(AIModelFactory(model_id=f"more-{n}"), [n * 10])
    with CaptureQueriesContext(connection) as more_models:
        admin_client.get(url)
    assert len(more_models.captured_queries) == len(few_models.captured_queries)


def test_admin_usage_ledger_is_read_only_and_filters(admin_client):
    model = AIModelFactory(model_id="sonnet")
    ana = UserFactory(username="ana")
    UsageRecordFactory(model=model, user=ana, request_id="req-ana", feature="correction")
    UsageRecordFactory(
        model=model, request_id="req-system", outcome=Outcome.ERROR, provider_request_id="req_011CVyZmk4Hp"
    )
    url = reverse("admin:admin_tools_usagerecord_changelist")

    def listed(**params) -> list[str]:
        response = admin_client.get(url, params)
        assert response.status_code == 200
        return sorted(record.request_id for record in response.context["cl"].result_list)

    assert listed() == ["req-ana", "req-system"]
    assert listed(q="ana") == ["req-ana"]
    assert listed(q="req_011CVyZmk4Hp") == ["req-system"]  # as the provider's logs or support name the call
    assert listed(outcome__exact="error") == ["req-system"]
    assert listed(feature="correction") == ["req-ana"]
    assert listed(model__id__exact=model.pk) == ["req-ana", "req-system"]
    record = UsageRecord.objects.get(request_id="req-ana")
    assert admin_client.get(reverse("admin:admin_tools_usagerecord_change", args=[record.pk])).status_code == 200
    response = admin_client.post(
        reverse("admin:admin_tools_usagerecord_change", args=[record.pk]), {"cost": "0", "feature": "x"}
    )
    assert response.status_code == 403
    assert admin_client.get(reverse("admin:admin_tools_usagerecord_delete", args=[record.pk])).status_code == 403
    assert UsageRecord.objects.get(request_id="req-ana").feature == "correction"


def test_admin_cost_dashboard(admin_client):
    AIModel.objects.update(enabled=False)
    sonnet = AIModelFactory(display_name="Sonnet", model_id="sonnet", price_input=3, price_output=15)
    AIModelFactory(display_name="Haiku", model_id="haiku", price_input=1, price_output=5)
    ana = UserFactory(username="ana")
    UsageRecordFactory(
        model=sonnet, user=ana, language="fr", input_tokens=10_000, output_tokens=1_000, cost=USD("0.045")
    )
    budget = budgets.budget_create(scope=Budget.Scope.USER, user=ana, limit_usd=USD("0.05"), name="Ana's")
    response = admin_client.get(reverse("admin:admin_tools_usagerecord_dashboard"), {"days": "7"})
    assert response.status_code == 200
    context = response.context
    assert (context["days"], context["total"], len(context["per_day"])) == (7, USD("0.045"), 7)
    assert context["per_user"] == [{"user_id": ana.pk, "user__username": "ana", "requests": 1, "cost": USD("0.045")}]
    assert [(row[0], row[1]) for row in context["budgets"]] == [(budget, 90)]
    assert context["recommendations"][:1] == [
        "Switch French conversation to Haiku (67% cheaper per token): Sonnet carried $0.04 of it in the last 30 days.",
    ]
    assert context["recommendations"][1].startswith("“Ana's” has used 90% of its $0.05 limit, with ")
    assert "AI cost dashboard" in response.text
    changelist = admin_client.get(reverse("admin:admin_tools_usagerecord_changelist"))
    assert reverse("admin:admin_tools_usagerecord_dashboard") in changelist.text


def test_admin_cost_dashboard_needs_view_permission(client):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("admin:admin_tools_usagerecord_dashboard")).status_code == 403
