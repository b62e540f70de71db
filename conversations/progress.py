"""The conversations section of the learner's progress page (learning.signals.progress_sections): how much they
practised with the tutor lately, the figures of their latest conversations (the live analysis stores them per
conversation), and which kinds of mistakes the corrections found. Three queries, whatever the history."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Q

from admin_tools.models import User
from conversations.models import Conversation, Correction, Message
from learning.signals import ProgressSection

WINDOW_DAYS = 30
RECENT = 5


@dataclass(frozen=True)
class ConversationFigures:
    conversation: Conversation
    messages: int  # the learner's turns
    metrics: dict  # Conversation.metrics: empty until the live analysis ran on one of its messages


def progress_section(sender, *, learner: User, now: datetime, **kwargs) -> ProgressSection:
    since = now - timedelta(days=WINDOW_DAYS)
    turns = Q(messages__role=Message.Role.LEARNER, messages__kind=Message.Kind.TURN)
    mine = Conversation.objects.for_user(learner)
    totals = mine.aggregate(
        conversations=Count("pk", distinct=True),
        recent=Count("pk", distinct=True, filter=Q(last_activity_at__gte=since)),
        turns=Count("messages", filter=turns & Q(messages__created_at__gte=since)),
    )
    latest = (
        mine.select_related("language")
        .annotate(turns=Count("messages", filter=turns))
        .order_by("-last_activity_at", "-pk")[:RECENT]
    )
    mistakes = (
        Correction.objects.filter(message__conversation__owner=learner, created_at__gte=since)
        .values_list("category")
        .annotate(n=Count("pk"))
        .order_by("-n", "category")
    )
    labels = dict(Correction.Category.choices)
    return ProgressSection(
        "conversations/_progress.html",
        {
            "window_days": WINDOW_DAYS,
            "conversations": totals["conversations"],
            "recent_conversations": totals["recent"],
            "recent_turns": totals["turns"],
            "latest": [ConversationFigures(c, c.turns, c.metrics or {}) for c in latest],
            "mistakes": [(labels.get(category, category), n) for category, n in mistakes],
        },
    )
