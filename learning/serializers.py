from django.contrib.auth.validators import UnicodeUsernameValidator
from rest_framework import serializers

from admin_tools.models import User
from learning.models import (
    MAX_TARGET_LANGUAGES,
    NATIVE_LANGUAGE_CHOICES,
    TIME_ZONE_CHOICES,
    Achievement,
    DailyGoal,
    Language,
    Level,
    Persona,
    Profile,
    Strictness,
    TargetLanguage,
)


class LanguageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Language
        fields = ["code", "name", "native_name", "support", *Language.SWITCHES]


class TargetLanguageSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="language_id")
    language_name = serializers.CharField(source="language.name")

    class Meta:
        model = TargetLanguage
        fields = ["language", "language_name", "level"]


class ProfileSerializer(serializers.ModelSerializer):
    target_languages = TargetLanguageSerializer(many=True)
    onboarded = serializers.BooleanField(source="is_onboarded")

    class Meta:
        model = Profile
        fields = [*Profile.EDITABLE_FIELDS, "target_languages", "onboarded"]


class MeSerializer(serializers.ModelSerializer):
    display_name = serializers.CharField(source="profile.name")
    roles = serializers.ListField(child=serializers.CharField())
    is_child = serializers.BooleanField()
    is_parent = serializers.BooleanField()
    onboarded = serializers.BooleanField(source="profile.is_onboarded")

    class Meta:
        model = User
        fields = ["id", "username", "email", "display_name", "roles", "is_child", "is_parent", "onboarded"]


class ChildSerializer(serializers.ModelSerializer):
    profile = ProfileSerializer()
    created_at = serializers.DateTimeField(source="parent_link.created_at")

    class Meta:
        model = User
        fields = ["id", "username", "last_login", "created_at", "profile"]


# --- input (shape only; the rules live in the services and models)


class TargetLanguageInputSerializer(serializers.Serializer):
    language = serializers.SlugRelatedField(slug_field="code", queryset=Language.objects.learnable())
    level = serializers.ChoiceField(choices=Level.choices)


class ProfileInputSerializer(serializers.Serializer):
    display_name = serializers.CharField(max_length=50, allow_blank=True, required=False)
    native_language = serializers.ChoiceField(choices=NATIVE_LANGUAGE_CHOICES, required=False)
    daily_goal_xp = serializers.ChoiceField(choices=DailyGoal.choices, required=False)
    time_zone = serializers.ChoiceField(choices=TIME_ZONE_CHOICES, required=False)
    preferred_persona = serializers.ChoiceField(choices=Persona.choices, required=False)
    correction_strictness = serializers.ChoiceField(choices=Strictness.choices, required=False)
    league_opt_out = serializers.BooleanField(required=False)
    target_languages = TargetLanguageInputSerializer(many=True, required=False, max_length=MAX_TARGET_LANGUAGES)

    @property
    def service_kwargs(self) -> dict:
        data = dict(self.validated_data)
        if "target_languages" in data:
            data["target_languages"] = [(item["language"], item["level"]) for item in data["target_languages"]]
        return data


class ChildUpdateInputSerializer(ProfileInputSerializer):
    password = serializers.CharField(required=False, write_only=True, trim_whitespace=False)


class ChildCreateInputSerializer(ChildUpdateInputSerializer):
    username = serializers.CharField(max_length=150, validators=[UnicodeUsernameValidator()])
    password = serializers.CharField(write_only=True, trim_whitespace=False)
    target_languages = TargetLanguageInputSerializer(many=True, min_length=1, max_length=MAX_TARGET_LANGUAGES)


# --- gamification (output only: no endpoint awards XP)


class GamificationStatusSerializer(serializers.Serializer):
    xp_total = serializers.IntegerField()
    level = serializers.IntegerField()
    title = serializers.CharField()
    xp_into_level = serializers.IntegerField()
    xp_for_next_level = serializers.IntegerField(help_text="XP the next level costs in all; 0 at the top level.")
    streak_days = serializers.IntegerField()
    freezes = serializers.IntegerField()
    today_xp = serializers.IntegerField(help_text="Today's XP from activities: what counts toward the goal.")
    daily_goal = serializers.IntegerField()
    goal_met_today = serializers.BooleanField()
    multiplier = serializers.FloatField()


class AchievementSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    icon = serializers.CharField()
    rarity = serializers.ChoiceField(choices=Achievement.Rarity.choices)
    xp = serializers.IntegerField()
    unlocked_at = serializers.DateTimeField(allow_null=True)


class GamificationSerializer(serializers.Serializer):
    status = GamificationStatusSerializer()
    achievements = AchievementSerializer(many=True)


class LeaderboardRowSerializer(serializers.Serializer):
    rank = serializers.IntegerField()
    display_name = serializers.CharField()
    xp = serializers.IntegerField()
    is_me = serializers.BooleanField()


class LeaderboardInputSerializer(serializers.Serializer):
    period = serializers.ChoiceField(choices=[("week", "This week"), ("all", "All time")], default="week")


class LeaderboardSerializer(serializers.Serializer):
    period = serializers.CharField()
    results = LeaderboardRowSerializer(many=True)


class LeagueRowSerializer(LeaderboardRowSerializer):
    zone = serializers.ChoiceField(choices=[("promote", "Promote"), ("stay", "Stay"), ("demote", "Demote")])


class LeagueTableSerializer(serializers.Serializer):
    tier = serializers.IntegerField()
    tier_name = serializers.CharField()
    week_start = serializers.DateField()
    rows = LeagueRowSerializer(many=True)


class LeagueSerializer(serializers.Serializer):
    league = LeagueTableSerializer(allow_null=True, help_text="Null when you opted out or earned no XP this week.")
