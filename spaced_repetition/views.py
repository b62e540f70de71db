"""Decks, the card browser and card pages, and the helpers the review session (views_session.py) shares. Every
page works with plain form posts."""

import functools
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

from spaced_repetition import scheduling, selectors, services, similar
from spaced_repetition.anki import exporter, importer
from spaced_repetition.forms import (
    AnkiImportForm,
    CardBulkForm,
    CardFilterForm,
    CardForm,
    DeckForm,
    ReviewSettingsForm,
)
from spaced_repetition.models import Card, Deck, ReviewSettings

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
    duplicate = None
    if request.method == "POST" and form.is_valid():
        fields = form.card_fields
        # a front the deck has is not a new card at all (card_create gives that card back); after the warning, the
        # learner's "Add it anyway" button sends add_anyway
        add_anyway = request.POST.get("add_anyway") == "1"
        if not add_anyway and not fields["deck"].cards.filter(front=fields["front"]).exists():
            duplicate = similar.likely_duplicate(
                user=request.user, front=fields["front"], back=fields["back"], context=fields["context"]
            )
        if duplicate is None:
            card = services.card_create(source=Card.Source.MANUAL, **fields)
            messages.success(request, f"Card “{card.front}” added to {card.deck}.")
            return redirect(f"{reverse('spaced_repetition:card_create')}?deck={card.deck_id}")
    status = 400 if form.errors else 200
    context = {"form": form, "has_decks": decks.exists(), "duplicate": duplicate}
    return render(request, "spaced_repetition/card_form.html", context, status=status)


@learner_view
def card_detail(request, card_id: int):
    card = get_object_or_404(_cards(request), pk=card_id)
    now = timezone.now()
    context = {
        "card": card,
        "logs": card.logs.order_by("-reviewed_at", "-pk"),
        "retrievability": scheduling.retrievability(card.scheduling_state, now),
        "buried": card.is_buried(now),
        "similar": similar.similar_cards(user=request.user, card=card),
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
