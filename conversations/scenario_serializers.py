"""API shapes of scenarios. Input serializers check shape only; the rules live in the services."""

from rest_framework import serializers

from conversations import scenario_selectors
from conversations.scenario_models import Bookmark, LearningPath, Phase, Play, Rating, Scenario
from learning.models import Language, Level


class PhaseInputSerializer(serializers.Serializer):
    name = serializers.CharField(allow_blank=True, max_length=80)
    goal = serializers.CharField(allow_blank=True, max_length=300)
    objectives = serializers.ListField(child=serializers.CharField(max_length=300), allow_empty=True)
    success_criteria = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)
    vocabulary = serializers.ListField(child=serializers.CharField(max_length=120), allow_empty=True)
    phrases = serializers.ListField(child=serializers.CharField(max_length=300), allow_empty=True)
    opening = serializers.CharField(required=False, allow_blank=True, default="")
    hint = serializers.CharField(required=False, allow_blank=True, default="")


class ScenarioInputSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True, max_length=120)
    category = serializers.CharField()
    level_min = serializers.CharField()
    level_max = serializers.CharField()
    minutes = serializers.IntegerField()
    learner_role = serializers.CharField(allow_blank=True, max_length=300)
    tutor_role = serializers.CharField(allow_blank=True, max_length=300)
    setting = serializers.CharField(allow_blank=True)
    cultural_notes = serializers.CharField(required=False, allow_blank=True, default="")
    learning_goals = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    language = serializers.CharField()
    visibility = serializers.CharField(required=False, default="draft")
    tags = serializers.ListField(child=serializers.CharField(max_length=40), required=False, default=list)
    phases = PhaseInputSerializer(many=True, allow_empty=True)


class StartInputSerializer(serializers.Serializer):
    language = serializers.SlugRelatedField(slug_field="code", queryset=Language.objects.all())
    level = serializers.ChoiceField(choices=Level.choices, required=False)


class AdvanceInputSerializer(serializers.Serializer):
    phase = serializers.IntegerField(required=False, min_value=0, help_text="Move on only from this phase index")


class DuplicateInputSerializer(serializers.Serializer):
    language = serializers.CharField(required=False, default="")


class RatingInputSerializer(serializers.Serializer):
    stars = serializers.IntegerField()
    review = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


class BookmarkInputSerializer(serializers.Serializer):
    folder = serializers.CharField(required=False, allow_blank=True, default="", max_length=60)


class PathInputSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True, max_length=120)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    visibility = serializers.CharField(required=False, default="private")
    scenarios = serializers.ListField(child=serializers.IntegerField(), allow_empty=True)


class PhaseSerializer(serializers.ModelSerializer):
    words = serializers.SerializerMethodField()

    class Meta:
        model = Phase
        fields = ["order", "name", "goal", "objectives", "success_criteria", "words"]

    def get_words(self, phase) -> dict:
        return {
            row.language: {
                "vocabulary": row.vocabulary,
                "phrases": row.phrases,
                "opening": row.opening,
                "hint": row.hint,
                "needs_review": row.needs_review,
            }
            for row in phase.languages.all()
        }


class ScenarioSerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    rating_avg = serializers.FloatField(read_only=True, required=False, allow_null=True)
    rating_count = serializers.IntegerField(read_only=True, required=False)
    mine = serializers.SerializerMethodField()

    class Meta:
        model = Scenario
        fields = [
            "id",
            "slug",
            "title",
            "category",
            "level_min",
            "level_max",
            "minutes",
            "learner_role",
            "tutor_role",
            "setting",
            "cultural_notes",
            "learning_goals",
            "tags",
            "is_builtin",
            "language",
            "visibility",
            "rating_avg",
            "rating_count",
            "mine",
        ]

    def get_mine(self, scenario) -> bool:
        request = self.context.get("request")
        return bool(request and scenario.owner_id == request.user.pk)


class ScenarioDetailSerializer(ScenarioSerializer):
    phases = PhaseSerializer(many=True, read_only=True)

    class Meta(ScenarioSerializer.Meta):
        fields = [*ScenarioSerializer.Meta.fields, "phases"]


class PlaySerializer(serializers.ModelSerializer):
    panel = serializers.SerializerMethodField()

    class Meta:
        model = Play
        fields = [
            "id",
            "scenario",
            "conversation",
            "language",
            "phase_index",
            "state",
            "objectives_met",
            "words_used",
            "started_at",
            "completed_at",
            "xp_awarded",
            "panel",
        ]

    def get_panel(self, play) -> dict:
        panel = scenario_selectors.play_panel(play)
        return {
            "phase": panel["phase"].name,
            "goal": panel["phase"].goal,
            "count": panel["count"],
            "objectives": [{"text": t, "met": m} for t, m in panel["objectives"]],
            "vocabulary": [{"text": t, "used": u} for t, u in panel["vocabulary"]],
            "phrases": [{"text": t, "used": u} for t, u in panel["phrases"]],
            "hint": panel["hint"],
        }


class SummarySerializer(serializers.Serializer):
    minutes = serializers.IntegerField()
    objectives_met = serializers.IntegerField()
    objectives_total = serializers.IntegerField()
    words_used = serializers.IntegerField()
    mistakes = serializers.IntegerField(source="mistake_count")
    xp_awarded = serializers.IntegerField(source="play.xp_awarded")
    suggestions = ScenarioSerializer(many=True)


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["scenario", "stars", "review", "created_at", "updated_at"]


class BookmarkSerializer(serializers.ModelSerializer):
    folder = serializers.SlugRelatedField(slug_field="name", read_only=True)
    title = serializers.CharField(source="scenario.title", read_only=True)

    class Meta:
        model = Bookmark
        fields = ["scenario", "title", "folder", "created_at"]


class PathSerializer(serializers.ModelSerializer):
    scenarios = serializers.SerializerMethodField()
    following = serializers.SerializerMethodField()

    class Meta:
        model = LearningPath
        fields = ["id", "title", "description", "visibility", "owner", "scenarios", "following"]

    def get_scenarios(self, path) -> list[dict]:
        progress = self.context.get("progress")
        if progress is None:
            return [{"id": s.scenario_id, "completed": None} for s in path.steps.all()]
        return [{"id": s.pk, "title": s.title, "completed": done} for s, done in progress]

    def get_following(self, path) -> bool:
        request = self.context.get("request")
        return bool(request and path.followers.filter(pk=request.user.pk).exists())
