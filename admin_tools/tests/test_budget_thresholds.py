"""Budget thresholds: each raised once per period, to the learner, their parent and the admins as the budget's
scope says, by e-mail and banner."""

import datetime as dt

import pytest
from django.core import mail

from admin_tools import budgets, realtime
from admin_tools.models import BudgetAlert
from admin_tools.tests.budget_support import NOW, USD, Action, Scope, alerts_of, global_budget, spend
from admin_tools.tests.factories import AIModelFactory, UserFactory
from learning.tests.factories import LearnerFactory, child_of
from tests import listening

pytestmark = pytest.mark.django_db

# --- alerts


def test_settle_raises_each_threshold_once_per_period():
    model = AIModelFactory()
    budget = global_budget(now=NOW)
    march, april = dt.datetime(2026, 3, 1, tzinfo=dt.UTC), dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
    spend(budget, "5.10", model=model, now=NOW)
    assert alerts_of(budget) == [(march, 50)]
    spend(budget, "1.00", model=model, now=NOW)
    assert alerts_of(budget) == [(march, 50)]
    budgets.budget_update(budget=budget, limit_usd=USD("20.00"))  # 30 %: below 50 % again
    spend(budget, "4.00", model=model, now=NOW)  # crosses 50 % a second time this period
    assert alerts_of(budget) == [(march, 50)]
    spend(budget, "5.00", model=model, now=NOW)
    assert alerts_of(budget) == [(march, 50), (march, 75)]
    spend(budget, "11.00", model=model, now=NOW + dt.timedelta(days=20))  # April: new period
    assert alerts_of(budget) == [(march, 50), (march, 75), (april, 50)]
    assert list(BudgetAlert.objects.filter(period_start=april).values_list("spent", flat=True)) == [USD("11.00")]


def test_settle_raises_every_threshold_a_large_call_crosses_at_once():
    budget = global_budget(thresholds=[10, 20, 95])
    spend(budget, "2.50")
    assert [threshold for _, threshold in alerts_of(budget)] == [10, 20]


def _listen(user) -> str:
    return listening.listen(realtime.user_group(user.pk))


def test_an_alert_on_a_childs_budget_tells_the_child_the_parent_and_the_admins(
    django_capture_on_commit_callbacks, settings
):
    settings.ADMINS = [("Ops", "ops@example.com")]
    parent = LearnerFactory(username="paula")
    child = child_of(parent, username="kiddo")
    budget = budgets.budget_create(
        scope=Scope.USER, user=child, created_by=parent, limit_usd=USD("2.00"), action=Action.BLOCK
    )
    child_channel, parent_channel = _listen(child), _listen(parent)
    with django_capture_on_commit_callbacks(execute=True):
        spend(budget, "2.00", user=child)
    sent = [(message.to, message.subject) for message in mail.outbox]
    assert sent[:2] == [
        (["ops@example.com"], "[Django] Budget alert: Monthly budget for kiddo reached 50%"),
        (["paula@example.com"], "[Language Tutor] kiddo reached 50% of the AI budget"),
    ]
    assert [subject for to, subject in sent if to == ["paula@example.com"]] == [
        f"[Language Tutor] kiddo reached {threshold}% of the AI budget" for threshold in (50, 75, 90, 100)
    ]
    assert mail.outbox[-1].body == (
        "kiddo has used 100% of their monthly AI budget ($2.00 of $2.00). AI replies stop until the next period."
    )
    received = [listening.receive(child_channel)["text"] for _ in range(4)]
    assert received == [
        "You have used 50% of your monthly AI budget ($2.00 of $2.00).",
        "You have used 75% of your monthly AI budget ($2.00 of $2.00).",
        "You have used 90% of your monthly AI budget ($2.00 of $2.00).",
        "You have used 100% of your monthly AI budget ($2.00 of $2.00). AI replies stop until the next period.",
    ]
    assert listening.receive(parent_channel) == {
        "type": "notify",
        "kind": "budget",
        "text": "kiddo has used 50% of their monthly AI budget ($2.00 of $2.00).",
        "level": "info",
    }
    assert len(mail.outbox) == 8  # 4 thresholds × (admins + parent)


def test_an_alert_on_a_global_budget_emails_the_admins_only(django_capture_on_commit_callbacks, settings):
    settings.ADMINS = [("Ops", "ops@example.com")]
    budget = global_budget(name="All AI", thresholds=[50])
    with django_capture_on_commit_callbacks(execute=True):
        spend(budget, "6.00", user=UserFactory())
    assert [(message.to, message.subject, message.body) for message in mail.outbox] == [
        (
            ["ops@example.com"],
            "[Django] Budget alert: All AI reached 50%",
            "“All AI” has reached 50% ($6.00 of $10.00).",
        )
    ]


def test_banner_alerts_for_a_learner_and_their_parent():
    parent, other = LearnerFactory(username="paula"), LearnerFactory(username="otto")
    child = child_of(parent, username="kiddo")
    own = budgets.budget_create(scope=Scope.USER, user=parent, limit_usd=USD("1.00"), thresholds=[50], now=NOW)
    childs = budgets.budget_create(scope=Scope.USER, user=child, limit_usd=USD("1.00"), thresholds=[50, 90], now=NOW)
    global_budget(limit_usd=USD("1.00"), thresholds=[50], now=NOW)
    spend(own, "0.60", user=parent, now=NOW)
    spend(childs, "0.95", user=child, now=NOW)

    def banner(user):
        return [(alert.budget.user.username, alert.threshold) for alert in budgets.banner_alerts_for(user)]

    assert banner(parent) == [("kiddo", 90), ("kiddo", 50), ("paula", 50)]
    assert banner(child) == [("kiddo", 90), ("kiddo", 50)]
    assert banner(other) == []
    assert budgets.budget_alert_dismiss(user=child, alerts=BudgetAlert.objects.filter(threshold=90)) == 1
    assert banner(child) == [("kiddo", 50)]
    assert banner(parent) == [("kiddo", 90), ("kiddo", 50), ("paula", 50)]  # the parent's banner is the parent's
    budgets.budgets_roll_periods(now=NOW + dt.timedelta(days=31))
    assert banner(parent) == []
