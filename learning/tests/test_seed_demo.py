from io import StringIO

import pytest
from django.core.management import call_command

from admin_tools.models import FamilyLink, User
from learning.models import Profile

pytestmark = pytest.mark.django_db

LOGINS = (
    "  learner@example.com    practise-daily   learner\n"
    "  parent@example.com     practise-daily   parent of demo-kid\n"
    "  admin@example.com      practise-daily   admin: /admin/\n"
    "  demo-kid               246810           child (username + PIN)\n"
)


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_creates_the_accounts_and_prints_the_logins():
    assert _seed() == "Demo accounts created. Sign in with:\n" + LOGINS
    assert sorted(User.objects.values_list("username", "email", "is_staff", "is_superuser")) == [
        ("demo-admin", "admin@example.com", True, True),
        ("demo-kid", "", False, False),
        ("demo-learner", "learner@example.com", False, False),
        ("demo-parent", "parent@example.com", False, False),
    ]
    assert sorted(
        Profile.objects.values_list(
            "user__username", "display_name", "target_languages__language", "target_languages__level"
        )
    ) == [
        ("demo-admin", "Ada (demo admin)", "de", "C1"),
        ("demo-kid", "Kim (demo child)", "es", "A1"),
        ("demo-learner", "Lena (demo learner)", "es", "A2"),
        ("demo-parent", "Paul (demo parent)", "fr", "B1"),
    ]
    assert Profile.objects.filter(onboarded_at__isnull=True).exists() is False
    assert list(FamilyLink.objects.values_list("parent__username", "child__username")) == [("demo-parent", "demo-kid")]
    assert sorted(User.objects.get(username="demo-parent").groups.values_list("name", flat=True)) == [
        "Learner",
        "Parent",
    ]
    assert sorted(User.objects.get(username="demo-admin").groups.values_list("name", flat=True)) == [
        "Admin",
        "Learner",
    ]


def test_seed_demo_twice_leaves_the_same_rows(db_rows):
    _seed()
    before = db_rows()
    assert _seed() == "Demo accounts already exist. Sign in with:\n" + LOGINS
    assert db_rows() == before


@pytest.mark.parametrize(
    ("login", "password"),
    [
        ("learner@example.com", "practise-daily"),
        ("parent@example.com", "practise-daily"),
        ("admin@example.com", "practise-daily"),
        ("demo-kid", "246810"),
    ],
)
def test_seed_demo_printed_logins_sign_in(client, login, password):
    _seed()
    response = client.post("/accounts/login/", {"login": login, "password": password})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_seed_demo_admin_opens_the_admin(client):
    _seed()
    client.post("/accounts/login/", {"login": "admin@example.com", "password": "practise-daily"})
    assert client.get("/admin/").status_code == 200
