from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from admin_tools import budgets, health, services, usage
from admin_tools.forms import ChildBudgetForm
from admin_tools.models import User


@never_cache
@require_GET
def healthz(request):
    checks = health.run_checks()
    failing = [name for name, result in checks.items() if not result["ok"]]
    body = {"status": "error" if failing else "ok", "failing": failing, "checks": checks}
    return JsonResponse(body, status=503 if failing else 200)


def _usage_context(*, viewer: User, user: User) -> dict:
    """This period's figures, budgets and alerts of `user` (the viewer, or a child of theirs)."""
    since, until = usage.current_period(user=user)
    return {
        "summary": usage.usage_summary(user=user, since=since, until=until),
        "budgets": usage.budget_statuses(usage.user_budgets(viewer=viewer, user=user)),
        "alerts": [
            (alert, budgets.alert_text(alert, to_owner=viewer.pk == user.pk))
            for alert in usage.alerts_of(viewer=viewer, user=user)
        ],
    }


@login_required
def usage_page(request):
    context = _usage_context(viewer=request.user, user=request.user)
    return render(request, "admin_tools/usage.html", context)


@login_required
def child_usage(request, child_id: int):
    child = get_object_or_404(User.objects.children_of(request.user).select_related("profile"), pk=child_id)
    budget = usage.child_budget(parent=request.user, child=child)
    form = ChildBudgetForm(request.POST or None, budget=budget)
    if request.method == "POST" and form.is_valid():
        try:
            _, created = services.child_budget_set(parent=request.user, child=child, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, "Budget set." if created else "Budget saved.")
            return redirect("admin_tools:child_usage", child_id=child.pk)
    context = {**_usage_context(viewer=request.user, user=child), "child": child, "form": form, "budget": budget}
    return render(request, "admin_tools/child_usage.html", context)


def _add_errors(form, error: ValidationError) -> None:
    """A model rule's errors on the form's fields; one about a field the form lacks goes on top."""
    for name, field_messages in error.message_dict.items():
        form.add_error(name if name in form.fields else None, field_messages)


@login_required
@require_POST
def alert_acknowledge(request, alert_id: int):
    """Dismiss an alert from the user's own banner (their own budget's or a child's), with the lower
    thresholds of the same budget; 404 for any other alert. Nobody else's banner or list changes."""
    alerts = usage.alerts_to_dismiss(user=request.user, alert_id=alert_id)
    if not budgets.budget_alert_dismiss(user=request.user, alerts=alerts):
        raise Http404
    messages.success(request, "Budget alert dismissed.")
    return redirect(_next_url(request, default=reverse("admin_tools:usage")))


def _next_url(request, default: str) -> str:
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else default
