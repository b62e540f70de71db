"""Accounts: the user model, its roles, and the parent-child link."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import F, Q


class Role(models.TextChoices):
    """Roles are Django groups of these names; Admin also means staff."""

    LEARNER = "Learner"
    PARENT = "Parent"
    ADMIN = "Admin"


class UserQuerySet(models.QuerySet):
    def children_of(self, parent: "User") -> "UserQuerySet":
        """The only way any page or endpoint reaches a child account: through its parent."""
        return self.filter(parent_link__parent=parent)


class AccountManager(UserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    objects = AccountManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def is_child(self) -> bool:
        return hasattr(self, "parent_link")

    @property
    def is_parent(self) -> bool:
        return self.groups.filter(name=Role.PARENT).exists()

    @property
    def roles(self) -> list[str]:
        names = set(self.groups.values_list("name", flat=True))
        if self.is_staff:
            names.add(Role.ADMIN)
        return [role.value for role in Role if role.value in names]


class FamilyLink(models.Model):
    """A parent-managed child account. A child has exactly one parent."""

    parent = models.ForeignKey(User, on_delete=models.CASCADE, related_name="child_links")
    child = models.OneToOneField(User, on_delete=models.CASCADE, related_name="parent_link")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.CheckConstraint(condition=~Q(parent=F("child")), name="family_link_not_self")]

    def __str__(self):
        return f"{self.parent} → {self.child}"
