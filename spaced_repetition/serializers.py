from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from spaced_repetition import scheduling
from spaced_repetition.models import Card, Deck, ReviewLog

# A plain string in the schema: the same choice set as the learning app's languages would clash in its enums.
LANGUAGE_HELP = "Language code, e.g. “es”"


class DeckSerializer(serializers.ModelSerializer):
    language = serializers.CharField(help_text=LANGUAGE_HELP)

    class Meta:
        model = Deck
        fields = ["id", "name", "language", "new_per_day", "reviews_per_day", "created_at"]


class CardSerializer(serializers.ModelSerializer):
    audio = serializers.SerializerMethodField()

    class Meta:
        model = Card
        fields = [
            "id",
            "deck",
            "kind",
            "front",
            "back",
            "context",
            "source",
            "source_ref",
            "audio",
            "state",
            "step",
            "stability",
            "difficulty",
            "due",
            "last_review",
            "suspended",
            "buried_until",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_audio(self, card) -> str | None:
        """Where the signed-in owner can fetch the card's audio, or null."""
        return reverse("spaced_repetition:card_audio", args=[card.pk]) if card.audio else None

    def to_representation(self, card: Card) -> dict:
        """The fields above, read straight off the card: the review loop serialises a card or two per grade,
        and building a ModelSerializer's fields from the model each time cost more than the grade itself.
        Same output as the generated fields (test_serializers checks it)."""
        data = {name: getattr(card, name) for name in _CARD_PLAIN}
        data["deck"] = card.deck_id
        data["audio"] = self.get_audio(card)
        for name in _CARD_MOMENTS:
            data[name] = _MOMENT.to_representation(getattr(card, name)) if getattr(card, name) else None
        return data


_CARD_MOMENTS = ("due", "last_review", "buried_until", "created_at", "updated_at")
_CARD_PLAIN = [
    name for name in CardSerializer.Meta.fields if name not in {"deck", "audio", *_CARD_MOMENTS}
]  # fmt: skip
_MOMENT = serializers.DateTimeField()


class QueueCardSerializer(CardSerializer):
    intervals = serializers.SerializerMethodField()

    class Meta(CardSerializer.Meta):
        fields = [*CardSerializer.Meta.fields, "intervals"]

    @extend_schema_field(
        {
            "type": "object",
            "description": "When the card would be due after each grade (1 Again … 4 Easy), without fuzz.",
            "properties": {str(rating): {"type": "string", "format": "date-time"} for rating in scheduling.RATINGS},
        }
    )
    def get_intervals(self, card) -> dict:
        due = scheduling.preview_intervals(card.scheduling_state, self.context["now"], self.context["retention"])
        return {str(rating): moment.isoformat().replace("+00:00", "Z") for rating, moment in due.items()}

    def to_representation(self, card: Card) -> dict:
        return {**super().to_representation(card), "intervals": self.get_intervals(card)}


class QueueSerializer(serializers.Serializer):
    learning = serializers.IntegerField()
    review = serializers.IntegerField()
    new = serializers.IntegerField()
    next_due = serializers.DateTimeField(allow_null=True)
    cards = QueueCardSerializer(many=True)


class ReviewLogSerializer(serializers.ModelSerializer):
    card = CardSerializer(help_text="The card as it is now.")

    class Meta:
        model = ReviewLog
        fields = ["id", "card", "rating", "state", "reviewed_at", "duration_ms", "client_review_id"]

    def to_representation(self, log: ReviewLog) -> dict:
        """As CardSerializer.to_representation: the fields above without building them per grade."""
        return {
            "id": log.pk,
            "card": CardSerializer().to_representation(log.card),
            "rating": log.rating,
            "state": log.state,
            "reviewed_at": _MOMENT.to_representation(log.reviewed_at),
            "duration_ms": log.duration_ms,
            "client_review_id": log.client_review_id,
        }


class ReviewSummarySerializer(serializers.Serializer):
    reviews = serializers.IntegerField()
    cards = serializers.IntegerField()
    duration_ms = serializers.IntegerField()
    by_rating = serializers.DictField(child=serializers.IntegerField())


class CardsByStateSerializer(serializers.Serializer):
    new = serializers.IntegerField()
    learning = serializers.IntegerField()
    review = serializers.IntegerField()
    relearning = serializers.IntegerField()


class ReviewStatsSerializer(serializers.Serializer):
    cards_by_state = CardsByStateSerializer()
    suspended = serializers.IntegerField()
    due_today = serializers.IntegerField()
    today = ReviewSummarySerializer()


class NeighbourSerializer(serializers.Serializer):
    card = CardSerializer()
    similarity = serializers.SerializerMethodField(help_text="Cosine similarity of the two cards' meaning, 0–1.")

    def get_similarity(self, neighbour) -> float:
        return round(1 - neighbour.distance, 3)


class NeighboursSerializer(serializers.Serializer):
    cards = NeighbourSerializer(many=True, help_text="Nearest first; at most 5, and only those alike enough.")
    pending = serializers.BooleanField(
        help_text="The card is not embedded yet, or was edited since: ask again in a moment."
    )
    unavailable = serializers.BooleanField(help_text="The vector store did not answer: `cards` is empty for now.")


# --- input (shape only; the rules live in the services and models)


@extend_schema_field(OpenApiTypes.INT)
class _OwnDeckField(serializers.PrimaryKeyRelatedField):
    default_error_messages = {"does_not_exist": "You have no deck with id {pk_value}."}

    def get_queryset(self):
        return Deck.objects.for_user(self.context["request"].user)


class DeckInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    language = serializers.CharField(max_length=8, help_text=LANGUAGE_HELP)  # checked against the model's choices
    new_per_day = serializers.IntegerField(min_value=0, max_value=9999, required=False)
    reviews_per_day = serializers.IntegerField(min_value=0, max_value=9999, required=False)


class CardInputSerializer(serializers.Serializer):
    deck = _OwnDeckField()
    front = serializers.CharField(max_length=500)
    back = serializers.CharField()
    kind = serializers.ChoiceField(choices=Card.Kind.choices, required=False)
    context = serializers.CharField(required=False, allow_blank=True)
    source = serializers.ChoiceField(choices=Card.Source.choices, required=False)
    source_ref = serializers.CharField(max_length=200, required=False, allow_blank=True)


class CardUpdateInputSerializer(serializers.Serializer):
    deck = _OwnDeckField(required=False)
    front = serializers.CharField(max_length=500, required=False)
    back = serializers.CharField(required=False)
    kind = serializers.ChoiceField(choices=Card.Kind.choices, required=False)
    context = serializers.CharField(required=False, allow_blank=True)
    suspended = serializers.BooleanField(required=False)


class CardFilterSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, max_length=100)
    deck = _OwnDeckField(required=False)
    kind = serializers.ChoiceField(choices=Card.Kind.choices, required=False)
    state = serializers.ChoiceField(choices=[*Card.State.choices, ("suspended", "Suspended")], required=False)
    source = serializers.ChoiceField(choices=Card.Source.choices, required=False)


class QueueFilterSerializer(serializers.Serializer):
    deck = _OwnDeckField(required=False)
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)


class ReviewInputSerializer(serializers.Serializer):
    # which of the learner's cards: the grade's own lock checks it (services.review_grade), so no query here
    card = serializers.IntegerField(min_value=1, help_text="The id of one of your cards")
    rating = serializers.IntegerField(min_value=1, max_value=4, help_text="1 Again, 2 Hard, 3 Good, 4 Easy")
    duration_ms = serializers.IntegerField(min_value=0, default=0, help_text="Time spent on the card")
    client_review_id = serializers.CharField(
        max_length=64,
        required=False,
        allow_blank=True,
        help_text="Any id unique among your reviews (a UUID): resubmitting it returns the first result.",
    )
    deck = _OwnDeckField(required=False, help_text="Take the next card (`queue` in the answer) from this deck only")

    @staticmethod
    def card_unknown(card_id: int) -> str:
        return f"You have no card with id {card_id}."


class GradedSerializer(ReviewLogSerializer):
    queue = QueueSerializer(
        read_only=True, help_text="The queue after this grade, with the next card to show (as review-queue?limit=1)"
    )

    class Meta(ReviewLogSerializer.Meta):
        fields = [*ReviewLogSerializer.Meta.fields, "queue"]


class AnkiImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="An Anki package (.apkg), up to 50 MB")
    language = serializers.CharField(max_length=8, help_text=f"{LANGUAGE_HELP}, for the decks the import creates")


class AnkiImportSerializer(serializers.Serializer):
    cards = serializers.IntegerField(help_text="Cards created")
    reviews = serializers.IntegerField(help_text="Review logs created from the Anki history")
    duplicates = serializers.IntegerField(help_text="Notes skipped because their deck already had the front")
    skipped = serializers.IntegerField(help_text="Notes left out because their front or back had no text")
    decks = DeckSerializer(many=True)
    summary = serializers.CharField()
