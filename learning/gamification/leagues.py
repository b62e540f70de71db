"""Weekly leagues: joining on the first XP of the week, keeping the week's XP, and closing the week
(promotion and demotion). Weeks are ISO weeks starting Monday 00:00 UTC, the same instant for everyone."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, Sum

from admin_tools.models import User
from learning.gamification import rules
from learning.models import League, LeagueMembership, LearnerStats, Profile, XpEvent


def league_credit(*, user: User, profile: Profile, xp: int, at: datetime) -> None:
    """Add XP to the learner's league of the week `at` falls in, joining one on the first XP of the week.
    Opted-out learners join nothing; a week already closed takes no more XP."""
    monday = rules.week_start(at)
    updated = LeagueMembership.objects.filter(user=user, week_start=monday, league__closed_at__isnull=True).update(
        xp=F("xp") + xp
    )
    if updated or xp <= 0 or profile.league_opt_out:
        return
    if LeagueMembership.objects.filter(user=user, week_start=monday).exists():
        return  # in a league already closed
    if League.objects.filter(week_start=monday, closed_at__isnull=False).exists():
        return
    _league_join(user=user, monday=monday, at=at)


def _league_join(*, user: User, monday, at: datetime) -> LeagueMembership:
    """Join the first group of the learner's tier with a free place, or open the next group."""
    tier = LearnerStats.objects.filter(user=user).values_list("league_tier", flat=True).first() or 1
    start, end = rules.week_bounds(monday)
    week_xp = XpEvent.objects.filter(user=user, occurred_at__gte=start, occurred_at__lt=end).aggregate(total=Sum("xp"))[
        "total"
    ]
    while True:
        candidates = (
            League.objects.filter(week_start=monday, tier=tier, closed_at__isnull=True)
            .annotate(size=Count("memberships"))
            .filter(size__lt=rules.LEAGUE_SIZE)
            .order_by("number")
            .values_list("pk", flat=True)
        )
        for league_id in candidates:
            # lock the group, then count again: two learners joining at once cannot both take the last place
            league = League.objects.select_for_update().get(pk=league_id)
            if league.memberships.count() < rules.LEAGUE_SIZE:
                return LeagueMembership.objects.create(
                    league=league, user=user, week_start=monday, xp=week_xp or 0, joined_at=at
                )
        number = (League.objects.filter(week_start=monday, tier=tier).aggregate(n=Max("number"))["n"] or 0) + 1
        try:
            with transaction.atomic():
                League.objects.create(week_start=monday, tier=tier, number=number)
        except IntegrityError:
            pass  # another learner opened this group first: look again


def league_ranking(league: League) -> list[LeagueMembership]:
    """The league's learners in rank order (most XP first; on a tie, who joined first). Learners who opted
    out since joining are left out, and leave the outcome untouched."""
    return list(
        league.memberships.exclude(user__profile__league_opt_out=True)
        .select_related("user__profile")
        .order_by("-xp", "joined_at", "pk")
    )


@transaction.atomic
def leagues_close_week(*, now: datetime) -> int:
    """Close every league of a week that has ended: record each learner's final rank, promote the top and
    demote the bottom (rules.league_zone), and set their tier for next week's league. Idempotent: a closed
    league is skipped. Returns the number of leagues closed."""
    closed = 0
    current = rules.week_start(now)
    for league in League.objects.select_for_update().filter(week_start__lt=current, closed_at__isnull=True):
        members = league_ranking(league)
        moves: dict[int, list[int]] = {}
        for rank, membership in enumerate(members, start=1):
            zone = rules.league_zone(rank=rank, size=len(members), tier=league.tier)
            membership.final_rank, membership.tier_after = rank, rules.tier_after(tier=league.tier, zone=zone)
            moves.setdefault(membership.tier_after, []).append(membership.user_id)
        LeagueMembership.objects.bulk_update(members, ["final_rank", "tier_after"])
        for tier, user_ids in moves.items():  # every member has stats: joining needs XP, which creates them
            LearnerStats.objects.filter(user_id__in=user_ids).update(league_tier=tier)
        league.closed_at = now
        league.save(update_fields=["closed_at"])
        closed += 1
    return closed
