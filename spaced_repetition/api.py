from django.db.models import QuerySet
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from spaced_repetition import selectors, services, similar
from spaced_repetition.anki import exporter, importer
from spaced_repetition.models import Card, Deck, ReviewSettings
from spaced_repetition.serializers import (
    AnkiImportInputSerializer,
    AnkiImportSerializer,
    CardFilterSerializer,
    CardInputSerializer,
    CardSerializer,
    CardUpdateInputSerializer,
    DeckInputSerializer,
    DeckSerializer,
    GradedSerializer,
    NeighboursSerializer,
    QueueFilterSerializer,
    QueueSerializer,
    ReviewInputSerializer,
    ReviewLogSerializer,
    ReviewStatsSerializer,
)


def _valid(serializer_class, request, data):
    serializer = serializer_class(data=data, context={"request": request})
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class DeckListApi(generics.ListAPIView):
    """Your decks."""

    serializer_class = DeckSerializer

    def get_queryset(self) -> QuerySet[Deck]:
        return Deck.objects.for_user(self.request.user)

    @extend_schema(request=DeckInputSerializer, responses={201: DeckSerializer}, summary="Create a deck")
    def post(self, request):
        deck = services.deck_create(owner=request.user, **_valid(DeckInputSerializer, request, request.data))
        return Response(DeckSerializer(deck).data, status=status.HTTP_201_CREATED)


class DeckDetailApi(APIView):
    def _deck(self, request, deck_id: int) -> Deck:
        return get_object_or_404(Deck.objects.for_user(request.user), pk=deck_id)

    @extend_schema(responses=DeckSerializer, summary="One of your decks")
    def get(self, request, deck_id: int):
        return Response(DeckSerializer(self._deck(request, deck_id)).data)

    @extend_schema(request=DeckInputSerializer, responses=DeckSerializer, summary="Rename a deck or change its limits")
    def patch(self, request, deck_id: int):
        deck = self._deck(request, deck_id)
        data = DeckInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        return Response(DeckSerializer(services.deck_update(deck=deck, **data.validated_data)).data)

    @extend_schema(responses={204: None}, summary="Delete a deck with its cards and their review history")
    def delete(self, request, deck_id: int):
        services.deck_delete(deck=self._deck(request, deck_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class DeckImportApi(APIView):
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": AnkiImportInputSerializer},
        responses={201: AnkiImportSerializer},
        summary="Import an Anki package (.apkg): notes become cards in decks named as in Anki, with their review "
        "history. Fronts a deck already has are skipped, so importing a file again adds nothing",
    )
    def post(self, request):
        data = _valid(AnkiImportInputSerializer, request, request.data)
        result = importer.anki_import(owner=request.user, **data)
        return Response(AnkiImportSerializer(result).data, status=status.HTTP_201_CREATED)


class DeckExportApi(APIView):
    @extend_schema(
        responses={(200, exporter.CONTENT_TYPE): OpenApiResponse(OpenApiTypes.BINARY, description="The .apkg file")},
        summary="One of your decks as an Anki package (.apkg) with its review history",
    )
    def get(self, request, deck_id: int):
        deck = get_object_or_404(Deck.objects.for_user(request.user), pk=deck_id)
        return FileResponse(
            exporter.anki_export(deck=deck),
            as_attachment=True,
            filename=exporter.export_filename(deck),
            content_type=exporter.CONTENT_TYPE,
        )


class CardListApi(generics.ListAPIView):
    """Your cards, newest first; filter with `q` (front, back or context), `deck`, `kind`, `state` (or
    `suspended`) and `source`."""

    serializer_class = CardSerializer

    def get_queryset(self) -> QuerySet[Card]:
        filters = _valid(CardFilterSerializer, self.request, self.request.query_params)
        return Card.objects.for_user(self.request.user).matching(**filters).order_by("-created_at", "-pk")

    @extend_schema(parameters=[CardFilterSerializer])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        request=CardInputSerializer,
        responses={201: CardSerializer},
        summary="Add a card; a front the deck already has returns that card unchanged",
    )
    def post(self, request):
        card = services.card_create(**_valid(CardInputSerializer, request, request.data))
        return Response(CardSerializer(card).data, status=status.HTTP_201_CREATED)


class CardDetailApi(APIView):
    def _card(self, request, card_id: int) -> Card:
        return get_object_or_404(Card.objects.for_user(request.user), pk=card_id)

    @extend_schema(responses=CardSerializer, summary="One of your cards")
    def get(self, request, card_id: int):
        return Response(CardSerializer(self._card(request, card_id)).data)

    @extend_schema(
        request=CardUpdateInputSerializer,
        responses=CardSerializer,
        summary="Change a card, move it to another deck, or suspend it (`suspended`)",
    )
    def patch(self, request, card_id: int):
        card = self._card(request, card_id)
        data = dict(_valid(CardUpdateInputSerializer, request, request.data))
        if "suspended" in data:
            services.cards_suspend(cards=Card.objects.filter(pk=card.pk), suspended=data.pop("suspended"))
        if data:
            services.card_update(card=card, **data)
        return Response(CardSerializer(self._card(request, card_id)).data)

    @extend_schema(responses={204: None}, summary="Delete a card and its review history")
    def delete(self, request, card_id: int):
        services.cards_delete(cards=Card.objects.filter(pk=self._card(request, card_id).pk))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CardSimilarApi(APIView):
    @extend_schema(
        responses=NeighboursSerializer,
        summary="Your cards nearest in meaning to one of yours (multilingual: “le chien” is near “el perro”)",
    )
    def get(self, request, card_id: int):
        card = get_object_or_404(Card.objects.for_user(request.user), pk=card_id)
        return Response(NeighboursSerializer(similar.similar_cards(user=request.user, card=card)).data)


class ReviewQueueApi(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("deck", int, description="Only this deck"),
            OpenApiParameter("limit", int, description="How many cards (1–100, default 20)"),
        ],
        responses=QueueSerializer,
        summary="The due queue: learning cards, then due reviews, then new cards, within the daily limits",
    )
    def get(self, request):
        filters = _valid(QueueFilterSerializer, request, request.query_params)
        now = timezone.now()
        retention = ReviewSettings.objects.desired_retention(user=request.user)
        return Response(_queue_data(request.user, now, retention, deck=filters.get("deck"), limit=filters["limit"]))


def _queue_data(user, now, retention: float, *, deck: Deck | None, limit: int) -> dict:
    queue = selectors.due_queue(user=user, now=now, time_zone=selectors.learner_time_zone(user), deck=deck, limit=limit)
    return QueueSerializer(queue, context={"now": now, "retention": retention}).data


class ReviewCreateApi(APIView):
    @extend_schema(
        request=ReviewInputSerializer,
        responses={201: GradedSerializer},
        summary="Grade a card and get the next one (`queue`, as review-queue?limit=1) in the same answer. "
        "Resubmitting a `client_review_id` returns the grade it recorded, changing nothing",
    )
    def post(self, request):
        data = _valid(ReviewInputSerializer, request, request.data)
        now = timezone.now()
        try:
            log = services.review_grade(
                card_id=data["card"],
                user=request.user,
                rating=data["rating"],
                duration_ms=data["duration_ms"],
                client_review_id=data.get("client_review_id") or None,
                now=now,
            )
        except Card.DoesNotExist:  # checked with the grade's lock, not by a query of its own
            raise ValidationError({"card": [ReviewInputSerializer.card_unknown(data["card"])]}) from None
        retention = getattr(log.card, "retention", None)  # read with the grade (not on a replay)
        if retention is None:
            retention = ReviewSettings.objects.desired_retention(user=request.user)
        answer = ReviewLogSerializer(log).data
        answer["queue"] = _queue_data(request.user, now, retention, deck=data.get("deck"), limit=1)
        return Response(answer, status=status.HTTP_201_CREATED)


class ReviewUndoApi(APIView):
    @extend_schema(
        request=None,
        responses=CardSerializer,
        summary="Take back a grade (the `id` its submit returned); returns the card as it was before it. Only "
        "your latest grade given today in the app can be taken back, one at a time and at most 10 back; imported "
        "Anki history never. Retrying an undo that succeeded returns the card and takes back nothing more",
    )
    def post(self, request, review_id: int):
        return Response(CardSerializer(services.review_undo(user=request.user, review_log_id=review_id)).data)


class ReviewStatsApi(APIView):
    @extend_schema(
        responses=ReviewStatsSerializer,
        summary="Cards by state, suspended cards, cards due before the end of your day, and today's reviews",
    )
    def get(self, request):
        stats = selectors.review_stats(
            user=request.user, now=timezone.now(), time_zone=selectors.learner_time_zone(request.user)
        )
        return Response(ReviewStatsSerializer(stats).data)
