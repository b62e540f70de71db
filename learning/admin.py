from django.contrib import admin

from learning.models import Language, Profile, TargetLanguage


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "native_name", "support", *Language.SWITCHES, "sort_order"]
    list_editable = ["support", *Language.SWITCHES, "sort_order"]
    list_filter = ["support", *Language.SWITCHES]
    search_fields = ["code", "name", "native_name"]


class TargetLanguageInline(admin.TabularInline):
    model = TargetLanguage
    extra = 0


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", *Profile.EDITABLE_FIELDS, "onboarded_at"]
    list_filter = [
        "daily_goal_xp",
        "preferred_persona",
        "correction_strictness",
        "native_language",
        ("onboarded_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["user__username", "user__email", "display_name"]
    raw_id_fields = ["user"]
    inlines = [TargetLanguageInline]
    list_select_related = ["user"]


@admin.register(TargetLanguage)
class TargetLanguageAdmin(admin.ModelAdmin):
    list_display = ["profile", "language", "level", "added_at"]
    list_filter = ["language", "level"]
    search_fields = ["profile__user__username", "profile__display_name"]
    raw_id_fields = ["profile"]
    list_select_related = ["profile__user", "language"]


from learning.gamification import admin as gamification_admin  # noqa: E402, F401  (registers its models)
