from django.contrib import admin

from learning.models import Achievement, AchievementUnlock, League, LeagueMembership, LearningSession


@admin.register(Achievement)
class AchievementAdmin(admin.ModelAdmin):
    list_display = ["code", "icon", "name", "rarity", "xp", "sort_order"]
    list_editable = ["icon", "name", "rarity", "xp", "sort_order"]
    list_filter = ["rarity"]
    search_fields = ["code", "name", "description"]


@admin.register(AchievementUnlock)
class AchievementUnlockAdmin(admin.ModelAdmin):
    list_display = ["user", "achievement", "unlocked_at"]
    list_filter = ["achievement"]
    search_fields = ["user__username"]
    raw_id_fields = ["user"]


@admin.register(LearningSession)
class LearningSessionAdmin(admin.ModelAdmin):
    list_display = ["started_at", "user", "kind", "language", "items", "correct", "xp"]
    list_filter = ["kind", "language"]
    search_fields = ["user__username"]
    list_select_related = ["user"]


class LeagueMembershipInline(admin.TabularInline):
    model = LeagueMembership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(League)
class LeagueAdmin(admin.ModelAdmin):
    list_display = ["week_start", "tier", "number", "closed_at"]
    list_filter = ["tier", "week_start"]
    inlines = [LeagueMembershipInline]
