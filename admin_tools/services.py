from decimal import Decimal

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from admin_tools import budgets, realtime, usage
from admin_tools.models import Budget, FamilyLink, Role, User
from admin_tools.validators import validate_child_secret, validate_child_username

PROJECT_APPS = ["admin_tools", "spaced_repetition", "learning", "conversations", "sync", "account", "usersessions"]
ROLE_PERMISSIONS = {
    # Any learner may create a child account; creating the first one makes them a Parent.
    Role.LEARNER: ["admin_tools.add_familylink"],
    Role.PARENT: ["admin_tools.view_familylink", "admin_tools.change_familylink", "admin_tools.delete_familylink"],
}


def roles_sync() -> None:
    """Create the role groups and give each its permissions (idempotent; runs after migrate)."""
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        query = Q()
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(query))
    admin, _ = Group.objects.get_or_create(name=Role.ADMIN)
    admin.permissions.set(
        Permission.objects.filter(Q(content_type__app_label__in=PROJECT_APPS) | Q(content_type__app_label="auth"))
    )


def learner_role_grant(*, user: User) -> None:
    user.groups.add(Group.objects.get(name=Role.LEARNER))


def admin_role_grant(*, user: User) -> None:
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=Role.ADMIN))


@transaction.atomic
def child_account_create(*, parent: User, username: str, password: str) -> User:
    """A child account has no e-mail: it logs in with the username and PIN or password its parent set."""
    if parent.is_child or not parent.has_perm("admin_tools.add_familylink"):
        raise PermissionDenied("This account cannot create child accounts.")
    _validate_fields(username=(validate_child_username, username), password=(validate_child_secret, password))
    child = User.objects.create_user(username=username, password=password)
    learner_role_grant(user=child)
    FamilyLink.objects.create(parent=parent, child=child)
    parent.groups.add(Group.objects.get(name=Role.PARENT))
    return child


def child_password_set(*, child: User, password: str) -> None:
    _validate_fields(password=(validate_child_secret, password))
    child.set_password(password)
    child.save(update_fields=["password"])


@transaction.atomic
def child_account_delete(*, parent: User, child: User) -> None:
    child.delete()
    if not parent.child_links.exists():
        parent.groups.remove(Group.objects.get(name=Role.PARENT))


def child_budget_set(
    *, parent: User, child: User, limit_usd: Decimal, period: str, action: str, thresholds: list[int] | None = None
) -> tuple[Budget, bool]:
    """Create or change the child's budget (the parent's page and API); returns it and whether it is
    new. Setting it makes it active. The budget rules live in Budget.clean and admin_tools.budgets."""
    # a parent picks a calendar period (usage.CHILD_PERIODS): one an admin made custom stops being so
    settings = {"limit_usd": limit_usd, "period": period, "custom_days": None, "action": action}
    if thresholds is not None:
        settings["thresholds"] = thresholds
    budget = usage.child_budget(parent=parent, child=child)
    if budget is None:
        budget = budgets.budget_create(scope=Budget.Scope.USER, user=child, created_by=parent, **settings)
        return budget, True
    return budgets.budget_update(budget=budget, is_active=True, **settings), False


def login_notice(*, user: User, user_agent: str) -> None:
    """Tell the user's other open pages that someone signed in to the account."""
    transaction.on_commit(
        lambda: realtime.notify_user(user.pk, kind="login", text=f"New sign-in to your account ({user_agent[:80]}).")
    )


def _validate_fields(**checks) -> None:
    """Run field validators and raise one ValidationError naming every field at fault."""
    errors = {}
    for field, (validator, value) in checks.items():
        try:
            validator(value)
        except ValidationError as error:
            errors[field] = error.messages
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def learner_account_create(*, email: str, password: str, username: str | None = None) -> User:
    """A learner account with a verified e-mail (demo data and admin tooling; people sign up)."""
    from allauth.account.models import EmailAddress

    user = User.objects.create_user(username=username or email.split("@")[0], email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    learner_role_grant(user=user)
    return user
