"""Translation on tap: a word or sentence of a tutor message into the learner's native language, with a short
gloss, through the gateway, cached per user, text and language."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from admin_tools.gateway import service as gateway
from admin_tools.gateway.types import UseCase
from admin_tools.models import User
from conversations import prompts
from conversations.models import Translation
from learning.services import profile_get

MAX_TRANSLATION_LENGTH = 500


class TranslationUnavailable(Exception):
    """No model could translate (offline tutor only, budget, outage): say so, store nothing."""


def translation_get(*, user: User, text: str, language: str) -> Translation:
    text = " ".join(text.split())
    if not text:
        raise ValidationError({"text": "Select a word or sentence to translate."})
    if len(text) > MAX_TRANSLATION_LENGTH:
        raise ValidationError({"text": f"Select at most {MAX_TRANSLATION_LENGTH} characters to translate."})
    into = profile_get(user=user).native_language
    key = hashlib.sha256(text.encode()).hexdigest()
    cached = Translation.objects.filter(owner=user, language=language, into=into, text_hash=key).first()
    if cached is not None:
        return cached
    if into == language:
        raise ValidationError({"text": "This is already your native language."})
    try:
        answer = gateway.chat(
            user=user,
            feature="translation",
            use_case=UseCase.CONTENT,
            request=prompts.translation_request(text, language=language, into=into),
        )
    except gateway.GatewayError as error:
        raise TranslationUnavailable(str(error)) from error
    result = prompts.parsed(answer.text)
    translation = str(result.get("translation") or "").strip()
    if not translation:
        raise TranslationUnavailable(
            "Translation needs an AI model; the offline tutor cannot translate. Ask an admin to enable one."
        )
    try:
        with transaction.atomic():
            return Translation.objects.create(
                owner=user,
                language=language,
                into=into,
                text_hash=key,
                text=text,
                translation=translation,
                gloss=str(result.get("gloss") or "").strip(),
                provider=answer.provider,
            )
    except IntegrityError:  # the same text translated at the same moment in another tab
        return Translation.objects.get(owner=user, language=language, into=into, text_hash=key)
