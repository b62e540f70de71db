"""The conversations API for mobile apps. A sent message answers at once with the stored message and the reply's
placeholder; the reply streams over the conversation websocket (`/ws/conversations/{id}/`, the same events as
the page) or can be polled at `GET messages/{id}` until its status leaves "streaming"."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations import catalogue, exports, selectors
from conversations.models import Conversation, Correction, Message
from conversations.serializers import (
    ConversationInputSerializer,
    ConversationSerializer,
    ConversationUpdateSerializer,
    CorrectionSerializer,
    MessageInputSerializer,
    MessageSerializer,
    PersonaSerializer,
    PreferencesSerializer,
    TranslationInputSerializer,
    TranslationSerializer,
    TutorModeSerializer,
    WordCardInputSerializer,
)
from conversations.services import conversations as conversation_services
from conversations.services import feedback, replies, translations
from learning.services import profile_get
from spaced_repetition.serializers import CardSerializer

SentSerializer = inline_serializer("SentMessage", {"message": MessageSerializer(), "reply": MessageSerializer()})


class ServiceUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "unavailable"


def _valid(serializer_class, data):
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _conversation(request, conversation_id: int) -> Conversation:
    return get_object_or_404(Conversation.objects.for_user(request.user), pk=conversation_id)


def _message(request, message_id: int, **filters) -> Message:
    return get_object_or_404(
        Message.objects.for_user(request.user).select_related("conversation"), pk=message_id, **filters
    )


def _correction(request, correction_id: int) -> Correction:
    return get_object_or_404(
        Correction.objects.filter(message__conversation__owner=request.user).select_related("message__conversation"),
        pk=correction_id,
    )


def _message_data(message: Message) -> dict:
    fresh = Message.objects.select_related("analysis").prefetch_related("corrections").get(pk=message.pk)
    return MessageSerializer(fresh).data


class TutorModeListApi(generics.ListAPIView):
    """Tutor modes you can start a conversation in."""

    serializer_class = TutorModeSerializer
    pagination_class = None

    def get_queryset(self):
        return catalogue.modes_for(self.request.user)


class PersonaListApi(generics.ListAPIView):
    """Tutor personas."""

    serializer_class = PersonaSerializer
    pagination_class = None

    def get_queryset(self):
        return catalogue.personas()


@extend_schema(
    parameters=[
        OpenApiParameter("q", str, description="Search titles and messages"),
        OpenApiParameter("archived", bool, description="Archived conversations instead of active ones"),
    ]
)
class ConversationListApi(generics.ListAPIView):
    """Your conversations, newest activity first."""

    serializer_class = ConversationSerializer

    def get_queryset(self):
        return selectors.conversation_list(
            user=self.request.user,
            query=self.request.query_params.get("q", ""),
            archived=self.request.query_params.get("archived") in ("1", "true"),
        )

    @extend_schema(request=ConversationInputSerializer, responses={201: ConversationSerializer})
    def post(self, request):
        data = _valid(ConversationInputSerializer, request.data)
        if "level" not in data:
            target = profile_get(user=request.user).target_languages.filter(language=data["language"]).first()
            data["level"] = target.level if target else "A1"
        conversation = conversation_services.conversation_start(owner=request.user, **data)
        return Response(ConversationSerializer(conversation).data, status=status.HTTP_201_CREATED)


class ConversationDetailApi(APIView):
    @extend_schema(responses=ConversationSerializer)
    def get(self, request, conversation_id: int):
        return Response(ConversationSerializer(_conversation(request, conversation_id)).data)

    @extend_schema(request=ConversationUpdateSerializer, responses=ConversationSerializer, summary="Rename, archive")
    def patch(self, request, conversation_id: int):
        conversation = _conversation(request, conversation_id)
        data = _valid(ConversationUpdateSerializer, request.data)
        if "title" in data:
            conversation_services.conversation_rename(conversation=conversation, title=data["title"])
        if "archived" in data:
            conversation_services.conversation_archive(conversation=conversation, archived=data["archived"])
        return Response(ConversationSerializer(conversation).data)

    @extend_schema(responses={204: None})
    def delete(self, request, conversation_id: int):
        conversation_services.conversation_delete(conversation=_conversation(request, conversation_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class MessageListApi(generics.ListAPIView):
    """The messages of a conversation, oldest first, with their corrections and analysis."""

    serializer_class = MessageSerializer

    def get_queryset(self):
        conversation = _conversation(self.request, self.kwargs["conversation_id"])
        return (
            conversation.messages.select_related("analysis")
            .prefetch_related("corrections")
            .order_by("created_at", "pk")
        )

    @extend_schema(request=MessageInputSerializer, responses={201: SentSerializer}, summary="Send a message")
    def post(self, request, conversation_id: int):
        conversation = _conversation(request, conversation_id)
        message, reply = replies.message_send(
            conversation=conversation, author=request.user, **_valid(MessageInputSerializer, request.data)
        )
        return Response(
            {"message": _message_data(message), "reply": _message_data(reply)}, status=status.HTTP_201_CREATED
        )


class MessageDetailApi(APIView):
    @extend_schema(responses=MessageSerializer, summary="A message (poll a reply until it is no longer streaming)")
    def get(self, request, message_id: int):
        return Response(_message_data(_message(request, message_id)))


class ReplyStopApi(APIView):
    @extend_schema(request=None, responses=MessageSerializer, summary="Stop a reply being written")
    def post(self, request, message_id: int):
        reply = _message(request, message_id, role=Message.Role.TUTOR)
        replies.reply_cancel(reply=reply)
        return Response(_message_data(reply))


class ReplyRetryApi(APIView):
    @extend_schema(request=None, responses={201: MessageSerializer}, summary="Answer a failed reply's message again")
    def post(self, request, message_id: int):
        reply = replies.reply_retry(reply=_message(request, message_id, role=Message.Role.TUTOR))
        return Response(_message_data(reply), status=status.HTTP_201_CREATED)


class CorrectionExplainApi(APIView):
    @extend_schema(request=None, responses={201: MessageSerializer}, summary="Explain more: the tutor's explanation")
    def post(self, request, correction_id: int):
        reply = replies.explanation_request(correction=_correction(request, correction_id))
        return Response(_message_data(reply), status=status.HTTP_201_CREATED)


class CorrectionCardApi(APIView):
    @extend_schema(request=None, responses={201: CardSerializer}, summary="Save a correction to review")
    def post(self, request, correction_id: int):
        card = feedback.correction_card_save(correction=_correction(request, correction_id))
        return Response(CardSerializer(card).data, status=status.HTTP_201_CREATED)


class CorrectionListApi(generics.ListAPIView):
    """The corrections of one learner message."""

    serializer_class = CorrectionSerializer
    pagination_class = None

    def get_queryset(self):
        return _message(self.request, self.kwargs["message_id"], role=Message.Role.LEARNER).corrections.all()


class WordCardApi(APIView):
    @extend_schema(request=WordCardInputSerializer, responses={201: CardSerializer}, summary="Save a word to review")
    def post(self, request, message_id: int):
        message = _message(request, message_id, role=Message.Role.TUTOR)
        card = feedback.word_card_save(message=message, **_valid(WordCardInputSerializer, request.data))
        return Response(CardSerializer(card).data, status=status.HTTP_201_CREATED)


class TranslationApi(APIView):
    @extend_schema(request=TranslationInputSerializer, responses=TranslationSerializer, summary="Translate on tap")
    def post(self, request, message_id: int):
        message = _message(request, message_id)
        data = _valid(TranslationInputSerializer, request.data)
        try:
            result = translations.translation_get(
                user=request.user, text=data["text"], language=message.conversation.language_id
            )
        except translations.TranslationUnavailable as error:
            raise ServiceUnavailable(str(error)) from error
        return Response(TranslationSerializer(result).data)


class ConversationExportApi(APIView):
    @extend_schema(
        parameters=[OpenApiParameter("format", str, enum=["md", "json"], description="Markdown (default) or JSON")],
        responses={200: OpenApiTypes.BINARY},
    )
    def get(self, request, conversation_id: int):
        conversation = _conversation(request, conversation_id)
        if request.query_params.get("format") == "json":
            return HttpResponse(exports.as_json(conversation), content_type="application/json; charset=utf-8")
        return HttpResponse(exports.as_markdown(conversation), content_type="text/markdown; charset=utf-8")


class ConversationReportApi(APIView):
    @extend_schema(
        responses=inline_serializer(
            "ConversationReport",
            {
                "minutes": serializers.FloatField(),
                "turns": serializers.IntegerField(),
                "words_written": serializers.IntegerField(),
                "words_used": serializers.ListField(child=serializers.CharField()),
                "new_words": serializers.ListField(child=serializers.CharField()),
                "mistakes": serializers.DictField(child=serializers.IntegerField()),
                "suggested_cards": CorrectionSerializer(many=True),
            },
        ),
        summary="The end-of-conversation summary",
    )
    def get(self, request, conversation_id: int):
        report = selectors.conversation_report(_conversation(request, conversation_id))
        report["suggested_cards"] = CorrectionSerializer(report["suggested_cards"], many=True).data
        return Response(report)


class PreferencesApi(APIView):
    @extend_schema(responses=PreferencesSerializer)
    def get(self, request):
        return Response({"auto_cards": conversation_services.preferences_get(user=request.user).auto_cards})

    @extend_schema(request=PreferencesSerializer, responses=PreferencesSerializer)
    def patch(self, request):
        data = _valid(PreferencesSerializer, request.data)
        preferences = conversation_services.preferences_update(user=request.user, auto_cards=data["auto_cards"])
        return Response({"auto_cards": preferences.auto_cards})
