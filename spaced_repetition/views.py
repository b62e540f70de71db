"""The review session, decks, the card browser and card pages. Every page works with plain form posts;
review.js only makes the session faster (reveal without a round trip, keys)."""

import functools
from datetime import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from spaced_repetition import scheduling, selectors, services
from spaced_repetition.anki import exporter, importer
from spaced_repetition.forms import (
    AnkiImportForm,
    CardBulkForm,
    CardFilterForm,
    CardForm,
    DeckForm,
    GradeForm,
    ReviewSettingsForm,
    SessionForm,
    UndoForm,
)
from spaced_repetition.models import Card, Deck, Rating, ReviewSettings

SESSION_STARTED = "review_session_started"


def learner_view(view):
    """Signed in, and times on the page in the learner's time zone (stored times are UTC)."""

    @login_required
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        with timezone.override(selectors.learner_time_zone(request.user)):
            return view(request, *args, **kwargs)

    return wrapper


def _cards(request):
    return Card.objects.for_user(request.user).select_related("deck")


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else default


def _session_url(deck_id=None, **params) -> str:
    query = {"deck": deck_id} if deck_id else {}
    query.update({key: value for key, value in params.items() if value is not None})
    return reverse("spaced_repetition:session") + (f"?{urlencode(query)}" if query else "")


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


# --- the review session


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
    else by a redirect to the session."""
    card = get_object_or_404(_cards(request), pk=card_id)
    form = GradeForm(request.POST)
    now = timezone.now()
    template = "spaced_repetition/_session.html" if request.htmx else "spaced_repetition/session.html"
    if not form.is_valid():
        started = form.cleaned_data.get("started")
        context = {"card": card, "reveal": True, **_answer_context(request, card, now, started, form)}
        return render(request, template, context, status=400)
    try:
        log = services.review_grade(
            card=card,
            user=request.user,
            rating=form.cleaned_data["rating"],
            duration_ms=form.duration(int(now.timestamp() * 1000)),
            now=now,
        )
    except ValidationError as error:  # a suspended card: nothing was stored
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


# --- decks and settings


@learner_view
def deck_list(request):
    form = DeckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            deck = services.deck_create(owner=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Deck “{deck.name}” created.")
            return redirect("spaced_repetition:deck_list")
    return _deck_list_page(request, form, AnkiImportForm())


def _deck_list_page(request, form: DeckForm, import_form: AnkiImportForm, status: int | None = None):
    now = timezone.now()
    retention = ReviewSettings.objects.filter(user=request.user).first() or ReviewSettings(user=request.user)
    context = {
        "decks": Deck.objects.for_user(request.user).with_counts(now),
        "form": form,
        "import_form": import_form,
        "settings_form": ReviewSettingsForm(instance=retention),
        "stats": selectors.review_stats(
            user=request.user, now=now, time_zone=selectors.learner_time_zone(request.user)
        ),
    }
    status = status or (400 if form.errors or import_form.errors else 200)
    return render(request, "spaced_repetition/decks.html", context, status=status)


@learner_view
@require_POST
def deck_import(request):
    form = AnkiImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            result = importer.anki_import(owner=request.user, **form.cleaned_data)
        except PermissionDenied as error:
            messages.error(request, str(error))
            return _deck_list_page(request, DeckForm(), AnkiImportForm(), status=403)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, result.summary)
            return redirect("spaced_repetition:deck_list")
    return _deck_list_page(request, DeckForm(), form)


@learner_view
def deck_export(request, deck_id: int):
    deck = get_object_or_404(Deck.objects.for_user(request.user), pk=deck_id)
    return FileResponse(
        exporter.anki_export(deck=deck),
        as_attachment=True,
        filename=exporter.export_filename(deck),
        content_type=exporter.CONTENT_TYPE,
    )


@learner_view
def deck_edit(request, deck_id: int):
    deck = get_object_or_404(Deck.objects.for_user(request.user), pk=deck_id)
    form = DeckForm(request.POST or None, instance=deck)
    if request.method == "POST" and form.is_valid():
        try:
            services.deck_update(deck=deck, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Deck “{deck.name}” saved.")
            return redirect("spaced_repetition:deck_list")
    return render(request, "spaced_repetition/deck_form.html", {"deck": deck, "form": form})


@learner_view
def deck_delete(request, deck_id: int):
    """GET: what deleting the deck takes with it, and a button; POST: delete it."""
    deck = get_object_or_404(Deck.objects.for_user(request.user).with_counts(timezone.now()), pk=deck_id)
    if request.method == "POST":
        count = services.deck_delete(deck=deck)
        messages.success(request, f"Deck “{deck.name}” deleted with its {count} card{'s' * (count != 1)}.")
        return redirect("spaced_repetition:deck_list")
    return render(request, "spaced_repetition/deck_delete.html", {"deck": deck})


@learner_view
@require_POST
def settings_edit(request):
    instance = ReviewSettings.objects.filter(user=request.user).first() or ReviewSettings(user=request.user)
    form = ReviewSettingsForm(request.POST, instance=instance)
    if form.is_valid():
        services.review_settings_update(user=request.user, **form.cleaned_data)
        messages.success(request, "Review settings saved.")
    else:
        messages.error(request, " ".join(form.errors["desired_retention"]))
    return redirect("spaced_repetition:deck_list")


# --- cards


@learner_view
def card_list(request):
    """The card browser: search and filters by GET, bulk actions by POST to card_bulk."""
    filters = CardFilterForm(request.user, request.GET)
    cards = _cards(request).order_by("-created_at", "-pk")
    if filters.is_valid():
        cards = cards.matching(**filters.cleaned_data)
    page = Paginator(cards, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
        "decks": Deck.objects.for_user(request.user),
        "actions": CardBulkForm.ACTIONS,
    }
    return render(request, "spaced_repetition/cards.html", context)


@learner_view
@require_POST
def card_bulk(request):
    form = CardBulkForm(request.user, request.POST)
    back = _next_url(request, reverse("spaced_repetition:card_list"))
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(back)
    cards = Card.objects.filter(pk__in=[card.pk for card in form.cleaned_data["cards"]])
    action = form.cleaned_data["action"]
    if action == "delete" and request.POST.get("confirm") != "1":
        context = {"cards": form.cleaned_data["cards"], "next": back}
        return render(request, "spaced_repetition/cards_delete.html", context)
    try:
        if action in ("suspend", "unsuspend"):
            count = services.cards_suspend(cards=cards, suspended=action == "suspend")
            messages.success(request, f"{count} card{'s' * (count != 1)} {action}ed.")
        elif action == "move":
            deck = form.cleaned_data["target_deck"]
            count = services.cards_move(cards=cards, deck=deck)
            messages.success(request, f"{count} card{'s' * (count != 1)} moved to “{deck}”.")
        else:
            count = services.cards_delete(cards=cards)
            messages.success(request, f"{count} card{'s' * (count != 1)} deleted.")
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect(back)


@learner_view
def card_create(request):
    decks = Deck.objects.for_user(request.user)
    initial = {"deck": request.GET.get("deck")} if request.GET.get("deck") else {}
    form = CardForm(request.user, request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        card = services.card_create(source=Card.Source.MANUAL, **form.card_fields)
        messages.success(request, f"Card “{card.front}” added to {card.deck}.")
        return redirect(f"{reverse('spaced_repetition:card_create')}?deck={card.deck_id}")
    status = 400 if form.errors else 200
    return render(
        request, "spaced_repetition/card_form.html", {"form": form, "has_decks": decks.exists()}, status=status
    )


@learner_view
def card_detail(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    now = timezone.now()
    context = {
        "card": card,
        "logs": card.logs.order_by("-reviewed_at", "-pk"),
        "retrievability": scheduling.retrievability(card.scheduling_state, now),
        "buried": card.is_buried(now),
    }
    return render(request, "spaced_repetition/card_detail.html", context)


@learner_view
def card_edit(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    form = CardForm(request.user, request.POST or None, request.FILES or None, instance=card)
    if request.method == "POST" and form.is_valid():
        try:
            services.card_update(card=card, **form.card_fields)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Card “{card.front}” saved.")
            return redirect(_next_url(request, card.get_absolute_url()))
    context = {"form": form, "card": card, "next": _next_url(request, "")}
    return render(request, "spaced_repetition/card_form.html", context, status=400 if form.errors else 200)


@learner_view
@require_POST
def card_delete(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    services.cards_delete(cards=Card.objects.filter(pk=card.pk))
    messages.success(request, f"Card “{card.front}” deleted.")
    return redirect("spaced_repetition:card_list")


@learner_view
def card_audio(request, card_id: int):
    card = get_object_or_404(_cards(request).exclude(audio=""), pk=card_id)
    try:
        return FileResponse(card.audio.open("rb"))
    except FileNotFoundError as error:
        raise Http404("The audio file is missing.") from error
