import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError

from admin_tools import realtime, services
from admin_tools.models import FamilyLink, Role, User
from admin_tools.tests.factories import PASSWORD, UserFactory
from admin_tools.validators import validate_child_secret
from tests import listening

pytestmark = pytest.mark.django_db


def _permissions(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def _groups(user: User) -> list[str]:
    return sorted(user.groups.values_list("name", flat=True))


# --- roles


def test_roles_sync_gives_each_role_its_permissions():
    services.roles_sync()
    assert sorted(Group.objects.values_list("name", flat=True)) == ["Admin", "Learner", "Parent"]
    assert _permissions(Role.LEARNER) == {"admin_tools.add_familylink"}
    assert _permissions(Role.PARENT) == {
        "admin_tools.view_familylink",
        "admin_tools.change_familylink",
        "admin_tools.delete_familylink",
    }
    admin = _permissions(Role.ADMIN)
    expected_apps = {
        "admin_tools",
        "learning",
        "spaced_repetition",
        "conversations",
        "sync",
        "account",
        "usersessions",
        "auth",
    }
    assert {name.split(".")[0] for name in admin} == expected_apps
    assert admin == {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(content_type__app_label__in=expected_apps).select_related("content_type")
    }
    assert {"learning.change_profile", "admin_tools.delete_user", "auth.change_group"} <= admin
    assert not any(name.startswith(("sessions.", "contenttypes.", "admin.")) for name in admin)


def test_roles_sync_is_idempotent():
    services.roles_sync()
    groups = {group.pk: _permissions(group.name) for group in Group.objects.all()}
    services.roles_sync()
    services.roles_sync()
    assert {group.pk: _permissions(group.name) for group in Group.objects.all()} == groups
    assert Group.objects.count() == 3


def test_roles_sync_restores_a_removed_permission():
    Group.objects.get(name=Role.LEARNER).permissions.clear()
    services.roles_sync()
    assert _permissions(Role.LEARNER) == {"admin_tools.add_familylink"}


def test_roles_sync_keeps_group_members():
    user = UserFactory()
    Group.objects.get(name=Role.ADMIN).delete()
    services.roles_sync()
    assert _groups(user) == ["Learner"]
    assert Group.objects.filter(name=Role.ADMIN).count() == 1


def test_learner_role_grant_puts_the_user_in_the_learner_group():
    user = User.objects.create_user(username="plain", password=PASSWORD)
    services.learner_role_grant(user=user)
    assert _groups(user) == ["Learner"]
    assert user.roles == ["Learner"]
    assert user.has_perm("admin_tools.add_familylink") is True


def test_admin_role_grant_makes_the_user_staff_in_the_admin_group():
    user = UserFactory()
    services.admin_role_grant(user=user)
    user = User.objects.get(pk=user.pk)  # a fresh object: permissions are cached per instance
    assert (user.is_staff, user.is_superuser) == (True, False)
    assert _groups(user) == ["Admin", "Learner"]
    assert user.roles == ["Learner", "Admin"]
    assert user.has_perm("learning.change_profile") is True


def test_learner_account_create_has_a_verified_primary_email():
    user = services.learner_account_create(email="ada@example.com", password=PASSWORD)
    assert (user.username, user.email, user.is_staff) == ("ada", "ada@example.com", False)
    assert user.check_password(PASSWORD) is True
    assert list(EmailAddress.objects.filter(user=user).values_list("email", "primary", "verified")) == [
        ("ada@example.com", True, True)
    ]
    assert _groups(user) == ["Learner"]


# --- child accounts


def test_child_account_create_links_the_child_and_makes_the_parent_a_parent():
    parent = UserFactory()
    child = services.child_account_create(parent=parent, username="kid", password="135790")
    assert (child.username, child.email, child.is_staff, child.is_superuser) == ("kid", "", False, False)
    assert child.check_password("135790") is True
    assert _groups(child) == ["Learner"]
    assert list(FamilyLink.objects.values_list("parent_id", "child_id")) == [(parent.pk, child.pk)]
    assert _groups(parent) == ["Learner", "Parent"]
    assert (child.is_child, parent.is_child, parent.is_parent) == (True, False, True)
    assert list(User.objects.children_of(parent)) == [child]
    assert EmailAddress.objects.filter(user=child).exists() is False


def test_child_account_create_accepts_a_password_instead_of_a_pin():
    child = services.child_account_create(parent=UserFactory(), username="kid", password="blue-otter-sings")
    assert child.check_password("blue-otter-sings") is True


def test_child_account_create_refuses_a_child_as_parent():
    parent = UserFactory()
    child = services.child_account_create(parent=parent, username="kid", password="135790")
    with pytest.raises(PermissionDenied, match="This account cannot create child accounts."):
        services.child_account_create(parent=child, username="grandkid", password="135790")
    assert User.objects.filter(username="grandkid").exists() is False
    assert FamilyLink.objects.count() == 1


def test_child_account_create_refuses_an_account_without_the_learner_role():
    outsider = User.objects.create_user(username="outsider", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        services.child_account_create(parent=outsider, username="kid", password="135790")
    assert User.objects.filter(username="kid").exists() is False


def test_child_account_create_reports_every_invalid_field_at_once():
    UserFactory(username="taken")
    parent = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.child_account_create(parent=parent, username="Taken", password="1234")
    assert error.value.message_dict == {
        "username": ["That username is taken. Try another one."],
        "password": ["A PIN must have 6 to 12 digits."],
    }
    assert FamilyLink.objects.exists() is False
    assert _groups(parent) == ["Learner"]


def test_child_account_create_refuses_an_invalid_username():
    with pytest.raises(ValidationError) as error:
        services.child_account_create(parent=UserFactory(), username="no spaces!", password="135790")
    assert error.value.message_dict == {
        "username": ["Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."]
    }
    assert User.objects.filter(username="no spaces!").exists() is False


@pytest.mark.parametrize("secret", ["123456", "123456789012", "blue-otter-sings"])
def test_validate_child_secret_accepts_pins_of_6_to_12_digits_and_good_passwords(secret):
    assert validate_child_secret(secret) is None


@pytest.mark.parametrize(
    ("secret", "messages"),
    [
        ("12345", ["A PIN must have 6 to 12 digits."]),
        ("1234567890123", ["A PIN must have 6 to 12 digits."]),
        ("abc", ["This password is too short. It must contain at least 8 characters.", "This password is too common."]),
        ("password", ["This password is too common."]),
    ],
)
def test_validate_child_secret_refuses_short_pins_and_weak_passwords(secret, messages):
    with pytest.raises(ValidationError) as error:
        validate_child_secret(secret)
    assert error.value.messages == messages


def test_child_password_set_changes_the_secret():
    child = services.child_account_create(parent=UserFactory(), username="kid", password="135790")
    services.child_password_set(child=child, password="864213579")
    child.refresh_from_db()
    assert child.check_password("864213579") is True


def test_child_password_set_refuses_a_short_pin_and_keeps_the_old_one():
    child = services.child_account_create(parent=UserFactory(), username="kid", password="135790")
    with pytest.raises(ValidationError) as error:
        services.child_password_set(child=child, password="1234")
    assert error.value.message_dict == {"password": ["A PIN must have 6 to 12 digits."]}
    child.refresh_from_db()
    assert child.check_password("135790") is True


def test_child_account_delete_keeps_the_parent_role_while_a_child_remains():
    parent = UserFactory()
    first = services.child_account_create(parent=parent, username="ana", password="135790")
    second = services.child_account_create(parent=parent, username="ben", password="135790")
    services.child_account_delete(parent=parent, child=first)
    assert User.objects.filter(username="ana").exists() is False
    assert _groups(parent) == ["Learner", "Parent"]
    services.child_account_delete(parent=parent, child=second)
    assert _groups(parent) == ["Learner"]
    assert FamilyLink.objects.exists() is False
    assert parent.is_parent is False


# --- login notice


def test_login_notice_reaches_the_users_group_after_commit(django_capture_on_commit_callbacks):
    user = UserFactory()
    channel = listening.listen(realtime.user_group(user.pk))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.login_notice(user=user, user_agent="Firefox " + "x" * 100)
    assert len(callbacks) == 1
    message = listening.receive(channel)
    assert message == {
        "type": "notify",
        "kind": "login",
        "text": f"New sign-in to your account (Firefox {'x' * 72}).",
        "level": "info",
    }
