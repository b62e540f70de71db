"""The review session: the next due card, its answer and grades, undo, bury and suspend. Every step works with
plain form posts; review.js only makes it faster (reveal without a round trip, keys, a grade answered with the
next card)."""

from datetime import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from spaced_repetition import scheduling, selectors, services
from spaced_repetition.forms import GradeForm, SessionForm, UndoForm
from spaced_repetition.models import Card, Deck, Rating, ReviewSettings
from spaced_repetition.views import SESSION_STARTED, _cards, _error_text, _next_url, _session_url, learner_view


def _answer_buttons(card: Card, now: datetime, retention: float) -> list[dict]:
    due = scheduling.preview_intervals(card.scheduling_state, now, retention)
    return [
        {"rating": rating.value, "label": rating.label, "interval": due[rating.value] - now, "key": rating.value}
        for rating in Rating
    ]


@learner_view
def session(request):
    """The next due card (or the one asked for after an undo): front, then "Show answer", then four grades."""
    params = SessionForm(request.GET)
    if not params.is_valid():
        raise Http404("Not a review page.")
    deck = None
    if params.cleaned_data["deck"]:
        deck = get_object_or_404(Deck.objects.for_user(request.user), pk=params.cleaned_data["deck"])
    card = None
    if params.cleaned_data["card"]:
        card = get_object_or_404(_cards(request), pk=params.cleaned_data["card"])
    return _session_render(
        request,
        "spaced_repetition/session.html",
        now=timezone.now(),
        deck=deck,
        card=card,
        started=params.cleaned_data["started"],
        reveal=params.cleaned_data["reveal"],
    )


_UNKNOWN = object()


def _session_render(
    request, template: str, *, now, deck=None, card=None, started=None, reveal=False, last_log=_UNKNOWN, retention=None
):
    """The session as it stands: the queue's counts and its next card (or `card`), or the summary when nothing
    is left. The whole page, or only its #review-session part (the answer to a grade posted by review.js)."""
    time_zone = selectors.learner_time_zone(request.user)
    queue = selectors.due_queue(user=request.user, now=now, time_zone=time_zone, deck=deck)
    card = card or queue.next_card
    if last_log is _UNKNOWN:
        last_log = selectors.undoable_grade(user=request.user, now=now, time_zone=time_zone)
    back_url = _session_url(deck.pk if deck else None)
    context = {"deck": deck, "queue": queue, "card": card, "last_log": last_log, "back_url": back_url}
    if card is None:
        started_at = request.session.pop(SESSION_STARTED, None)
        if started_at is not None:
            # a session left open overnight sums up today only
            since = max(datetime.fromisoformat(started_at), selectors.day_bounds(now, time_zone)[0])
            summary = selectors.review_summary(user=request.user, since=since)
            context["summary"] = summary if summary.reviews else None
        return render(request, template, context)
    request.session.setdefault(SESSION_STARTED, now.isoformat())
    context.update(_answer_context(request, card, now, started, GradeForm(), retention))
    context["reveal"] = reveal
    return render(request, template, context)


def _answer_context(request, card: Card, now: datetime, started: int | None, form: GradeForm, retention=None) -> dict:
    if retention is None:
        retention = ReviewSettings.objects.desired_retention(user=request.user)
    return {
        "started": started if started is not None else int(now.timestamp() * 1000),
        "buttons": _answer_buttons(card, now, retention),
        "grade_form": form,
    }


@learner_view
@require_POST
def grade(request, card_id: int):
    """Store the grade, then show the next card: in the same answer when review.js posted it (one round trip),
    else by a redirect to the session. The card is read with the grade's lock (one query, which also checks
    it is the learner's); only an answer with an error reads it again to show it."""
    form = GradeForm(request.POST)
    now = timezone.now()
    template = "spaced_repetition/_session.html" if request.htmx else "spaced_repetition/session.html"
    if not form.is_valid():
        card = get_object_or_404(_cards(request), pk=card_id)
        started = form.cleaned_data.get("started")
        context = {"card": card, "reveal": True, **_answer_context(request, card, now, started, form)}
        return render(request, template, context, status=400)
    try:
        log = services.review_grade(
            card_id=card_id,
            user=request.user,
            rating=form.cleaned_data["rating"],
            duration_ms=form.duration(int(now.timestamp() * 1000)),
            now=now,
        )
    except Card.DoesNotExist:
        raise Http404("You have no such card.") from None
    except ValidationError as error:  # a suspended card: nothing was stored
        card = get_object_or_404(_cards(request), pk=card_id)
        context = {"card": card, "grade_error": _error_text(error), "deck_id": form.cleaned_data["deck"]}
        return render(request, template, context, status=400)
    if not request.htmx:
        return redirect(_session_url(form.cleaned_data["deck"]))
    deck = None
    if form.cleaned_data["deck"]:
        deck = Deck.objects.for_user(request.user).filter(pk=form.cleaned_data["deck"]).first()
    # the grade just given is the one undo takes back
    return _session_render(request, template, now=now, deck=deck, last_log=log, retention=log.card.retention)


@learner_view
@require_POST
def undo(request):
    form = UndoForm(request.POST)
    if not form.is_valid():
        messages.error(request, "There is no grade to undo.")
        return redirect(_session_url())
    deck_id = form.cleaned_data["deck"]
    try:
        card = services.review_undo(user=request.user, review_log_id=form.cleaned_data["review"])
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect(_session_url(deck_id))
    messages.info(request, f"Grade taken back: “{card.front}” is as it was before.")
    return redirect(_session_url(deck_id, card=card.pk))


@learner_view
@require_POST
def card_suspend(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    suspended = request.POST.get("suspended", "1") == "1"
    services.cards_suspend(cards=Card.objects.filter(pk=card.pk), suspended=suspended)
    messages.success(request, f"“{card.front}” {'suspended' if suspended else 'is back in your reviews'}.")
    return redirect(_next_url(request, card.get_absolute_url()))


@learner_view
@require_POST
def card_bury(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    services.card_bury(card=card, time_zone=selectors.learner_time_zone(request.user))
    messages.success(request, f"“{card.front}” is hidden until tomorrow.")
    return redirect(_next_url(request, card.get_absolute_url()))
