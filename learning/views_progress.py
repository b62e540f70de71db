"""The progress page: a learner's own, and the same page for each child of a parent; and the leaderboard."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from admin_tools import flags
from admin_tools.models import User
from learning import services
from learning.gamification import selectors as gamification
from learning.progress import progress_panels

LEADERBOARD_SIZE = 50


def _render(request, learner: User, *, child: User | None = None):
    leagues = flags.flag_is_active(request, flags.LEAGUES)
    panels = progress_panels(learner=learner, now=timezone.now(), leagues=leagues)
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


@login_required
def leaderboard(request):
    """The learner's league this week and the all-time top learners; 404 when the leagues flag is off."""
    if not flags.flag_is_active(request, flags.LEAGUES):
        raise Http404("Leagues are switched off.")
    now = timezone.now()
    context = {
        "profile": services.profile_get(user=request.user),
        "league": gamification.league_table(request.user, now=now),
        "all_time": gamification.leaderboard(period="all", limit=LEADERBOARD_SIZE, user=request.user, now=now),
        "size": LEADERBOARD_SIZE,
    }
    return render(request, "learning/leaderboard.html", context)
