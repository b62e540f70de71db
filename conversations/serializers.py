"""API shapes. Input serializers check shape only; the rules live in the services."""

from rest_framework import serializers

from conversations.models import Conversation, Correction, Message, Persona, Translation, TutorMode
from learning.models import Language, Level


class MessageInputSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True, trim_whitespace=False)
    timing = serializers.DictField(required=False, default=dict)


class ConversationInputSerializer(serializers.Serializer):
    language = serializers.SlugRelatedField(slug_field="code", queryset=Language.objects.all())
    mode = serializers.SlugRelatedField(slug_field="slug", queryset=TutorMode.objects.filter(is_active=True))
    persona = serializers.SlugRelatedField(slug_field="slug", queryset=Persona.objects.filter(is_active=True))
    level = serializers.ChoiceField(choices=Level.choices, required=False)
    topic = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)
    title = serializers.CharField(required=False, allow_blank=True, default="", max_length=120)


class ConversationUpdateSerializer(serializers.Serializer):
    title = serializers.CharField(required=False, max_length=120)
    archived = serializers.BooleanField(required=False)


class WordCardInputSerializer(serializers.Serializer):
    front = serializers.CharField(allow_blank=True)
    back = serializers.CharField(allow_blank=True)
    context = serializers.CharField(required=False, allow_blank=True, default="")


class PreferencesSerializer(serializers.Serializer):
    auto_cards = serializers.BooleanField()


class TranslationInputSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True)
    language = serializers.CharField(required=False, default="")


class TutorModeSerializer(serializers.ModelSerializer):
    class Meta:
        model = TutorMode
        fields = ["slug", "name", "description", "corrections", "needs_topic", "topic_label", "topic_examples"]


class PersonaSerializer(serializers.ModelSerializer):
    class Meta:
        model = Persona
        fields = ["slug", "name", "description", "traits", "best_for", "is_default"]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["id", "original", "corrected", "category", "explanation", "start", "source", "card", "explained"]


class MessageSerializer(serializers.ModelSerializer):
    corrections = CorrectionSerializer(many=True, read_only=True)
    analysis = serializers.SerializerMethodField()
    model = serializers.CharField(source="model_name")

    class Meta:
        model = Message
        fields = [
            "id",
            "role",
            "kind",
            "text",
            "status",
            "error_code",
            "reply_to",
            "explains",
            "seq",
            "provider",
            "model",
            "is_fallback",
            "is_offline",
            "created_at",
            "completed_at",
            "corrections",
            "analysis",
        ]

    def get_analysis(self, message) -> dict:
        analysis = getattr(message, "analysis", None)
        return analysis.results if analysis is not None else {}


class ConversationSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="language_id")
    mode = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    persona = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    archived = serializers.BooleanField(source="is_archived")

    class Meta:
        model = Conversation
        fields = [
            "id",
            "title",
            "language",
            "level",
            "mode",
            "persona",
            "topic",
            "archived",
            "summary",
            "metrics",
            "started_at",
            "last_activity_at",
        ]


class TranslationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Translation
        fields = ["text", "language", "into", "translation", "gloss", "provider"]
