"""Budgets: spending limits per scope and period, enforced by reserving a call's estimated cost
before the call and settling its real cost after.

Race safety: a call first locks the rows of the budgets that cover it (SELECT … FOR UPDATE, in
primary-key order, so two calls covering the same budgets cannot deadlock), then reserves in all of
them with one conditional UPDATE: a blocking or fallback budget only takes the estimate while
`spent + reserved + estimate <= limit`. Under the lock PostgreSQL evaluates that on the latest
committed values, and SQLite runs the whole transaction under its single write lock, so concurrent
calls can never together pass the limit. Settling locks the same way, and writes the call's ledger row
in the same transaction, so budgets and ledger always agree.

On PostgreSQL each step is a single statement (lock, check and update in CTEs: one round trip however
many budgets cover the call, the gateway's whole database cost per call being two); on SQLite, and on
PostgreSQL when a covering budget's period has ended, the ORM path does it in one transaction of a few
queries.

Periods are calendar periods in UTC (day, ISO week from Monday, month) or runs of `custom_days`
days from the moment the budget was created. A budget whose period has ended is rolled over lazily
by the next call that touches it, and by the beat task `budgets_roll_periods` every few minutes.
"""

import datetime as dt
import functools
import json
import logging
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import mail_admins, send_mail
from django.db import IntegrityError, connection, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Greatest
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from admin_tools import realtime
from admin_tools.models import AIModel, Budget, BudgetAlert, UsageRecord, User, default_thresholds

log = logging.getLogger(__name__)
MICRO = Decimal("0.000001")  # the precision of `spent`, `reserved` and ledger costs
# Amounts are whole micro-dollars, so half of one is no real money: it only absorbs the float
# rounding of SQLite's arithmetic on decimals (PostgreSQL's numeric is exact).
TOLERANCE = Decimal("0.0000005")
BUDGET_FIELDS = [
    "name",
    "scope",
    "provider",
    "model",
    "user",
    "period",
    "custom_days",
    "limit_usd",
    "thresholds",
    "action",
    "is_active",
]
# Changing what a budget counts, or how, starts its current period afresh from the ledger.
REANCHOR_FIELDS = {"scope", "provider", "model_id", "user_id", "period", "is_active"}


@dataclass(frozen=True)
class Reservation:
    """What `reserve` held. `refused`: a blocking budget has no room, so the call must not be made.
    `skip_model`: a fallback budget has no room, so try a cheaper model (or the offline tutor).
    When either is set nothing is held, and `full_budget_ids` names the budgets without room."""

    amount: Decimal
    budget_ids: tuple[int, ...] = ()
    refused: bool = False
    skip_model: bool = False
    # The period each held budget was in, so a release after a rollover leaves the new period alone.
    period_starts: tuple[dt.datetime, ...] = ()
    full_budget_ids: tuple[int, ...] = ()


# --- periods


def period_start(period: str, now: dt.datetime) -> dt.datetime:
    """Start of the calendar period containing `now` (UTC); a custom period starts at `now`."""
    now = now.astimezone(dt.UTC)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == Budget.Period.DAILY:
        return day
    if period == Budget.Period.WEEKLY:
        return day - dt.timedelta(days=day.weekday())
    if period == Budget.Period.MONTHLY:
        return day.replace(day=1)
    return now


def period_end(budget: Budget) -> dt.datetime:
    start = budget.period_start.astimezone(dt.UTC)
    if budget.period == Budget.Period.DAILY:
        return start + dt.timedelta(days=1)
    if budget.period == Budget.Period.WEEKLY:
        return start + dt.timedelta(days=7)
    if budget.period == Budget.Period.MONTHLY:
        return (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return start + dt.timedelta(days=budget.custom_days)


def _current_start(budget: Budget, now: dt.datetime) -> dt.datetime:
    """Start of the period that contains `now`, for a budget whose period has ended."""
    if budget.period != Budget.Period.CUSTOM:
        return period_start(budget.period, now)
    length = dt.timedelta(days=budget.custom_days)
    return budget.period_start + length * ((now - budget.period_start) // length)


def _roll(budget: Budget, now: dt.datetime) -> dt.datetime:
    """Move an ended budget to its current period with nothing spent or reserved. Conditional on the
    old start, so when two callers race only one resets; both compute the same new start."""
    new_start = _current_start(budget, now)
    Budget.objects.filter(pk=budget.pk, period_start=budget.period_start).update(
        period_start=new_start, spent=0, reserved=0
    )
    budget.period_start, budget.spent, budget.reserved = new_start, Decimal(0), Decimal(0)
    return new_start


def budgets_roll_periods(now: dt.datetime | None = None) -> int:
    """Reset every budget whose period has ended (run by Celery beat). Returns how many rolled."""
    now = now or timezone.now()
    rolled = 0
    for budget in Budget.objects.order_by("pk"):
        if period_end(budget) <= now:
            with transaction.atomic():
                _roll(budget, now)
            rolled += 1
    return rolled


# --- creating and changing budgets


def budget_create(
    *,
    scope: str,
    limit_usd: Decimal,
    period: str = Budget.Period.MONTHLY,
    action: str = Budget.Action.WARN,
    thresholds: list[int] | None = None,
    provider: str = "",
    model: AIModel | int | None = None,
    user: User | None = None,
    custom_days: int | None = None,
    name: str = "",
    created_by: User | None = None,
    now: dt.datetime | None = None,
) -> Budget:
    """A budget whose current period counts what the ledger already holds for it.

    A creator who is not staff may only budget themselves or a child they manage."""
    if created_by is not None and not created_by.is_staff:
        own_or_child = user is not None and (
            user.pk == created_by.pk or User.objects.children_of(created_by).filter(pk=user.pk).exists()
        )
        if scope != Budget.Scope.USER or not own_or_child:
            raise PermissionDenied("Only your own budget or your children's.")
    budget = Budget(
        name=name,
        scope=scope,
        provider=provider,
        user=user,
        created_by=created_by,
        period=period,
        custom_days=custom_days,
        limit_usd=limit_usd,
        thresholds=default_thresholds() if thresholds is None else list(thresholds),
        action=action,
    )
    if isinstance(model, AIModel):
        budget.model = model
    else:
        budget.model_id = model  # an id, validated (exists?) by full_clean
    return budget_save(budget=budget, now=now)


def budget_update(*, budget: Budget, now: dt.datetime | None = None, **changes) -> Budget:
    unknown = set(changes) - set(BUDGET_FIELDS)
    if unknown:
        raise TypeError(f"Not a budget setting: {', '.join(sorted(unknown))}")
    for field, value in changes.items():
        setattr(budget, field, value)
    return budget_save(budget=budget, now=now)


@transaction.atomic
def budget_save(*, budget: Budget, now: dt.datetime | None = None) -> Budget:
    """Validate and store a new or edited budget (the admin saves through here too).

    `spent` and `reserved` move under concurrent calls, so an edit never writes them back from a
    stale instance: only the settings are saved. A new budget, or one that now counts something
    else (scope, target, period, reactivated), starts its current period with the ledger's spend."""
    now = now or timezone.now()
    if budget.pk is None:
        budget.period_start = period_start(budget.period, now)
        budget.full_clean()
        budget.spent = _ledger_spend(budget, since=budget.period_start, until=now)
        budget.reserved = Decimal(0)
        budget.save()
        return budget
    stored = Budget.objects.select_for_update().get(pk=budget.pk)
    budget.full_clean(exclude=["period_start", "spent", "reserved"])
    budget.save(update_fields=[*BUDGET_FIELDS, "created_by"])
    if any(getattr(stored, field) != getattr(budget, field) for field in REANCHOR_FIELDS):
        budget.period_start = period_start(budget.period, now)
        budget.spent = _ledger_spend(budget, since=budget.period_start, until=now)
        budget.reserved = Decimal(0)
        budget.save(update_fields=["period_start", "spent", "reserved"])
    else:
        budget.period_start, budget.spent, budget.reserved = stored.period_start, stored.spent, stored.reserved
    return budget


def _ledger_filter(budget: Budget) -> Q:
    return {
        Budget.Scope.GLOBAL: Q(),
        Budget.Scope.PROVIDER: Q(provider=budget.provider),
        Budget.Scope.MODEL: Q(model_id=budget.model_id),
        Budget.Scope.USER: Q(user_id=budget.user_id),
    }[budget.scope]


def _ledger_spend(budget: Budget, *, since: dt.datetime, until: dt.datetime) -> Decimal:
    rows = UsageRecord.objects.filter(_ledger_filter(budget), created_at__gte=since, created_at__lte=until)
    return rows.aggregate(total=Sum("cost"))["total"] or Decimal(0)


# --- enforcement


def applicable_budgets(*, user: User | None, model: AIModel) -> QuerySet[Budget]:
    """The active budgets that cover a call by `user` to `model`. A child's budget set by its parent
    is a user budget of the child, so it covers the child's calls only."""
    covers = (
        Q(scope=Budget.Scope.GLOBAL)
        | Q(scope=Budget.Scope.PROVIDER, provider=model.provider)
        | Q(scope=Budget.Scope.MODEL, model=model)
    )
    if user is not None:
        covers |= Q(scope=Budget.Scope.USER, user=user)
    return Budget.objects.active().filter(covers)


class _NoRoom(Exception):
    def __init__(self, full: list[Budget]):
        self.full = full


def reserve(*, user: User | None, model: AIModel, estimate: Decimal, now: dt.datetime | None = None) -> Reservation:
    """Hold `estimate` (USD) in every budget that covers the call, all or nothing. A free call
    (estimate 0) cannot overspend, so it is never refused."""
    if estimate < 0:
        raise ValueError("A cost estimate cannot be negative.")
    now = now or timezone.now()
    amount = estimate.quantize(MICRO, rounding=ROUND_UP)
    if connection.vendor == "postgresql":
        reservation = _reserve_in_one_statement(user=user, model=model, amount=amount, now=now)
        if reservation is not None:
            return reservation
    has_room = Q(action=Budget.Action.WARN) | Q(limit_usd__gte=F("spent") + F("reserved") + Value(amount - TOLERANCE))
    covering = applicable_budgets(user=user, model=model).annotate(
        has_room=ExpressionWrapper(has_room, output_field=BooleanField())
    )
    try:
        with transaction.atomic():
            budgets = _locked(covering)
            ended = [budget for budget in budgets if period_end(budget) <= now]
            for budget in ended:
                _roll(budget, now)
            if ended:
                budgets = _locked(covering)
            ids = [budget.pk for budget in budgets]
            if amount and Budget.objects.filter(has_room, pk__in=ids).update(reserved=F("reserved") + amount) < len(
                ids
            ):
                raise _NoRoom([budget for budget in budgets if not budget.has_room])  # rolls back what it held
    except _NoRoom as no_room:
        return _refusal(amount, [(budget.pk, budget.action) for budget in no_room.full])
    return Reservation(
        amount=amount, budget_ids=tuple(ids), period_starts=tuple(budget.period_start for budget in budgets)
    )


def _refusal(amount: Decimal, full: list[tuple[int, str]]) -> Reservation:
    """Nothing held: `full` lists the (id, action) of the budgets without room."""
    actions = {action for _, action in full}
    return Reservation(
        amount=amount,
        refused=Budget.Action.BLOCK in actions,
        skip_model=Budget.Action.FALLBACK in actions,
        full_budget_ids=tuple(budget_id for budget_id, _ in full),
    )


# PostgreSQL: the covering rows are locked in primary-key order (FOR UPDATE in a materialised CTE, so the
# locks are taken in the sorted order), checked on their latest committed values (READ COMMITTED re-reads a
# row it had to wait for), and held in all of them or none, in one statement: one round trip instead of four.
# A budget whose period has ended is left to the general path, which rolls it over first.
_PERIOD_END = """
    CASE budget.period
        WHEN 'daily' THEN budget.period_start + interval '24 hours'
        WHEN 'weekly' THEN budget.period_start + interval '168 hours'
        WHEN 'monthly' THEN (
            date_trunc('month', budget.period_start AT TIME ZONE 'UTC')
            + (budget.period_start AT TIME ZONE 'UTC' - date_trunc('day', budget.period_start AT TIME ZONE 'UTC'))
            + interval '1 month'
        ) AT TIME ZONE 'UTC'
        ELSE budget.period_start + budget.custom_days * interval '24 hours'
    END"""
_RESERVE_SQL = f"""
WITH covering AS MATERIALIZED (
    SELECT budget.id, budget.action, budget.period_start,
           (budget.action = 'warn' OR budget.limit_usd >= budget.spent + budget.reserved + %(room)s) AS has_room,
           ({_PERIOD_END}) <= %(now)s AS ended
    FROM {Budget._meta.db_table} AS budget
    WHERE budget.is_active AND (
        budget.scope = 'global'
        OR (budget.scope = 'provider' AND budget.provider = %(provider)s)
        OR (budget.scope = 'model' AND budget.model_id = %(model)s)
        OR (budget.scope = 'user' AND budget.user_id = %(user)s)
    )
    ORDER BY budget.id
    FOR UPDATE
), held AS (
    UPDATE {Budget._meta.db_table} AS budget SET reserved = budget.reserved + %(amount)s
    FROM covering
    WHERE budget.id = covering.id AND %(amount)s > 0
      AND NOT EXISTS (SELECT 1 FROM covering WHERE NOT covering.has_room OR covering.ended)
    RETURNING budget.id
)
SELECT id, action, period_start, has_room, ended FROM covering ORDER BY id
"""


def _reserve_in_one_statement(*, user: User | None, model: AIModel, amount: Decimal, now: dt.datetime):
    """`reserve` on PostgreSQL; None (and nothing held) when a covering budget's period has ended."""
    parameters = {
        "room": amount - TOLERANCE,
        "amount": amount,
        "now": now,
        "provider": model.provider,
        "model": model.pk,
        "user": user.pk if user is not None else None,
    }
    with connection.cursor() as cursor:
        cursor.execute(_RESERVE_SQL, parameters)
        rows = cursor.fetchall()
    if any(ended for *_, ended in rows):
        return None
    full = [(budget_id, action) for budget_id, action, _, has_room, _ in rows if not has_room]
    if amount and full:
        return _refusal(amount, full)
    return Reservation(
        amount=amount,
        budget_ids=tuple(row[0] for row in rows),
        period_starts=tuple(row[2] for row in rows),
    )


def _locked(budgets: QuerySet[Budget]) -> list[Budget]:
    """The rows, locked until commit, in primary-key order (the order every caller locks in)."""
    return list(budgets.select_for_update(of=("self",)).order_by("pk"))


def release(reservation: Reservation) -> None:
    """Give back what a call held when it failed before costing anything."""
    if reservation.budget_ids and reservation.amount:
        with transaction.atomic():
            _locked(Budget.objects.filter(pk__in=reservation.budget_ids))
            _apply(reservation, Decimal(0))


def settle(reservation: Reservation, actual: Decimal, *, record: UsageRecord | None = None) -> None:
    """Replace the held estimate by the call's real cost, then raise the alerts it crossed. `record`, the
    call's ledger row (unsaved), is written in the same transaction: budgets and ledger never disagree."""
    if actual < 0:
        raise ValueError("A cost cannot be negative.")
    if not reservation.budget_ids or not (reservation.amount or actual):
        if record is not None:
            record.save()
        return
    actual = actual.quantize(MICRO)
    if connection.vendor == "postgresql":
        _settle_in_one_statement(reservation, actual, record)
        return
    with transaction.atomic():
        budgets = _locked(Budget.objects.filter(pk__in=reservation.budget_ids))
        _apply(reservation, actual)
        if record is not None:
            record.save()
        if actual:
            for budget in budgets:  # what the UPDATE stored: nobody else can write these rows until commit
                budget.spent += actual
            _alerts_raise(budgets)


def _apply(reservation: Reservation, actual: Decimal) -> None:
    """One UPDATE for all the reservation's budgets (their rows are locked by the caller). A budget
    rolled over since the reservation has dropped it already; the cost lands in the current period."""
    released = Case(
        *[
            When(pk=budget_id, period_start=start, then=Greatest(F("reserved") - reservation.amount, Value(Decimal(0))))
            for budget_id, start in zip(reservation.budget_ids, reservation.period_starts, strict=True)
        ],
        default=F("reserved"),
    )
    Budget.objects.filter(pk__in=reservation.budget_ids).update(reserved=released, spent=F("spent") + actual)


def _settle_in_one_statement(reservation: Reservation, actual: Decimal, record: UsageRecord | None) -> None:
    """`settle` on PostgreSQL: lock in primary-key order, apply, and write the ledger row, in one statement
    that returns what it stored; the alerts are looked up only for a budget that has reached a threshold."""
    held = ", ".join(["(%s, %s::timestamptz)"] * len(reservation.budget_ids))
    table = Budget._meta.db_table
    settle_sql = f"""
    locked AS MATERIALIZED (
        SELECT id FROM {table} WHERE id = ANY(%s) ORDER BY id FOR UPDATE
    ), settled AS (
        UPDATE {table} AS budget SET
            reserved = CASE WHEN (budget.id, budget.period_start) IN ({held})
                       THEN GREATEST(budget.reserved - %s, 0) ELSE budget.reserved END,
            spent = budget.spent + %s
        FROM locked
        WHERE budget.id = locked.id
        RETURNING budget.id, budget.period_start, budget.spent, budget.limit_usd, budget.thresholds
    )"""
    pairs = [value for pair in zip(reservation.budget_ids, reservation.period_starts, strict=True) for value in pair]
    params = [list(reservation.budget_ids), *pairs, reservation.amount, actual]
    columns = "settled.id, settled.period_start, settled.spent, settled.limit_usd, settled.thresholds"
    if record is None:
        sql = f"WITH {settle_sql} SELECT {columns}, NULL FROM settled"
    else:
        pre_save.send(sender=UsageRecord, instance=record, raw=False, using=connection.alias, update_fields=None)
        insert_sql, insert_params = _insert_sql(record)
        sql = f"""WITH {settle_sql}, recorded AS ({insert_sql} RETURNING id)
        SELECT {columns}, recorded.id FROM recorded LEFT JOIN settled ON TRUE"""
        params += insert_params
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if record is not None:
        record.pk = rows[0][-1]
        record._state.adding, record._state.db = False, connection.alias
        post_save.send(
            sender=UsageRecord, instance=record, created=True, update_fields=None, raw=False, using=connection.alias
        )
    if not actual:
        return
    reached = {}
    for budget_id, start, spent, limit, thresholds, _ in rows:
        if budget_id is None:  # the budgets were deleted since the reservation
            continue
        thresholds = json.loads(thresholds) if isinstance(thresholds, str) else thresholds
        if crossed := {threshold for threshold in thresholds if spent * 100 >= limit * threshold}:
            reached[budget_id] = (start, spent, crossed)
    if not reached:
        return
    raised = set(
        BudgetAlert.objects.filter(
            Q(
                *[Q(budget_id=budget_id, period_start=start) for budget_id, (start, _, _) in reached.items()],
                _connector=Q.OR,
            )
        ).values_list("budget_id", "threshold")
    )
    due = {budget_id for budget_id, (_, _, crossed) in reached.items() if {(budget_id, t) for t in crossed} - raised}
    if not due:
        return
    budgets = list(Budget.objects.filter(pk__in=due).order_by("pk"))
    for budget in budgets:  # as this call left it: the row may have moved on since the statement
        budget.period_start, budget.spent, _ = reached[budget.pk]
    _alerts_raise(budgets)


@functools.cache
def _insert_template() -> tuple[str, tuple]:
    """The ledger's INSERT on PostgreSQL, built once: every column but the id, each value a plain parameter."""
    fields = tuple(f for f in UsageRecord._meta.local_concrete_fields if f is not UsageRecord._meta.auto_field)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    return f"INSERT INTO {quote(UsageRecord._meta.db_table)} ({columns}) VALUES ({placeholders})", fields


def _insert_sql(record: UsageRecord) -> tuple[str, list]:
    """The INSERT that record.save() would run (auto_now_add filled in), for a statement that does more."""
    sql, fields = _insert_template()
    return sql, [field.get_db_prep_save(field.pre_save(record, True), connection) for field in fields]


# --- alerts


def _alerts_raise(budgets: list[Budget]) -> None:
    """One alert per threshold reached per period. Called under the budget rows' locks, and the
    unique constraint de-duplicates anything that still races."""
    reached = {
        budget: [t for t in budget.thresholds if budget.spent * 100 >= budget.limit_usd * t] for budget in budgets
    }
    reached = {budget: thresholds for budget, thresholds in reached.items() if thresholds}
    if not reached:
        return
    raised = set(
        BudgetAlert.objects.filter(
            Q(*[Q(budget=budget, period_start=budget.period_start) for budget in reached], _connector=Q.OR)
        ).values_list("budget_id", "threshold")
    )
    for budget, thresholds in reached.items():
        for threshold in thresholds:
            if (budget.pk, threshold) in raised:
                continue
            try:
                with transaction.atomic():
                    alert = BudgetAlert.objects.create(
                        budget=budget, period_start=budget.period_start, threshold=threshold, spent=budget.spent
                    )
            except IntegrityError:
                continue  # a concurrent call raised it first
            _alert_announce(alert)


def _alert_announce(alert: BudgetAlert) -> None:
    """After commit: e-mail the admins (and the parent of a child), tell the learner (and parent) live."""
    budget = alert.budget
    transaction.on_commit(lambda: budget_alert_email(alert=alert))
    if budget.scope != Budget.Scope.USER:
        return
    own_text = alert_text(alert, to_owner=True)
    transaction.on_commit(lambda: realtime.notify_user(budget.user_id, kind="budget", text=own_text))
    parent_link = getattr(budget.user, "parent_link", None)
    if parent_link is not None:
        text = alert_text(alert, to_owner=False)
        transaction.on_commit(lambda: realtime.notify_user(parent_link.parent_id, kind="budget", text=text))


def alert_text(alert: BudgetAlert, *, to_owner: bool) -> str:
    """The alert in words: to the learner whose budget it is, or to anyone else (parent, admins)."""
    budget = alert.budget
    amounts = f"${alert.spent.quantize(Decimal('0.01'))} of ${budget.limit_usd}"
    period = f"{budget.custom_days}-day" if budget.period == Budget.Period.CUSTOM else budget.period
    if budget.scope != Budget.Scope.USER:
        text = f"“{budget}” has reached {alert.threshold}% ({amounts})."
    elif to_owner:
        text = f"You have used {alert.threshold}% of your {period} AI budget ({amounts})."
    else:
        text = f"{budget.user} has used {alert.threshold}% of their {period} AI budget ({amounts})."
    if alert.threshold >= 100:
        text += {
            Budget.Action.BLOCK: " AI replies stop until the next period.",
            Budget.Action.FALLBACK: " Replies now come from a cheaper model or the offline tutor.",
            Budget.Action.WARN: " It only warns: AI replies go on.",
        }[budget.action]
    return text


def budget_alert_email(*, alert: BudgetAlert) -> None:
    """E-mail the admins, and the parent when the budget is a child's. A mail server that fails must
    not fail the AI call that crossed the threshold: the alert stays listed in the admin."""
    budget = alert.budget
    text = alert_text(alert, to_owner=False)
    parent_link = getattr(budget.user, "parent_link", None) if budget.user_id else None
    try:
        mail_admins(f"Budget alert: {budget} reached {alert.threshold}%", text)
        if parent_link is not None and parent_link.parent.email:
            subject = f"{budget.user} reached {alert.threshold}% of the AI budget"
            send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, text, None, [parent_link.parent.email])
    except OSError:  # SMTPException is an OSError
        log.warning("budget alert %s: e-mail not sent", alert.pk, exc_info=True)


def budget_alert_acknowledge(*, alerts: QuerySet[BudgetAlert]) -> int:
    return alerts.update(acknowledged=True)


def banner_alerts_for(user: User) -> QuerySet[BudgetAlert]:
    """Unacknowledged alerts of this period for the user's own budget and their children's."""
    return (
        BudgetAlert.objects.filter(
            budget__in=Budget.objects.active().concerning(user),
            period_start=F("budget__period_start"),
            acknowledged=False,
        )
        .select_related("budget__user")
        .order_by("-threshold", "-created_at", "-pk")
    )
