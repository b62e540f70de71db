"""Reads shared by the pages and the API: the due queue, review summaries and stats, the learner's day."""

import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from django.db import connection
from django.db.models import Count, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from admin_tools.models import User
from spaced_repetition.models import Card, Deck, Rating, ReviewLog, ReviewUndo

NEW, LEARNING, REVIEW, RELEARNING = Card.State.values
IN_LEARNING = (LEARNING, RELEARNING)
# As Anki: when nothing else is left, learning cards due in the next 20 minutes are shown rather than waited for.
LEARN_AHEAD = timedelta(minutes=20)
DEFAULT_TIME_ZONE = "UTC"
# Undo takes back grades one at a time, latest first, and at most this many of the latest grades given.
UNDO_LIMIT = 10


def learner_time_zone(user: User) -> str:
    """The learner's time zone lives in the learning app's profile, read through the user (this app may not
    import learning). A user without a profile yet has the product's default."""
    profile = getattr(user, "profile", None)
    return profile.time_zone if profile is not None else DEFAULT_TIME_ZONE


def day_bounds(now: datetime, time_zone: str) -> tuple[datetime, datetime]:
    """The learner's current day as [start, end) in UTC: local midnight to local midnight."""
    zone = zoneinfo.ZoneInfo(time_zone)
    today = now.astimezone(zone).date()
    start = datetime.combine(today, time.min, tzinfo=zone)
    end = datetime.combine(today + timedelta(days=1), time.min, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class DueQueue:
    """What is due now: counts for the three kinds and the first cards, in the order they are shown."""

    learning: int
    review: int
    new: int
    cards: list[Card] = field(default_factory=list)
    next_due: datetime | None = None  # when nothing is due: when the next card comes back

    @property
    def total(self) -> int:
        return self.learning + self.review + self.new

    @property
    def next_card(self) -> Card | None:
        return self.cards[0] if self.cards else None


# CardQuerySet.active in SQL, for the queue's statements below: not suspended, not buried (one parameter: now)
_ACTIVE_SQL = "NOT {c}suspended AND ({c}buried_until IS NULL OR {c}buried_until <= %s)"

# the order of the queue's parts: learning cards first, then reviews, then new cards
_PART_ORDER = {LEARNING: 0, RELEARNING: 0, REVIEW: 1, NEW: 2}


def _first_cards(parts: list[tuple[int, str, int]], now: datetime) -> list[Card]:
    """The first active cards of each (deck id, state, how many) part, in the order the queue shows them:
    learning and review cards due now by due time, new cards in their order. One statement: a UNION ALL of one
    part per deck and state, each read in card_queue_idx order with its own LIMIT, so a deck with thousands of
    due cards costs no more than one with twenty, and a deck's daily limit is its part's LIMIT. Written as SQL
    because the ORM spent more time building the parts than the database spent running them."""
    if not parts:
        return []
    table = connection.ops.quote_name(Card._meta.db_table)
    moment = connection.ops.adapt_datetimefield_value(now)
    sql, params = [], []
    for n, (deck_id, state, count) in enumerate(parts):
        due = "" if state == NEW else " AND due <= %s"
        sql.append(
            f"SELECT * FROM (SELECT * FROM {table} WHERE deck_id = %s AND state = %s{due}"
            f" AND {_ACTIVE_SQL.format(c='')} ORDER BY due, id LIMIT %s) AS part_{n}"
        )
        params += [deck_id, state, *([] if state == NEW else [moment]), moment, count]
    cards = Card.objects.raw(" UNION ALL ".join(sql), params)
    return sorted(cards, key=lambda card: (_PART_ORDER[card.state], card.due, card.pk))


def _decks_with_counts(user: User, deck: Deck | None, now: datetime, start: datetime) -> dict[int, Deck]:
    """The learner's decks (or `deck` alone), each with what its queue needs, in one statement: today's grades of
    new and of review cards given in the deck (`done_new`, `done_review`, from the (user, reviewed_at) index,
    which covers each log's state and deck: no card is looked up); its active learning cards due now and within
    LEARN_AHEAD (`learning_now`, `learning_soon`); its due reviews (`review_now`) and its new cards (`new_now`),
    both counted on PostgreSQL no further than the deck's remaining allowance, so a backlog of thousands costs no
    more than the day's limit. The counts read card_queue_idx one state at a time, as ranges of (deck, state,
    due). SQL, as _first_new: the ORM took longer to build this than the database to run it."""
    q = connection.ops.quote_name
    card, log, deck_table = (q(model._meta.db_table) for model in (Card, ReviewLog, Deck))
    moment = connection.ops.adapt_datetimefield_value
    now_at, soon_at = moment(now), moment(now + LEARN_AHEAD)
    active = f"c.deck_id = d.id AND {_ACTIVE_SQL.format(c='c.')}"
    one_deck = " AND d.id = %s" if deck is not None else ""
    # PostgreSQL stops counting a deck's due reviews and new cards at its remaining allowance; SQLite cannot
    # read the outer row in a LIMIT, so it counts them all (due_queue caps the counts either way).
    reviews_allowed = "LIMIT GREATEST(d.reviews_per_day - COALESCE(done.review, 0), 0)"
    new_allowed = "LIMIT GREATEST(d.new_per_day - COALESCE(done.new, 0), 0)"
    if connection.vendor == "sqlite":
        reviews_allowed = new_allowed = ""
    sql = f"""
        SELECT d.*, COALESCE(done.new, 0) AS done_new, COALESCE(done.review, 0) AS done_review,
            (SELECT COUNT(*) FROM {card} c WHERE {active} AND c.state IN (%s, %s) AND c.due <= %s) AS learning_now,
            (SELECT COUNT(*) FROM {card} c WHERE {active} AND c.state IN (%s, %s) AND c.due <= %s) AS learning_soon,
            (SELECT COUNT(*) FROM (
                SELECT 1 FROM {card} c WHERE {active} AND c.state = %s AND c.due <= %s {reviews_allowed}
            ) allowed) AS review_now,
            (SELECT COUNT(*) FROM (SELECT 1 FROM {card} c WHERE {active} AND c.state = %s {new_allowed}) fresh)
                AS new_now
        FROM {deck_table} d
        LEFT JOIN (
            SELECT l.deck_id, SUM(CASE WHEN l.state = %s THEN 1 ELSE 0 END) AS new,
                SUM(CASE WHEN l.state = %s THEN 1 ELSE 0 END) AS review
            FROM {log} l
            WHERE l.user_id = %s AND l.reviewed_at >= %s AND l.state IN (%s, %s)
            GROUP BY l.deck_id
        ) done ON done.deck_id = d.id
        WHERE d.owner_id = %s{one_deck}
        ORDER BY d.name, d.id"""
    params = [
        now_at, LEARNING, RELEARNING, now_at,
        now_at, LEARNING, RELEARNING, soon_at,
        now_at, REVIEW, now_at,
        now_at, NEW,
        NEW, REVIEW, user.pk, moment(start), NEW, REVIEW,
        user.pk, *([deck.pk] if deck is not None else []),
    ]  # fmt: skip
    return {row.pk: row for row in Deck.objects.raw(sql, params)}


def due_queue(*, user: User, now: datetime, time_zone: str, deck: Deck | None = None, limit: int = 1) -> DueQueue:
    """Learning and relearning cards due now first, then due reviews within each deck's daily review limit,
    then new cards within its daily new-card limit; today's logs count against the limits. Two indexed queries
    however large the collection: the decks with their counts, then the cards shown."""
    decks = _decks_with_counts(user, deck, now, day_bounds(now, time_zone)[0])
    if not decks:
        return DueQueue(0, 0, 0)
    review_caps = {pk: min(d.review_now, max(0, d.reviews_per_day - d.done_review)) for pk, d in decks.items()}
    new_caps = {pk: min(d.new_now, max(0, d.new_per_day - d.done_new)) for pk, d in decks.items()}
    queue = DueQueue(sum(d.learning_now for d in decks.values()), sum(review_caps.values()), sum(new_caps.values()))
    # how many of each part the first `limit` cards take, and from each deck at most that many of each
    shown_learning = min(queue.learning, limit)
    shown_review = min(queue.review, limit - shown_learning)
    shown_new = min(queue.new, limit - shown_learning - shown_review)
    parts = [
        *((pk, state, min(d.learning_now, shown_learning)) for pk, d in decks.items() for state in IN_LEARNING),
        *((pk, REVIEW, min(cap, shown_review)) for pk, cap in review_caps.items()),
        *((pk, NEW, min(cap, shown_new)) for pk, cap in new_caps.items()),
    ]
    by_part: dict[int, list[Card]] = {0: [], 1: [], 2: []}
    for card in _first_cards([part for part in parts if part[2] > 0], now):
        by_part[_PART_ORDER[card.state]].append(card)
    cards = by_part[0][:shown_learning] + by_part[1][:shown_review] + by_part[2][:shown_new]
    queue = DueQueue(queue.learning, queue.review, queue.new, cards)
    if not queue.total:
        learning_soon = sum(d.learning_soon for d in decks.values())
        active = Card.objects.filter(deck_id__in=list(decks)).active(now)
        if learning_soon:
            soon = active.filter(state__in=IN_LEARNING, due__lte=now + LEARN_AHEAD).order_by("due", "pk")[:limit]
            queue = DueQueue(learning_soon, 0, 0, list(soon))
        else:
            next_due = active.exclude(state=NEW).order_by("due").values_list("due", flat=True).first()
            queue = DueQueue(0, 0, 0, [], next_due)
    for card in queue.cards:
        card.deck = decks[card.deck_id]
    return queue


@dataclass(frozen=True)
class ReviewSummary:
    reviews: int
    cards: int
    duration_ms: int
    by_rating: dict[str, int]

    @property
    def minutes(self) -> float:
        return self.duration_ms / 60_000


def review_summary(*, user: User, since: datetime) -> ReviewSummary:
    """What the learner did since a moment: grades, distinct cards, time spent, and how each grade was used."""
    totals = (
        ReviewLog.objects.for_user(user)
        .filter(reviewed_at__gte=since)
        .aggregate(
            reviews=Count("pk"),
            cards=Count("card", distinct=True),
            duration_ms=Sum("duration_ms", default=0),
            **{rating.label: Count("pk", filter=Q(rating=rating)) for rating in Rating},
        )
    )
    return ReviewSummary(
        reviews=totals["reviews"],
        cards=totals["cards"],
        duration_ms=totals["duration_ms"],
        by_rating={rating.label: totals[rating.label] for rating in Rating},
    )


@dataclass(frozen=True)
class ReviewStats:
    cards_by_state: dict[str, int]
    suspended: int
    due_today: int
    today: ReviewSummary


def review_stats(*, user: User, now: datetime, time_zone: str) -> ReviewStats:
    """The learner's collection at a glance: cards by state, cards due before the end of their day, and
    today's reviews."""
    start, end = day_bounds(now, time_zone)
    cards = Card.objects.for_user(user)
    by_state = Counter(dict(cards.values_list("state").annotate(n=Count("pk")).order_by()))
    counts = cards.aggregate(suspended=Count("pk", filter=Q(suspended=True)))
    counts["due_today"] = cards.active(now).filter(state__in=[*IN_LEARNING, REVIEW], due__lt=end).count()
    return ReviewStats(
        cards_by_state={state: by_state[state] for state in Card.State.values},
        suspended=counts["suspended"],
        due_today=counts["due_today"],
        today=review_summary(user=user, since=start),
    )


# --- undo


def latest_grade(*, user: User, since: datetime) -> ReviewLog | None:
    """The learner's latest grade given in this app (imported history left out) since a moment, with its card
    and `taken_back_after`: how many grades given after it were taken back since. Read from the learner's
    logs since that moment, through the (user, reviewed_at) index, however long the history."""
    taken_back = (
        ReviewUndo.objects.filter(user=OuterRef("user"), review_log_id__gt=OuterRef("pk"))
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        ReviewLog.objects.for_user(user)
        .filter(reviewed_at__gte=since, imported=False)
        .annotate(taken_back_after=Coalesce(Subquery(taken_back), 0))
        .select_related("card")
        .order_by("-pk")
        .first()
    )


def undo_refusal(log: ReviewLog, *, user: User, now: datetime, time_zone: str) -> str:
    """Why undo may not take back `log` (a grade of `user`), or "" when it may. Undo takes back the latest
    grade given in this app, given today in the learner's time zone, and goes back at most UNDO_LIMIT
    grades: a grade with UNDO_LIMIT grades after it already taken back stays, whatever was graded since."""
    if log.imported:
        return "Grades imported from Anki cannot be taken back."
    start, _ = day_bounds(now, time_zone)
    if log.reviewed_at < start:
        return "Only grades given today can be taken back."
    latest = latest_grade(user=user, since=start)
    if latest is None or latest.pk != log.pk:
        return "Only your latest grade can be taken back."
    if latest.taken_back_after >= UNDO_LIMIT:
        return f"Undo goes back at most {UNDO_LIMIT} grades."
    return ""


def undoable_grade(*, user: User, now: datetime, time_zone: str) -> ReviewLog | None:
    """The grade "Undo last grade" would take back now, or None."""
    latest = latest_grade(user=user, since=day_bounds(now, time_zone)[0])
    if latest is None or latest.taken_back_after >= UNDO_LIMIT:
        return None
    return latest
