from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from admin_tools import services
from admin_tools.models import FamilyLink, User

admin.site.site_header = "Language Tutor administration"
admin.site.site_title = "Language Tutor admin"
admin.site.index_title = "Users, learning data, AI and system"


class ChildLinkInline(admin.TabularInline):
    model = FamilyLink
    fk_name = "parent"
    extra = 0
    raw_id_fields = ["child"]
    verbose_name = "child account"
    verbose_name_plural = "child accounts"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "role_list", "is_active", "is_staff", "date_joined", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups", "date_joined"]
    search_fields = ["username", "email", "first_name", "last_name"]
    ordering = ["-date_joined"]
    inlines = [ChildLinkInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:  # an account an admin creates is a learner, like one that signs up
            services.learner_role_grant(user=obj)

    @admin.display(description="roles")
    def role_list(self, user):
        names = [group.name for group in user.groups.all()]
        return ", ".join(sorted(names)) or "—"


@admin.register(FamilyLink)
class FamilyLinkAdmin(admin.ModelAdmin):
    list_display = ["parent", "child", "created_at"]
    search_fields = ["parent__username", "parent__email", "child__username"]
    list_filter = ["created_at"]
    raw_id_fields = ["parent", "child"]
    date_hierarchy = "created_at"
