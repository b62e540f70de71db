from celery import shared_task
from django.utils import timezone

from learning.gamification import leagues


@shared_task
def leagues_close_week() -> int:
    """Promote and demote in the leagues of the week that ended (Celery beat, Mondays just after 00:00 UTC;
    a late or repeated run closes only what is still open)."""
    return leagues.leagues_close_week(now=timezone.now())
