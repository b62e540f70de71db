import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from admin_tools import budgets, insights, realtime, tasks
from admin_tools.models import AIModel, Budget, BudgetAlert, User
from admin_tools.tests.factories import AIModelFactory, UsageRecordFactory, UserFactory
from learning.tests.factories import LearnerFactory, child_of
from tests import listening

pytestmark = pytest.mark.django_db

USD = Decimal
# A Wednesday afternoon; periods are computed from explicit `now=` values (no clock patching).
NOW = dt.datetime(2026, 3, 18, 15, 30, tzinfo=dt.UTC)
Scope, Period, Action = Budget.Scope, Budget.Period, Budget.Action


def _global(**fields) -> Budget:
    return budgets.budget_create(**{"scope": Scope.GLOBAL, "limit_usd": USD("10.00"), **fields})


def _stored(budget: Budget) -> tuple[Decimal, Decimal]:
    budget.refresh_from_db()
    return budget.spent, budget.reserved


def _alerts(budget: Budget) -> list[tuple[dt.datetime, int]]:
    return list(budget.alerts.order_by("period_start", "threshold").values_list("period_start", "threshold"))


def _spend(budget: Budget, amount: str, *, user=None, model=None, now=None) -> budgets.Reservation:
    reservation = budgets.reserve(user=user, model=model or AIModelFactory(), estimate=USD(amount), now=now)
    budgets.settle(reservation, USD(amount))
    return reservation


# --- periods


@pytest.mark.parametrize(
    ("period", "start"),
    [
        (Period.DAILY, dt.datetime(2026, 3, 18, tzinfo=dt.UTC)),
        (Period.WEEKLY, dt.datetime(2026, 3, 16, tzinfo=dt.UTC)),
        (Period.MONTHLY, dt.datetime(2026, 3, 1, tzinfo=dt.UTC)),
        (Period.CUSTOM, NOW),
    ],
)
def test_period_start_is_the_calendar_start_in_utc(period, start):
    assert budgets.period_start(period, NOW) == start
    assert budgets.period_start(period, NOW.astimezone(dt.timezone(dt.timedelta(hours=-8)))) == start


@pytest.mark.parametrize(
    ("period", "custom_days", "start", "end"),
    [
        (Period.DAILY, None, dt.datetime(2026, 12, 31, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
        (Period.WEEKLY, None, dt.datetime(2026, 3, 16, tzinfo=dt.UTC), dt.datetime(2026, 3, 23, tzinfo=dt.UTC)),
        (Period.MONTHLY, None, dt.datetime(2026, 12, 1, tzinfo=dt.UTC), dt.datetime(2027, 1, 1, tzinfo=dt.UTC)),
        (Period.MONTHLY, None, dt.datetime(2026, 2, 1, tzinfo=dt.UTC), dt.datetime(2026, 3, 1, tzinfo=dt.UTC)),
        (Period.CUSTOM, 10, NOW, NOW + dt.timedelta(days=10)),
    ],
)
def test_period_end(period, custom_days, start, end):
    assert budgets.period_end(Budget(period=period, custom_days=custom_days, period_start=start)) == end


# --- creating and changing budgets


def test_budget_create_starts_the_current_period_with_the_defaults():
    budget = _global(now=NOW)
    budget.refresh_from_db()
    assert budget.thresholds == [50, 75, 90, 100]
    assert (budget.period, budget.action, budget.is_active) == (Period.MONTHLY, Action.WARN, True)
    assert budget.period_start == dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert (budget.spent, budget.reserved) == (USD(0), USD(0))
    assert str(budget) == "Monthly global budget"


def test_budget_create_counts_what_the_ledger_holds_for_the_current_period():
    learner, other = UserFactory(), UserFactory()
    UsageRecordFactory(user=learner, cost=USD("1.25"), created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    UsageRecordFactory(user=learner, cost=USD("0.50"), created_at=NOW - dt.timedelta(minutes=1))
    UsageRecordFactory(user=learner, cost=USD("7.00"), created_at=dt.datetime(2026, 2, 28, 23, 59, tzinfo=dt.UTC))
    UsageRecordFactory(user=other, cost=USD("3.00"), created_at=NOW - dt.timedelta(minutes=1))
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), now=NOW)
    assert _stored(budget) == (USD("1.75"), USD(0))
    assert _stored(_global(now=NOW)) == (USD("4.75"), USD(0))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"limit_usd": USD("-5")}, "limit_usd"),
        ({"limit_usd": USD("0")}, "limit_usd"),
        ({"limit_usd": USD("1.005")}, "limit_usd"),
        ({"thresholds": [75, 50, 90]}, "thresholds"),
        ({"thresholds": [50, 50]}, "thresholds"),
        ({"thresholds": [0, 50]}, "thresholds"),
        ({"thresholds": [50, 120]}, "thresholds"),
        ({"thresholds": []}, "thresholds"),
        ({"thresholds": ["50"]}, "thresholds"),
        ({"period": Period.CUSTOM}, "custom_days"),
        ({"period": Period.CUSTOM, "custom_days": 0}, "custom_days"),
        ({"period": "yearly"}, "period"),
        ({"action": "explode"}, "action"),
        ({"scope": "team"}, "scope"),
        ({"scope": Scope.USER}, "user"),
        ({"scope": Scope.PROVIDER}, "provider"),
        ({"scope": Scope.PROVIDER, "provider": "acme"}, "provider"),
        ({"provider": "anthropic"}, "provider"),
        ({"scope": Scope.MODEL}, "model"),
        ({"scope": Scope.MODEL, "model": 999_999}, "model"),
    ],
)
def test_budget_create_rejects_bad_input_naming_the_field(fields, field):
    with pytest.raises(ValidationError) as error:
        _global(**fields)
    assert list(error.value.message_dict) == [field]
    assert Budget.objects.exists() is False


def test_budget_create_for_each_scope():
    learner, model = UserFactory(username="lena"), AIModelFactory(display_name="Claude Test")
    created = [
        _global(),
        _global(scope=Scope.PROVIDER, provider="anthropic", period=Period.DAILY),
        _global(scope=Scope.MODEL, model=model, period=Period.WEEKLY),
        _global(scope=Scope.MODEL, model=model.pk, name="by id"),
        _global(scope=Scope.USER, user=learner),
        _global(period=Period.CUSTOM, custom_days=10),
    ]
    assert [str(budget) for budget in created] == [
        "Monthly global budget",
        "Daily Anthropic budget",
        "Weekly Claude Test budget",
        "by id",
        "Monthly budget for lena",
        "Custom global budget",
    ]


def test_budget_create_by_a_parent_is_for_their_own_child_only():
    parent, stranger = LearnerFactory(username="paula"), LearnerFactory()
    child = child_of(parent, username="kiddo")
    budget = budgets.budget_create(scope=Scope.USER, user=child, created_by=parent, limit_usd=USD("2.00"))
    assert (budget.user, budget.created_by) == (child, parent)
    with pytest.raises(PermissionDenied):
        budgets.budget_create(scope=Scope.USER, user=child, created_by=stranger, limit_usd=USD("2.00"))
    with pytest.raises(PermissionDenied):
        budgets.budget_create(scope=Scope.GLOBAL, created_by=parent, limit_usd=USD("2.00"))
    assert list(Budget.objects.all()) == [budget]


def test_budget_update_never_writes_back_stale_counters():
    budget = _global(action=Action.BLOCK)
    stale = Budget.objects.get(pk=budget.pk)
    _spend(budget, "3.00")
    budgets.reserve(user=None, model=AIModelFactory(), estimate=USD("1.00"))
    budgets.budget_update(budget=stale, limit_usd=USD("20.00"), thresholds=[80, 100])
    budget.refresh_from_db()
    assert (budget.limit_usd, budget.thresholds) == (USD("20.00"), [80, 100])
    assert (budget.spent, budget.reserved) == (USD("3.00"), USD("1.00"))
    assert (stale.spent, stale.reserved) == (USD("3.00"), USD("1.00"))


def test_budget_update_of_the_period_restarts_it_from_the_ledger():
    learner = UserFactory()
    UsageRecordFactory(user=learner, cost=USD("2.00"), created_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    UsageRecordFactory(user=learner, cost=USD("0.40"), created_at=NOW - dt.timedelta(hours=1))
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), now=NOW)
    assert _stored(budget) == (USD("2.40"), USD(0))
    budgets.budget_update(budget=budget, period=Period.DAILY, now=NOW)
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent) == (dt.datetime(2026, 3, 18, tzinfo=dt.UTC), USD("0.40"))


def test_budget_update_rejects_bad_input_and_changes_nothing():
    budget = _global()
    with pytest.raises(ValidationError) as error:
        budgets.budget_update(budget=budget, thresholds=[90, 50], limit_usd=USD("-1"))
    assert sorted(error.value.message_dict) == ["limit_usd", "thresholds"]
    budget.refresh_from_db()
    assert (budget.limit_usd, budget.thresholds) == (USD("10.00"), [50, 75, 90, 100])
    with pytest.raises(TypeError):
        budgets.budget_update(budget=budget, spent=USD("0"))


# --- which budgets cover a call


def test_applicable_budgets_are_the_calls_scopes():
    learner, other = UserFactory(), UserFactory()
    model, other_model = AIModelFactory(provider="anthropic"), AIModelFactory(provider="openai_compat")
    covering = [
        _global(),
        _global(scope=Scope.PROVIDER, provider="anthropic"),
        _global(scope=Scope.MODEL, model=model),
        _global(scope=Scope.USER, user=learner),
    ]
    _global(scope=Scope.PROVIDER, provider="openai_compat")
    _global(scope=Scope.MODEL, model=other_model)
    _global(scope=Scope.USER, user=other)
    budgets.budget_update(budget=_global(), is_active=False)
    assert list(budgets.applicable_budgets(user=learner, model=model).order_by("pk")) == covering
    assert list(budgets.applicable_budgets(user=None, model=model).order_by("pk")) == covering[:3]


def test_a_parents_budget_for_a_child_covers_the_child_only():
    parent = LearnerFactory(username="paula")
    child, sibling = child_of(parent, username="kiddo"), child_of(parent, username="sis")
    model = AIModelFactory()
    budget = budgets.budget_create(
        scope=Scope.USER, user=child, created_by=parent, limit_usd=USD("1.00"), action=Action.BLOCK
    )
    assert list(budgets.applicable_budgets(user=child, model=model)) == [budget]
    assert list(budgets.applicable_budgets(user=parent, model=model)) == []
    assert list(budgets.applicable_budgets(user=sibling, model=model)) == []
    assert budgets.reserve(user=parent, model=model, estimate=USD("5.00")).refused is False
    assert budgets.reserve(user=child, model=model, estimate=USD("5.00")).refused is True
    assert list(Budget.objects.concerning(parent)) == [budget]
    assert list(Budget.objects.for_user(child)) == [budget]
    assert list(Budget.objects.for_user(sibling)) == []


# --- reserve, settle, release


def test_reserve_holds_the_estimate_in_every_covering_budget():
    learner, model = UserFactory(), AIModelFactory()
    covering = [_global(action=Action.BLOCK), _global(scope=Scope.USER, user=learner, action=Action.FALLBACK)]
    elsewhere = _global(scope=Scope.USER, user=UserFactory())
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.0123451"))
    assert (reservation.amount, reservation.refused, reservation.skip_model) == (USD("0.012346"), False, False)
    assert reservation.budget_ids == tuple(budget.pk for budget in covering)
    assert [_stored(budget) for budget in covering] == [(USD(0), USD("0.012346"))] * 2
    assert _stored(elsewhere) == (USD(0), USD(0))


def test_settle_replaces_the_estimate_by_the_actual_cost():
    learner, model = UserFactory(), AIModelFactory()
    budget = _global(scope=Scope.USER, user=learner, action=Action.BLOCK)
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.50"))
    budgets.reserve(user=learner, model=model, estimate=USD("0.25"))
    budgets.settle(reservation, USD("0.3125"))
    assert _stored(budget) == (USD("0.312500"), USD("0.25"))


def test_release_gives_the_estimate_back():
    model = AIModelFactory()
    budget = _global(action=Action.BLOCK)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("4.00"))
    budgets.release(reservation)
    assert _stored(budget) == (USD(0), USD(0))


def test_reserve_refuses_at_a_blocking_limit_and_holds_nothing():
    learner, model = UserFactory(), AIModelFactory()
    warn = _global(limit_usd=USD("100.00"))
    block = _global(scope=Scope.USER, user=learner, limit_usd=USD("1.00"), action=Action.BLOCK)
    _spend(block, "0.80", user=learner, model=model)
    assert budgets.reserve(user=learner, model=model, estimate=USD("0.20")).refused is False
    reservation = budgets.reserve(user=learner, model=model, estimate=USD("0.01"))
    assert (reservation.refused, reservation.skip_model) == (True, False)
    assert (reservation.budget_ids, reservation.full_budget_ids) == ((), (block.pk,))
    assert _stored(warn) == (USD("0.80"), USD("0.20"))
    assert _stored(block) == (USD("0.80"), USD("0.20"))


def test_reserve_at_a_fallback_limit_skips_the_model():
    expensive, cheap = AIModelFactory(), AIModelFactory(price_input=USD("1"))
    budget = _global(scope=Scope.MODEL, model=expensive, limit_usd=USD("1.00"), action=Action.FALLBACK)
    _spend(budget, "0.90", model=expensive)
    reservation = budgets.reserve(user=None, model=expensive, estimate=USD("0.20"))
    assert (reservation.refused, reservation.skip_model, reservation.budget_ids) == (False, True, ())
    assert budgets.reserve(user=None, model=cheap, estimate=USD("0.20")).skip_model is False
    assert _stored(budget) == (USD("0.90"), USD(0))


def test_reserve_with_a_full_blocking_and_fallback_budget_is_refused():
    model = AIModelFactory()
    _global(limit_usd=USD("1.00"), action=Action.BLOCK)
    _global(scope=Scope.MODEL, model=model, limit_usd=USD("1.00"), action=Action.FALLBACK)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("2.00"))
    assert (reservation.refused, reservation.skip_model, len(reservation.full_budget_ids)) == (True, False, 2)


def test_a_warn_budget_never_refuses():
    model = AIModelFactory()
    budget = _global(limit_usd=USD("1.00"))
    _spend(budget, "3.00", model=model)
    reservation = budgets.reserve(user=None, model=model, estimate=USD("5.00"))
    assert (reservation.refused, reservation.skip_model) == (False, False)
    assert _stored(budget) == (USD("3.00"), USD("5.00"))


def test_a_free_call_passes_a_spent_blocking_budget():
    offline = AIModelFactory(provider="offline", price_input=0, price_output=0)
    budget = _global(limit_usd=USD("1.00"), action=Action.BLOCK)
    _spend(budget, "1.00")
    reservation = budgets.reserve(user=None, model=offline, estimate=USD(0))
    assert (reservation.refused, reservation.budget_ids) == (False, (budget.pk,))
    budgets.settle(reservation, USD(0))
    assert _stored(budget) == (USD("1.00"), USD(0))


def test_settle_after_a_rollover_leaves_the_new_periods_reservations_alone():
    model = AIModelFactory()
    budget = _global(period=Period.DAILY, action=Action.BLOCK, now=NOW)
    before = budgets.reserve(user=None, model=model, estimate=USD("2.00"), now=NOW)
    tomorrow = NOW + dt.timedelta(days=1)
    after = budgets.reserve(user=None, model=model, estimate=USD("3.00"), now=tomorrow)
    assert _stored(budget) == (USD(0), USD("3.00"))
    budgets.settle(before, USD("1.50"))  # the call that straddled midnight is charged to the new day
    assert _stored(budget) == (USD("1.50"), USD("3.00"))
    budgets.release(after)
    assert _stored(budget) == (USD("1.50"), USD(0))


def test_reserve_rejects_a_negative_estimate():
    with pytest.raises(ValueError):
        budgets.reserve(user=None, model=AIModelFactory(), estimate=USD("-0.01"))


def _race(*, calls: int, action: str, estimate: Decimal, actual: Decimal) -> tuple[Budget, list, list]:
    learner, model = UserFactory(), AIModelFactory()
    budget = budgets.budget_create(scope=Scope.USER, user=learner, limit_usd=USD("5.00"), action=action)
    in_flight = threading.Barrier(calls, timeout=60)
    reservations, errors = [], []

    def call():
        try:
            reservation = budgets.reserve(user=learner, model=model, estimate=estimate)
            connection.close()  # back to the pool while "calling the provider" (PostgreSQL)
            in_flight.wait()  # every call has reserved before any settles: nothing is freed early
            if reservation.budget_ids:
                budgets.settle(reservation, actual)
            reservations.append(reservation)
        except Exception as error:  # reported by the assertion below, not swallowed
            errors.append(error)
            in_flight.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=call) for _ in range(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return budget, reservations, errors


@pytest.mark.django_db(transaction=True)
def test_concurrent_calls_never_pass_a_blocking_limit():
    """50 calls at once, room for exactly 10 estimates: 10 run, 40 are refused, the limit holds."""
    budget, reservations, errors = _race(calls=50, action=Action.BLOCK, estimate=USD("0.50"), actual=USD("0.45"))
    assert errors == []
    assert sum(1 for r in reservations if r.budget_ids) == 10
    assert sum(1 for r in reservations if r.refused) == 40
    assert not any(r.skip_model for r in reservations)
    assert _stored(budget) == (USD("4.50"), USD(0))
    assert [threshold for _, threshold in _alerts(budget)] == [50, 75, 90]


@pytest.mark.django_db(transaction=True)
def test_concurrent_calls_at_a_fallback_limit_skip_the_model():
    budget, reservations, errors = _race(calls=50, action=Action.FALLBACK, estimate=USD("0.50"), actual=USD("0.50"))
    assert errors == []
    assert sum(1 for r in reservations if r.budget_ids) == 10
    assert sum(1 for r in reservations if r.skip_model and not r.refused) == 40
    assert _stored(budget) == (USD("5.00"), USD(0))
    assert [threshold for _, threshold in _alerts(budget)] == [50, 75, 90, 100]


# --- periods roll over


def test_budgets_roll_periods_resets_the_budgets_whose_period_ended():
    model = AIModelFactory()
    daily = _global(period=Period.DAILY, now=NOW)
    monthly = _global(scope=Scope.MODEL, model=model, now=NOW)
    custom = _global(period=Period.CUSTOM, custom_days=10, name="ten days", now=NOW)
    _spend(daily, "2.00", model=model, now=NOW)
    budgets.reserve(user=None, model=model, estimate=USD("1.00"), now=NOW)

    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(hours=8)) == 0
    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(days=12)) == 2
    for budget in (daily, monthly, custom):
        budget.refresh_from_db()
    assert (daily.period_start, daily.spent, daily.reserved) == (dt.datetime(2026, 3, 30, tzinfo=dt.UTC), 0, 0)
    assert (custom.period_start, custom.spent, custom.reserved) == (NOW + dt.timedelta(days=10), 0, 0)
    assert (monthly.period_start, monthly.spent, monthly.reserved) == (
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        USD("2.00"),
        USD("1.00"),
    )
    assert budgets.budgets_roll_periods(now=NOW + dt.timedelta(days=12)) == 0


def test_reserve_rolls_an_ended_period_over_before_checking_the_limit():
    model = AIModelFactory()
    budget = _global(period=Period.DAILY, limit_usd=USD("1.00"), action=Action.BLOCK, now=NOW)
    _spend(budget, "1.00", model=model, now=NOW)
    assert budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=NOW).refused is True
    reservation = budgets.reserve(user=None, model=model, estimate=USD("0.10"), now=NOW + dt.timedelta(days=1))
    assert reservation.refused is False
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent, budget.reserved) == (
        dt.datetime(2026, 3, 19, tzinfo=dt.UTC),
        USD(0),
        USD("0.10"),
    )


def test_the_beat_rolls_periods_every_five_minutes():
    assert settings.CELERY_BEAT_SCHEDULE["budgets-roll-periods"] == {
        "task": "admin_tools.tasks.budgets_roll_periods",
        "schedule": 300.0,
    }
    budget = _global(period=Period.DAILY)
    _spend(budget, "1.00")
    Budget.objects.filter(pk=budget.pk).update(period_start=budget.period_start - dt.timedelta(days=3))
    tasks.budgets_roll_periods()
    budget.refresh_from_db()
    assert (budget.period_start, budget.spent) == (budgets.period_start(Period.DAILY, timezone.now()), 0)


# --- alerts


def test_settle_raises_each_threshold_once_per_period():
    model = AIModelFactory()
    budget = _global(now=NOW)
    march, april = dt.datetime(2026, 3, 1, tzinfo=dt.UTC), dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
    _spend(budget, "5.10", model=model, now=NOW)
    assert _alerts(budget) == [(march, 50)]
    _spend(budget, "1.00", model=model, now=NOW)
    assert _alerts(budget) == [(march, 50)]
    budgets.budget_update(budget=budget, limit_usd=USD("20.00"))  # 30 %: below 50 % again
    _spend(budget, "4.00", model=model, now=NOW)  # crosses 50 % a second time this period
    assert _alerts(budget) == [(march, 50)]
    _spend(budget, "5.00", model=model, now=NOW)
    assert _alerts(budget) == [(march, 50), (march, 75)]
    _spend(budget, "11.00", model=model, now=NOW + dt.timedelta(days=20))  # April: new period
    assert _alerts(budget) == [(march, 50), (march, 75), (april, 50)]
    assert list(BudgetAlert.objects.filter(period_start=april).values_list("spent", flat=True)) == [USD("11.00")]


def test_settle_raises_every_threshold_a_large_call_crosses_at_once():
    budget = _global(thresholds=[10, 20, 95])
    _spend(budget, "2.50")
    assert [threshold for _, threshold in _alerts(budget)] == [10, 20]


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
        _spend(budget, "2.00", user=child)
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
    budget = _global(name="All AI", thresholds=[50])
    with django_capture_on_commit_callbacks(execute=True):
        _spend(budget, "6.00", user=UserFactory())
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
    _global(limit_usd=USD("1.00"), thresholds=[50], now=NOW)
    _spend(own, "0.60", user=parent, now=NOW)
    _spend(childs, "0.95", user=child, now=NOW)

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


# --- forecast and recommendations


def test_forecast_projects_the_spend_to_the_end_of_the_period():
    budget = _global(period=Period.DAILY, now=NOW)  # 15:30 of a 24 h day
    _spend(budget, "3.10", now=NOW)
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
    near = _global(name="Near", limit_usd=USD("10.00"), now=NOW)
    pace = _global(name="Pace", limit_usd=USD("100.00"), period=Period.WEEKLY, now=NOW)
    _global(name="Fine", limit_usd=USD("100.00"), now=NOW)
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
    budget = _global(name="All AI", thresholds=[50])
    _spend(budget, "6.00")
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
    budget = _global(thresholds=[50, 75])
    _spend(budget, "8.00")
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
