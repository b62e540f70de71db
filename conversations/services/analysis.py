"""Live analysis of a learner message: the offline analysers run one by one, each result stored and pushed to the
page as soon as it is ready, then the conversation's running metrics are recomputed and pushed."""

from django.db.models import Count

from admin_tools import flags
from conversations import analysis, realtime
from conversations.models import Conversation, Correction, Message, MessageAnalysis
from learning.services import profile_get

TREND_LENGTH = 20  # messages shown in the session panel's trend


def live_analysis_enabled(conversation: Conversation) -> bool:
    """Live analysis runs where the flag is on for the learner and the language has analysers."""
    return conversation.language.live_analysis and flags.flag_is_active(conversation.owner, flags.LIVE_ANALYSIS)


def message_analyse(*, message: Message) -> MessageAnalysis | None:
    conversation = message.conversation
    owner = conversation.owner
    if not live_analysis_enabled(conversation):
        return None
    native = profile_get(user=owner).native_language
    record, _ = MessageAnalysis.objects.get_or_create(message=message)
    for kind in analysis.ANALYSERS:
        if kind in record.results:
            continue  # a task delivered twice
        result = analysis.run(
            kind, text=message.text, target=conversation.language_id, native=native, timing=message.timing
        )
        record.results[kind] = result
        record.save(update_fields=["results", "updated_at"])
        realtime.analysis_result(message, kind=kind, results=record.results)
    conversation.metrics = conversation_metrics(conversation)
    conversation.save(update_fields=["metrics"])
    realtime.analysis_session(conversation)
    return record


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def conversation_metrics(conversation: Conversation) -> dict:
    """The session panel's figures, from every analysed message of the conversation."""
    rows = list(
        MessageAnalysis.objects.filter(message__conversation=conversation)
        .order_by("message_id")
        .values_list("message_id", "results")
    )
    words_total, misspelled_total, in_target, lemmas, bands, wpms, trend = 0, 0, 0, set(), {}, [], []
    for message_id, results in rows:
        words = results.get("words") or {}
        count = len(words.get("words", []))
        misspelled = len((results.get("spelling") or {}).get("misspelled", []))
        words_total += count
        misspelled_total += misspelled
        in_target += bool((results.get("language") or {}).get("is_target"))
        lemmas.update(word["lemma"] for word in words.get("words", []))
        for band, n in (words.get("bands") or {}).items():
            bands[band] = bands.get(band, 0) + n
        wpm = (results.get("fluency") or {}).get("wpm")
        if wpm is not None:
            wpms.append(wpm)
        trend.append(
            {
                "message_id": message_id,
                "words": count,
                "wpm": wpm,
                "misspelled_per_100": round(100 * misspelled / count, 1) if count else None,
                "fluency": (results.get("fluency") or {}).get("score"),
            }
        )
    by_category = dict(
        Correction.objects.filter(message__conversation=conversation)
        .values_list("category")
        .annotate(n=Count("pk"))
        .order_by("category")
    )
    return {
        "messages": len(rows),
        "words": words_total,
        "unique_words": len(lemmas),
        "in_target_language_pct": round(100 * in_target / len(rows)) if rows else None,
        "misspelled_per_100": round(100 * misspelled_total / words_total, 1) if words_total else None,
        "wpm": _mean(wpms),
        "bands": dict(sorted(bands.items())),
        "corrections": by_category,
        "trend": trend[-TREND_LENGTH:],
    }
