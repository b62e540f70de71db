import pytest, json
from django.core import mail
from admin_tools.models import User
from admin_tools.tests.factories import PASSWORD, UserFactory
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

def test_explore(client):
    u = LearnerFactory()
    r = client.post("/_allauth/app/v1/auth/login", {"email": u.email, "password": PASSWORD}, content_type="application/json")
    print(r.status_code, r.json())
    tok = r.json()["meta"]["session_token"]
    r = client.get("/api/v1/me", headers={"X-Session-Token": tok})
    print(r.status_code, r.json())
    r = client.delete("/_allauth/app/v1/auth/session", headers={"X-Session-Token": tok})
    print(r.status_code, r.content)
    r = client.get("/api/v1/me", headers={"X-Session-Token": tok})
    print(r.status_code, r.json(), r.headers.get("WWW-Authenticate"))
    r = client.post("/_allauth/app/v1/auth/signup", {"email": "n@example.com", "password": PASSWORD, "is_staff": True, "is_superuser": True, "groups": [1,2,3]}, content_type="application/json")
    print(r.status_code, r.json())
    n = User.objects.get(email="n@example.com")
    print(n.username, n.is_staff, n.is_superuser, list(n.groups.values_list("name", flat=True)), [m.to for m in mail.outbox])
    c = child_of(u)
    r = client.post("/_allauth/app/v1/auth/login", {"username": "kid", "password": "135790"}, content_type="application/json")
    print(r.status_code, r.json())
