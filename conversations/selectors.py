"""Reads that join several tables: the conversation list with search, and the end-of-conversation report."""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from admin_tools.models import User
from conversations.models import Conversation, Correction, Message, MessageAnalysis


def conversation_list(*, user: User, query: str = "", archived: bool = False) -> QuerySet[Conversation]:
    """The learner's conversations, newest activity first; `query` searches titles and every message (full text
    on PostgreSQL, a substring elsewhere)."""
    conversations = Conversation.objects.for_user(user).filter(
        status=Conversation.Status.ARCHIVED if archived else Conversation.Status.ACTIVE
    )
    query = query.strip()
    if query:
        messages = Message.objects.filter(conversation=OuterRef("pk"))
        if connection.vendor == "postgresql":
            matches = messages.annotate(document=SearchVector("text", config="simple")).filter(
                Q(document=SearchQuery(query, config="simple")) | Q(text__icontains=query)
            )
        else:
            matches = messages.filter(text__icontains=query)
        conversations = conversations.filter(Q(title__icontains=query) | Exists(matches))
    return (
        conversations.select_related("language", "mode", "persona")
        .annotate(turns=Count("messages", filter=Q(messages__role=Message.Role.LEARNER)))
        .order_by("-last_activity_at", "-pk")
    )


def _lemmas(analyses) -> set[str]:
    return {word["lemma"] for results in analyses for word in (results.get("words") or {}).get("words", [])}


def conversation_report(conversation: Conversation) -> dict:
    """Time, turns, words used, new words, mistakes by category and suggested cards."""
    messages = list(conversation.messages.all())
    learner = [m for m in messages if m.is_learner]
    analyses = list(
        MessageAnalysis.objects.filter(message__conversation=conversation).values_list("results", flat=True)
    )
    earlier = MessageAnalysis.objects.filter(
        message__conversation__owner_id=conversation.owner_id,
        message__conversation__language_id=conversation.language_id,
        message__created_at__lt=conversation.started_at,
    ).values_list("results", flat=True)
    used = _lemmas(analyses)
    corrections = Correction.objects.filter(message__conversation=conversation)
    minutes = (messages[-1].created_at - messages[0].created_at).total_seconds() / 60 if len(messages) > 1 else 0
    return {
        "minutes": round(minutes, 1),
        "turns": len(learner),
        "words_written": sum(len(m.text.split()) for m in learner),
        "words_used": sorted(used),
        "new_words": sorted(used - _lemmas(earlier)),
        "mistakes": dict(corrections.values_list("category").annotate(n=Count("pk")).order_by("category")),
        "suggested_cards": list(corrections.filter(card__isnull=True).order_by("pk")[:10]),
    }
