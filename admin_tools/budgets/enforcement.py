"""Enforcement: reserve a call's estimated cost in every budget that covers it before the call, settle the real
cost after.

Race safety: a call first locks the rows of the budgets that cover it (SELECT … FOR UPDATE, in primary-key order,
so two calls covering the same budgets cannot deadlock), then reserves in all of them with one conditional UPDATE:
a blocking or fallback budget only takes the estimate while `spent + reserved + estimate <= limit`. Under the lock
PostgreSQL evaluates that on the latest committed values, and SQLite runs the whole transaction under its single
write lock, so concurrent calls can never together pass the limit. Settling locks the same way, and writes the
call's ledger row in the same transaction, so budgets and ledger always agree.

On PostgreSQL each step is a single statement (lock, check and update in CTEs: one round trip however many budgets
cover the call, the gateway's whole database cost per call being two); on SQLite, and on PostgreSQL when a covering
budget's period has ended, the ORM path does it in one transaction of a few queries.
"""

import datetime as dt
import functools
import json
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

from django.db import connection, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, QuerySet, Value, When
from django.db.models.functions import Greatest
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from admin_tools.budgets.alerts import alerts_raise
from admin_tools.budgets.periods import period_end, roll
from admin_tools.models import AIModel, Budget, BudgetAlert, UsageRecord, User

MICRO = Decimal("0.000001")  # the precision of `spent`, `reserved` and ledger costs
# Amounts are whole micro-dollars, so half of one is no real money: it only absorbs the float
# rounding of SQLite's arithmetic on decimals (PostgreSQL's numeric is exact).
TOLERANCE = Decimal("0.0000005")


# A full blocking budget on these scopes refuses the call outright; on a provider or a model it only rules that
# provider or model out, and the call moves on to the next model in route order.
REFUSING_SCOPES = {Budget.Scope.GLOBAL, Budget.Scope.USER}


@dataclass(frozen=True)
class Reservation:
    """What `reserve` held. `refused`: a blocking global or user budget has no room, so the call must not be
    made at all. `skip_model`: a fallback budget, or a blocking provider or model budget, has no room, so try
    the next model in route order (a cheaper one, another provider, the offline tutor). When either is set
    nothing is held, and `full_budget_ids` names the budgets without room."""

    amount: Decimal
    budget_ids: tuple[int, ...] = ()
    refused: bool = False
    skip_model: bool = False
    # The period each held budget was in, so a release after a rollover leaves the new period alone.
    period_starts: tuple[dt.datetime, ...] = ()
    full_budget_ids: tuple[int, ...] = ()


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
                roll(budget, now)
            if ended:
                budgets = _locked(covering)
            ids = [budget.pk for budget in budgets]
            if amount and Budget.objects.filter(has_room, pk__in=ids).update(reserved=F("reserved") + amount) < len(
                ids
            ):
                raise _NoRoom([budget for budget in budgets if not budget.has_room])  # rolls back what it held
    except _NoRoom as no_room:
        return _refusal(amount, [(budget.pk, budget.action, budget.scope) for budget in no_room.full])
    return Reservation(
        amount=amount, budget_ids=tuple(ids), period_starts=tuple(budget.period_start for budget in budgets)
    )


def _refusal(amount: Decimal, full: list[tuple[int, str, str]]) -> Reservation:
    """Nothing held: `full` lists the (id, action, scope) of the budgets without room."""
    refused = any(action == Budget.Action.BLOCK and scope in REFUSING_SCOPES for _, action, scope in full)
    return Reservation(
        amount=amount,
        refused=refused,
        skip_model=not refused,  # a warn-only budget always has room, so every full one says refuse or skip
        full_budget_ids=tuple(budget_id for budget_id, _, _ in full),
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
    SELECT budget.id, budget.action, budget.scope, budget.period_start,
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
SELECT id, action, scope, period_start, has_room, ended FROM covering ORDER BY id
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
    full = [(budget_id, action, scope) for budget_id, action, scope, _, has_room, _ in rows if not has_room]
    if amount and full:
        return _refusal(amount, full)
    return Reservation(
        amount=amount,
        budget_ids=tuple(row[0] for row in rows),
        period_starts=tuple(row[3] for row in rows),
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
            alerts_raise(budgets)


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
    alerts_raise(budgets)


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
