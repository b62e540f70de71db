from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from admin_tools import services as account_services
from admin_tools.models import User
from learning import services
from learning.forms import (
    ChildCreateForm,
    ChildSecretForm,
    OnboardingForm,
    ProfileForm,
    SettingsForm,
    target_language_formset,
)
from learning.models import Profile


def _profile_for(request, child_id: int | None) -> Profile:
    """The signed-in user's own profile, or one of their children's (404 for anyone else's)."""
    if child_id is None:
        return services.profile_get(user=request.user)
    return get_object_or_404(Profile.objects.for_user(request.user).select_related("user"), user_id=child_id)


def _children(user: User):
    return (
        User.objects.children_of(user).select_related("profile").prefetch_related("profile__target_languages__language")
    )


@login_required
def home(request):
    profile = services.profile_get(user=request.user)
    if not profile.is_onboarded:
        return redirect("learning:onboarding")
    context = {
        "profile": profile,
        "target_languages": profile.target_languages.select_related("language"),
        "children": _children(request.user),
    }
    return render(request, "learning/home.html", context)


@login_required
def onboarding(request):
    profile = services.profile_get(user=request.user)
    form = OnboardingForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        target = (data.pop("language"), data.pop("level"))
        services.profile_onboard(profile=profile, target_languages=[target], **data)
        messages.success(request, "You're all set. Welcome!")
        return redirect("home")
    return render(request, "learning/onboarding.html", {"form": form})


@login_required
def profile_edit(request, child_id: int | None = None):
    profile = _profile_for(request, child_id)
    form = ProfileForm(request.POST or None, instance=profile)
    languages = target_language_formset(profile, request.POST or None)
    if request.method == "POST" and form.is_valid() and languages.is_valid():
        services.profile_update(profile=profile, target_languages=languages.target_languages, **form.cleaned_data)
        messages.success(request, "Profile saved.")
        return redirect(request.path)
    return render(request, "learning/profile.html", {"profile": profile, "form": form, "languages": languages})


@login_required
def settings_edit(request, child_id: int | None = None):
    profile = _profile_for(request, child_id)
    form = SettingsForm(request.POST or None, instance=profile)
    saved = False
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, **form.cleaned_data)
        saved = True
        if not request.htmx:
            messages.success(request, "Settings saved.")
            return redirect(request.path)
    template = "learning/_settings_form.html" if request.htmx else "learning/settings.html"
    return render(request, template, {"profile": profile, "form": form, "saved": saved})


def _may_have_children(user: User) -> bool:
    return not user.is_child and user.has_perm("admin_tools.add_familylink")


@login_required
def children(request):
    if not _may_have_children(request.user):
        raise Http404
    form = ChildCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        target = (data.pop("language"), data.pop("level"))
        secret = data.pop("secret")
        data.pop("secret_confirm")
        child = services.child_create(
            parent=request.user,
            username=data.pop("username"),
            password=secret,
            target_languages=[target],
            **data,
        )
        messages.success(request, f"Account for {child.profile.name} created. They sign in as “{child.username}”.")
        if not request.htmx:
            return redirect("learning:children")
        form = ChildCreateForm()
    template = "learning/_children.html" if request.htmx else "learning/children.html"
    return render(request, template, {"form": form, "children": _children(request.user)})


@login_required
def child_detail(request, child_id: int):
    child = get_object_or_404(_children(request.user), pk=child_id)
    form = ChildSecretForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_services.child_password_set(child=child, password=form.cleaned_data["secret"])
        messages.success(request, f"New PIN or password set for {child.profile.name}.")
        return redirect("learning:child_detail", child_id=child.pk)
    return render(request, "learning/child_detail.html", {"child": child, "form": form})


@login_required
@require_POST
def child_delete(request, child_id: int):
    child = get_object_or_404(_children(request.user), pk=child_id)
    name = child.profile.name
    account_services.child_account_delete(parent=request.user, child=child)
    messages.success(request, f"The account of {name} and all its data were deleted.")
    return redirect("learning:children")
