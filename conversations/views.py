"""Conversation pages. The conversation page talks over its websocket when JavaScript runs; every action here
is also a plain form post, so the page works without it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from conversations import catalogue, exports, scenario_selectors, selectors
from conversations.forms import (
    ConversationStartForm,
    MessageForm,
    PreferencesForm,
    RenameForm,
    TranslateForm,
    WordCardForm,
)
from conversations.models import Conversation, Correction, Message, Play
from conversations.services import analysis, feedback, replies, translations
from conversations.services import conversations as conversation_services
from learning.services import profile_get


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _conversation(request, conversation_id: int) -> Conversation:
    return get_object_or_404(
        Conversation.objects.for_user(request.user).select_related("language", "mode", "persona"), pk=conversation_id
    )


def _tutor_message(request, message_id: int) -> Message:
    return get_object_or_404(
        Message.objects.for_user(request.user).select_related("conversation"), pk=message_id, role=Message.Role.TUTOR
    )


def _correction(request, correction_id: int) -> Correction:
    return get_object_or_404(
        Correction.objects.filter(message__conversation__owner=request.user).select_related("message__conversation"),
        pk=correction_id,
    )


@login_required
def conversation_list(request):
    query = request.GET.get("q", "")
    archived = request.GET.get("show") == "archived"
    return render(
        request,
        "conversations/list.html",
        {
            "conversations": selectors.conversation_list(user=request.user, query=query, archived=archived)[:100],
            "query": query,
            "archived": archived,
            "preferences_form": PreferencesForm(
                initial={"auto_cards": conversation_services.preferences_get(user=request.user).auto_cards}
            ),
        },
    )


@login_required
def conversation_new(request):
    profile = profile_get(user=request.user)
    first_target = profile.target_languages.select_related("language").first()
    initial = {
        "language": first_target.language_id if first_target else "es",
        "level": first_target.level if first_target else "A1",
        "persona": catalogue.personas().filter(slug=profile.preferred_persona).values_list("pk", flat=True).first(),
        "mode": catalogue.modes_for(request.user).values_list("pk", flat=True).first(),
    }
    form = ConversationStartForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            conversation = conversation_services.conversation_start(owner=request.user, **form.cleaned_data)
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            return redirect(conversation)
    return render(request, "conversations/new.html", {"form": form, "modes": form.fields["mode"].queryset})


def _detail_context(request, conversation: Conversation, form: MessageForm | None = None) -> dict:
    history = list(
        conversation.messages.select_related("analysis").prefetch_related("corrections").order_by("created_at", "pk")
    )
    play = Play.objects.filter(conversation=conversation).select_related("scenario", "conversation").first()
    return {
        "conversation": conversation,
        "play": play,
        "panel": scenario_selectors.play_panel(play) if play else None,
        "history": history,
        "form": form or MessageForm(),
        "streaming": any(message.status == Message.Status.STREAMING for message in history),
        "live_analysis": analysis.live_analysis_enabled(conversation),
        "rename_form": RenameForm(initial={"title": conversation.title}),
    }


@login_required
def conversation_detail(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    return render(request, "conversations/detail.html", _detail_context(request, conversation))


@login_required
@require_POST
def message_create(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    form = MessageForm(request.POST)
    if form.is_valid():
        try:
            replies.message_send(conversation=conversation, author=request.user, text=form.cleaned_data["text"])
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error("text" if field == "text" else None, problems)
        else:
            return redirect(f"{conversation.get_absolute_url()}#composer")
    context = _detail_context(request, conversation, form)
    return render(request, "conversations/detail.html", context, status=400)


@login_required
@require_POST
def reply_stop(request, message_id: int):
    reply = _tutor_message(request, message_id)
    replies.reply_cancel(reply=reply)
    return redirect(reply.conversation)


@login_required
@require_POST
def reply_retry(request, message_id: int):
    reply = _tutor_message(request, message_id)
    try:
        replies.reply_retry(reply=reply)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect(reply.conversation)


@login_required
@require_POST
def correction_explain(request, correction_id: int):
    correction = _correction(request, correction_id)
    try:
        replies.explanation_request(correction=correction)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect(correction.message.conversation)


@login_required
@require_POST
def correction_card(request, correction_id: int):
    correction = _correction(request, correction_id)
    card = feedback.correction_card_save(correction=correction)
    if request.htmx:
        return HttpResponse(f'<span class="pill pill-ok">Saved to review: “{card.deck}”</span>')
    messages.success(request, f"Saved to review in “{card.deck}”.")
    return redirect(correction.message.conversation)


@login_required
@require_POST
def word_card(request, message_id: int):
    message = _tutor_message(request, message_id)
    form = WordCardForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": {"fields": form.errors}}, status=400)
    try:
        card = feedback.word_card_save(message=message, **form.cleaned_data)
    except ValidationError as error:
        return JsonResponse({"error": {"fields": error.message_dict}}, status=400)
    return JsonResponse({"card": card.pk, "deck": card.deck.name, "front": card.front})


@login_required
@require_POST
def translate(request, message_id: int):
    message = _tutor_message(request, message_id)
    form = TranslateForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": {"fields": form.errors}}, status=400)
    try:
        result = translations.translation_get(
            user=request.user, text=form.cleaned_data["text"], language=message.conversation.language_id
        )
    except ValidationError as error:
        return JsonResponse({"error": {"fields": error.message_dict}}, status=400)
    except translations.TranslationUnavailable as error:
        return JsonResponse({"error": {"code": "unavailable", "message": str(error)}}, status=503)
    return JsonResponse({"text": result.text, "translation": result.translation, "gloss": result.gloss})


@login_required
@require_POST
def conversation_rename(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    form = RenameForm(request.POST)
    if form.is_valid():
        conversation_services.conversation_rename(conversation=conversation, title=form.cleaned_data["title"])
        messages.success(request, "Renamed.")
    else:
        messages.error(request, "A title needs 1 to 120 characters.")
    return redirect(conversation)


@login_required
@require_POST
def conversation_archive(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    archived = request.POST.get("archived", "1") == "1"
    conversation_services.conversation_archive(conversation=conversation, archived=archived)
    messages.success(request, "Archived: find it under “Archived”." if archived else "Restored.")
    return redirect(conversation if not archived else "conversations:list")


@login_required
def conversation_delete(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    if request.method == "POST":
        conversation_services.conversation_delete(conversation=conversation)
        messages.success(request, f"Deleted “{conversation.title}”.")
        return redirect("conversations:list")
    return render(request, "conversations/delete.html", {"conversation": conversation})


@login_required
def conversation_export(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    if request.GET.get("format") == "json":
        response = HttpResponse(exports.as_json(conversation), content_type="application/json; charset=utf-8")
        extension = "json"
    else:
        response = HttpResponse(exports.as_markdown(conversation), content_type="text/markdown; charset=utf-8")
        extension = "md"
    response["Content-Disposition"] = f'attachment; filename="conversation-{conversation.pk}.{extension}"'
    return response


@login_required
def conversation_report(request, conversation_id: int):
    conversation = _conversation(request, conversation_id)
    return render(
        request,
        "conversations/report.html",
        {"conversation": conversation, "report": selectors.conversation_report(conversation)},
    )


@login_required
@require_POST
def preferences_edit(request):
    form = PreferencesForm(request.POST)
    form.is_valid()  # a single checkbox: absent means off
    conversation_services.preferences_update(user=request.user, auto_cards=form.cleaned_data["auto_cards"])
    messages.success(request, "Preferences saved.")
    return redirect("conversations:list")
