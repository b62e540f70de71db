from django.contrib import admin

from spaced_repetition.models import Card, Deck, ReviewLog, ReviewSettings, ReviewUndo


@admin.register(Deck)
class DeckAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "language", "new_per_day", "reviews_per_day", "created_at"]
    list_filter = ["language"]
    search_fields = ["name", "owner__username", "owner__email"]
    raw_id_fields = ["owner"]
    list_select_related = ["owner"]


@admin.register(Card)
class CardAdmin(admin.ModelAdmin):
    list_display = ["front", "deck", "kind", "source", "state", "due", "suspended"]
    list_filter = ["kind", "source", "state", "suspended"]
    search_fields = ["front", "back", "context", "deck__name", "deck__owner__username"]
    raw_id_fields = ["deck"]
    list_select_related = ["deck"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "due"


@admin.register(ReviewLog)
class ReviewLogAdmin(admin.ModelAdmin):
    """The log is append-only: rows can be read and added, never edited or removed here."""

    list_display = ["card", "user", "rating", "state", "reviewed_at", "duration_ms", "imported"]
    list_filter = ["rating", "state", "imported"]
    search_fields = ["card__front", "user__username", "user__email", "client_review_id"]
    raw_id_fields = ["card", "user"]
    list_select_related = ["card", "user"]
    date_hierarchy = "reviewed_at"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewUndo)
class ReviewUndoAdmin(admin.ModelAdmin):
    """Grades taken back by undo, as their logs were: read only."""

    list_display = ["card", "user", "rating", "state", "reviewed_at", "undone_at"]
    list_filter = ["rating", "state"]
    search_fields = ["card__front", "user__username", "user__email", "client_review_id"]
    raw_id_fields = ["card", "user"]
    list_select_related = ["card", "user"]
    date_hierarchy = "undone_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewSettings)
class ReviewSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "desired_retention"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]
    list_select_related = ["user"]
