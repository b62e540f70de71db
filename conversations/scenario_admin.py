"""Scenarios in the Django admin: every scenario (built-in and learner-made) with its phases and words, bulk
activate/deactivate, JSON export of the selected scenarios and import of such a file."""

import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from conversations import scenario_loader
from conversations.scenario_models import LearningPath, PathStep, Phase, PhaseLanguage, Play, Rating, Scenario, Tag


class PhaseInline(admin.StackedInline):
    model = Phase
    extra = 0
    show_change_link = True


class PhaseLanguageInline(admin.StackedInline):
    model = PhaseLanguage
    extra = 0


@admin.register(Phase)
class PhaseAdmin(admin.ModelAdmin):
    list_display = ["__str__", "order"]
    search_fields = ["name", "scenario__title"]
    inlines = [PhaseLanguageInline]


@admin.register(PhaseLanguage)
class PhaseLanguageAdmin(admin.ModelAdmin):
    """Rows the AI wrote on first use wait here for review (filter: needs review)."""

    list_display = ["__str__", "language", "generated", "needs_review"]
    list_filter = ["needs_review", "generated", "language"]
    list_editable = ["needs_review"]


class ImportForm(forms.Form):
    file = forms.FileField(help_text="A JSON export of scenarios (a list).")


@admin.register(Scenario)
class ScenarioAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "level_min", "level_max", "minutes", "is_builtin", "visibility", "is_active"]
    list_filter = ["is_builtin", "is_active", "visibility", "category", "level_min"]
    search_fields = ["title", "slug", "setting"]
    raw_id_fields = ["owner"]
    filter_horizontal = ["tags"]
    inlines = [PhaseInline]
    actions = ["activate", "deactivate", "export_json"]
    change_list_template = "admin/conversations/scenario/change_list.html"

    @admin.action(description="Activate the selected scenarios")
    def activate(self, request, queryset):
        self.message_user(request, f"{queryset.update(is_active=True)} scenario(s) activated.", messages.SUCCESS)

    @admin.action(description="Deactivate the selected scenarios")
    def deactivate(self, request, queryset):
        self.message_user(request, f"{queryset.update(is_active=False)} scenario(s) deactivated.", messages.SUCCESS)

    @admin.action(description="Export the selected scenarios as JSON")
    def export_json(self, request, queryset):
        data = json.dumps(scenario_loader.scenarios_export(queryset), ensure_ascii=False, indent=2)
        response = HttpResponse(data, content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="scenarios.json"'
        return response

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="conversations_scenario_import"), *super().get_urls()]

    def import_view(self, request):
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                items = json.loads(form.cleaned_data["file"].read())
                if not isinstance(items, list):
                    raise ValueError("expected a list")
                imported = scenario_loader.scenarios_import(items)
            except (ValueError, KeyError, TypeError, ValidationError) as error:
                form.add_error("file", f"This file is not a scenario export: {error}")
            else:
                self.message_user(request, f"{len(imported)} scenario(s) imported.", messages.SUCCESS)
                return redirect("admin:conversations_scenario_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Import scenarios",
            "form": form,
        }
        return TemplateResponse(request, "admin/conversations/scenario/import.html", context)


@admin.register(Play)
class PlayAdmin(admin.ModelAdmin):
    list_display = ["scenario", "owner", "language", "phase_index", "state", "started_at", "xp_awarded"]
    list_filter = ["state", "language"]
    raw_id_fields = ["owner", "conversation", "scenario"]


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["scenario", "owner", "stars", "updated_at"]
    list_filter = ["stars"]
    raw_id_fields = ["owner", "scenario"]


class PathStepInline(admin.TabularInline):
    model = PathStep
    extra = 0
    raw_id_fields = ["scenario"]


@admin.register(LearningPath)
class LearningPathAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "visibility"]
    raw_id_fields = ["owner", "followers"]
    inlines = [PathStepInline]


admin.site.register(Tag)
