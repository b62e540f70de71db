"""The progress page: a learner's own, and the same page for each child of a parent."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from admin_tools.models import User
from learning.progress import progress_panels


def _render(request, learner: User, *, child: User | None = None):
    panels = progress_panels(learner=learner, now=timezone.now())
    # times on the page (achievement unlocks) in the learner's time zone, as their days are counted
    with timezone.override(panels["time_zone"]):
        return render(request, "learning/progress.html", {**panels, "learner": learner, "child": child})


@login_required
def progress(request):
    return _render(request, request.user)


@login_required
def child_progress(request, child_id: int):
    child = get_object_or_404(User.objects.children_of(request.user).select_related("profile"), pk=child_id)
    return _render(request, child, child=child)
