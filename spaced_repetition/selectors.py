"""Reads shared by the pages and the API: the due queue, review summaries and stats, the learner's day."""

import zoneinfo
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from django.db import connection
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
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


def _take(cards: QuerySet[Card], caps: dict[int, int], wanted: int) -> list[Card]:
    """The first `wanted` cards in due order, at most caps[deck] from each deck. Each extra round closes at
    least one deck, so the query count depends on the number of decks, never on the number of cards."""
    taken: list[Card] = []
    used: Counter = Counter()
    open_decks = [deck_id for deck_id, cap in caps.items() if cap > 0]
    after = Q()
    while open_decks and len(taken) < wanted:
        missing = wanted - len(taken)
        batch = list(cards.filter(after, deck_id__in=open_decks).order_by("due", "pk")[:missing])
        for card in batch:
            if used[card.deck_id] < caps[card.deck_id]:
                taken.append(card)
                used[card.deck_id] += 1
        if len(batch) < missing:
            break
        last = batch[-1]
        after = Q(due__gt=last.due) | Q(due=last.due, pk__gt=last.pk)
        open_decks = [deck_id for deck_id in open_decks if used[deck_id] < caps[deck_id]]
    return taken


def _first_new(decks: dict[int, int], now: datetime) -> list[tuple[datetime, int]]:
    """(due, pk) of each deck's first new cards that the queue may show, at most its remaining allowance
    (`decks`: deck id → allowance), in the order they are shown. One statement: a UNION ALL of one part per
    deck, each read in card_queue_idx order with its own LIMIT, so a deck with thousands of new cards costs no
    more than one with twenty. Written as SQL because the ORM spent more time building the parts than the
    database spent running them (a part per deck, on every grade)."""
    if not decks:
        return []
    table = connection.ops.quote_name(Card._meta.db_table)
    part = (
        f"SELECT due, id FROM (SELECT due, id FROM {table} WHERE deck_id = %s AND state = %s AND NOT suspended"
        f" AND (buried_until IS NULL OR buried_until <= %s) ORDER BY due, id LIMIT %s) AS part_{{n}}"
    )
    sql = " UNION ALL ".join(part.format(n=n) for n in range(len(decks)))
    moment = connection.ops.adapt_datetimefield_value(now)
    params = [value for deck_id, allowance in decks.items() for value in (deck_id, NEW, moment, allowance)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if connection.vendor == "sqlite":  # SQLite hands back the text it stores
        field = Card._meta.get_field("due")
        rows = [(field.to_python(due), pk) for due, pk in rows]
    return sorted(rows)


def due_queue(*, user: User, now: datetime, time_zone: str, deck: Deck | None = None, limit: int = 1) -> DueQueue:
    """Learning and relearning cards due now first, then due reviews within each deck's daily review limit,
    then new cards within its daily new-card limit; today's logs count against the limits. Indexed queries,
    as many however large the collection (the new cards of all decks in one on PostgreSQL, one per deck
    with new cards still allowed today elsewhere)."""
    decks = {deck.pk: deck} if deck is not None else {d.pk: d for d in Deck.objects.for_user(user)}
    if not decks:
        return DueQueue(0, 0, 0)
    start, _ = day_bounds(now, time_zone)
    # Today's logs of all the learner's decks, read from the (user, reviewed_at) index: filtering on the
    # cards' decks instead leads the planner to scan every card of those decks.
    done = Counter(
        {
            (row["card__deck_id"], row["state"]): row["n"]
            for row in ReviewLog.objects.filter(user=user, reviewed_at__gte=start, state__in=[NEW, REVIEW])
            .values("card__deck_id", "state")
            .annotate(n=Count("pk"))
            .order_by()
        }
    )
    active = Card.objects.filter(deck_id__in=list(decks)).active(now)
    available: Counter = Counter()  # (deck, state, "now" | "soon") -> cards seen before, due now or soon
    for row in (
        active.filter(state__in=[*IN_LEARNING, REVIEW], due__lte=now + LEARN_AHEAD)
        .values("deck_id", "state")
        .annotate(soon=Count("*"), now=Count("due", filter=Q(due__lte=now)))  # columns of card_queue_idx
        .order_by()
    ):
        available[row["deck_id"], row["state"], "now"] = row["now"]
        available[row["deck_id"], row["state"], "soon"] = row["soon"]
    review_caps = {
        pk: min(available[pk, REVIEW, "now"], max(0, d.reviews_per_day - done[pk, REVIEW])) for pk, d in decks.items()
    }
    allowances = {pk: d.new_per_day - done[pk, NEW] for pk, d in decks.items()}
    new_keys = _first_new({pk: n for pk, n in allowances.items() if n > 0}, now)
    learning = sum(available[pk, state, "now"] for pk in decks for state in IN_LEARNING)

    cards: list[Card] = []
    if learning:
        cards += active.filter(state__in=IN_LEARNING, due__lte=now).order_by("due", "pk")[:limit]
    if len(cards) < limit and sum(review_caps.values()):
        cards += _take(active.filter(state=REVIEW, due__lte=now), review_caps, limit - len(cards))
    if len(cards) < limit and new_keys:
        shown = [pk for _, pk in new_keys[: limit - len(cards)]]
        cards += sorted(Card.objects.filter(pk__in=shown), key=lambda card: (card.due, card.pk))
    queue = DueQueue(learning, sum(review_caps.values()), len(new_keys), cards)
    if not queue.total:
        learning_soon = sum(available[pk, state, "soon"] for pk in decks for state in IN_LEARNING)
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
