from django.contrib import admin

from conversations.models import Conversation, Correction, Message, Persona, TutorMode


@admin.register(TutorMode)
class TutorModeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "corrections", "needs_topic", "experimental", "is_active", "sort_order"]
    list_editable = ["is_active", "sort_order"]
    list_filter = ["corrections", "needs_topic", "experimental", "is_active"]
    search_fields = ["name", "slug", "description"]


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "best_for", "is_default", "is_active", "sort_order"]
    list_editable = ["is_active", "sort_order"]
    search_fields = ["name", "slug", "description"]


class MessageInline(admin.TabularInline):
    model = Message
    fields = ["role", "kind", "text", "status", "model_name", "is_fallback", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "language", "mode", "persona", "level", "status", "last_activity_at"]
    list_filter = ["status", "language", "mode", "persona", "level"]
    search_fields = ["title", "owner__username", "owner__email"]
    raw_id_fields = ["owner"]
    readonly_fields = ["summary", "summary_through", "metrics", "started_at", "last_activity_at"]
    inlines = [MessageInline]


class CorrectionInline(admin.TabularInline):
    model = Correction
    fields = ["original", "corrected", "category", "explanation", "source", "card"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "conversation", "role", "status", "provider", "model_name", "created_at"]
    list_filter = ["role", "status", "kind", "provider", "is_fallback"]
    search_fields = ["text", "conversation__title"]
    raw_id_fields = ["conversation", "reply_to", "explains", "usage_record"]
    readonly_fields = ["timing", "seq", "created_at", "completed_at"]
    inlines = [CorrectionInline]


from conversations import scenario_admin  # noqa: E402, F401  (registers the scenario admin)
