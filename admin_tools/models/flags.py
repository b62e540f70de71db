"""Feature flags: django-waffle's flag model, swapped in by WAFFLE_FLAG_MODEL."""

import hashlib

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from waffle.models import AbstractUserFlag


def flag_bucket(name: str, user_id: int) -> int:
    """A user's place, 0–999, in one flag's rollout: a hash of flag name and user id, so a user keeps
    the same answer on every device and every request, and each flag picks a different slice of users."""
    return int(hashlib.sha256(f"{name}:{user_id}".encode()).hexdigest(), 16) % 1000


class FeatureFlag(AbstractUserFlag):
    """A waffle flag decided from the user alone, never from a cookie or the request: pages, the API,
    mobile clients and Celery tasks (which have no request) all get the same answer.

    In order: Everyone Yes/No overrides the rest; then staff, superusers, signed-in users, the chosen
    groups and users; then the percentage, by a stable hash of user id and flag name. Anonymous
    visitors get a flag only when it is on for everyone."""

    # waffle's own field stops at 99.9; 100 lets a rollout finish without switching to "everyone"
    percent = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=(
            "0–100: the share of signed-in users who get the flag, chosen by a stable hash of user id and "
            "flag name (the same answer on web and mobile). Empty = no percentage rollout."
        ),
    )

    class Meta(AbstractUserFlag.Meta):
        verbose_name = "feature flag"
        verbose_name_plural = "feature flags"
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="feature_flag_percent_range",
            )
        ]

    def is_active(self, request, read_only: bool = False) -> bool:
        """waffle's entry point ({% flag %}, waffle.flag_is_active, its decorators): the request only
        gives the user, so waffle's cookie, testing and language rules never apply."""
        return self.is_active_for(getattr(request, "user", None))

    def is_active_for(self, user) -> bool:
        if not self.pk:  # a name with no row (a typo, or a flag not created yet): off
            return False
        if self.everyone is not None:
            return self.everyone
        if user is None or not user.is_authenticated:
            return False
        if self.is_active_for_user(user):  # waffle's staff / superusers / authenticated / users / groups
            return True
        return self.percent is not None and flag_bucket(self.name, user.pk) < self.percent * 10
