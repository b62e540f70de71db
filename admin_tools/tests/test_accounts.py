"""Accounts through django-allauth's real endpoints: the HTML pages under /accounts/ and the headless
app API under /_allauth/app/v1/ that mobile clients use."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from admin_tools.models import User
from admin_tools.tests.factories import PASSWORD, UserFactory
from learning.tests.factories import LearnerFactory, child_of

pytestmark = pytest.mark.django_db

WRONG_CREDENTIALS = "The email address and/or password you specified are not correct."
TOO_MANY_ATTEMPTS = "Too many failed login attempts. Try again later."


def _signed_in_user_id(client) -> int | None:
    value = client.session.get(SESSION_KEY)
    return int(value) if value else None


def _link_in(message) -> str:
    """The path of the one link in an e-mail allauth sent."""
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def _errors(response) -> list[str]:
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*><li>(.*?)</li>', response.text)


def _login(client, login: str, password: str, **extra):
    return client.post("/accounts/login/", {"login": login, "password": password}, **extra)


# --- sign-up


def test_signup_creates_a_learner_who_is_never_staff(client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_staff": "on",
            "is_superuser": "on",
            "groups": ["1", "2", "3"],
            "user_permissions": ["1"],
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="new@example.com")
    assert (user.username, user.is_staff, user.is_superuser) == ("new", False, False)
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert user.user_permissions.exists() is False
    assert list(user.emailaddress_set.values_list("email", "verified", "primary")) == [("new@example.com", False, True)]


def test_signup_sends_one_verification_email_to_the_new_address(client):
    client.post("/accounts/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.com"]
    assert mail.outbox[0].subject == "[Language Tutor] Please Confirm Your Email Address"
    assert _link_in(mail.outbox[0]).startswith("/accounts/confirm-email/")


def test_signup_leaves_the_new_account_signed_out_until_verified(client):
    client.post("/accounts/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD})
    assert _signed_in_user_id(client) is None
    assert client.get("/api/v1/me").status_code == 401


def test_signup_with_a_taken_email_answers_like_a_signup_and_warns_the_owner(client, db_rows):
    """allauth hides whether an address is registered: the page looks the same, the owner gets a mail."""
    UserFactory(email="taken@example.com")
    before = db_rows()
    response = client.post(
        "/accounts/signup/", {"email": "taken@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/confirm-email/"
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["taken@example.com"], "[Language Tutor] Account Already Exists")
    ]
    assert db_rows() == before
    assert _signed_in_user_id(client) is None


def test_signup_with_a_weak_password_shows_the_error_and_creates_nothing(client, db_rows):
    before = db_rows()
    response = client.post(
        "/accounts/signup/", {"email": "weak@example.com", "password1": "12345", "password2": "12345"}
    )
    assert response.status_code == 200
    assert _errors(response) == ["This password is too short. It must contain at least 8 characters."]
    assert db_rows() == before
    assert mail.outbox == []


def test_email_confirmation_link_verifies_and_signs_in_to_onboarding(client):
    client.post("/accounts/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD})
    link = _link_in(mail.outbox[0])
    assert client.get(link).status_code == 200  # ACCOUNT_CONFIRM_EMAIL_ON_GET is off: a GET only shows the form
    response = client.post(link)
    assert response.status_code == 302
    assert response.headers["Location"] == "/onboarding/"
    user = User.objects.get(email="new@example.com")
    assert user.emailaddress_set.get().verified is True
    assert _signed_in_user_id(client) == user.pk


# --- login


def test_login_before_verification_is_refused(client):
    client.post("/accounts/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD})
    client.logout()
    response = _login(client, "new@example.com", PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/confirm-email/"
    assert _signed_in_user_id(client) is None
    assert client.get("/api/v1/me").status_code == 401


def test_login_with_verified_email_signs_in(client):
    user = LearnerFactory()
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert _signed_in_user_id(client) == user.pk


def test_login_with_a_wrong_password_is_refused(client):
    user = LearnerFactory()
    response = _login(client, user.email, "not-the-password")
    assert response.status_code == 200
    assert _errors(response) == [WRONG_CREDENTIALS]
    assert _signed_in_user_id(client) is None


def test_login_rate_limit_per_account_refuses_even_the_right_password(client):
    """login_failed "5/5m/key": five failures for one account, then even the right password is refused."""
    user = LearnerFactory()
    for _ in range(5):
        assert _errors(_login(client, user.email, "not-the-password")) == [WRONG_CREDENTIALS]
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 200
    assert _errors(response) == [TOO_MANY_ATTEMPTS]
    assert _signed_in_user_id(client) is None
    # the limit is per account: another account from the same address signs in
    other = LearnerFactory()
    assert _login(client, other.email, PASSWORD).status_code == 302


def test_login_rate_limit_per_address_refuses_every_account(client):
    """login_failed "10/m/ip": ten failures from one address, then no account signs in from it."""
    users = LearnerFactory.create_batch(11)
    for user in users[:10]:
        assert _errors(_login(client, user.email, "not-the-password")) == [WRONG_CREDENTIALS]
    response = _login(client, users[10].email, PASSWORD)
    assert response.status_code == 200
    assert _errors(response) == [TOO_MANY_ATTEMPTS]
    assert _signed_in_user_id(client) is None
    # from another address the same account signs in
    assert _login(client, users[10].email, PASSWORD, REMOTE_ADDR="10.0.0.9").status_code == 302


def test_child_logs_in_with_username_and_pin_without_email_verification(client, learner):
    child = child_of(learner, username="kid", pin="135790")
    response = _login(client, "kid", "135790")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert _signed_in_user_id(client) == child.pk
    assert client.get("/api/v1/me").json()["is_child"] is True


def test_child_login_with_a_wrong_pin_is_refused(client, learner):
    child_of(learner, username="kid", pin="135790")
    response = _login(client, "kid", "135791")
    assert response.status_code == 200
    assert _signed_in_user_id(client) is None


def test_login_by_username_of_an_unverified_adult_is_still_refused(client):
    """Skipping verification is for children only, whichever login method is used."""
    client.post("/accounts/signup/", {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD})
    client.logout()
    response = _login(client, "new", PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/confirm-email/"
    assert _signed_in_user_id(client) is None


# --- passwords


def test_password_reset_sends_a_mail_whose_link_sets_a_new_password(client):
    user = LearnerFactory()
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/done/"
    assert [(message.to, message.subject) for message in mail.outbox] == [
        ([user.email], "[Language Tutor] Password Reset Email")
    ]
    key_page = client.get(_link_in(mail.outbox[0]))
    assert key_page.status_code == 302  # allauth moves the key out of the URL into the session
    response = client.post(key_page.headers["Location"], {"password1": "new-secret-991", "password2": "new-secret-991"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/key/done/"
    user.refresh_from_db()
    assert user.check_password("new-secret-991") is True


def test_password_reset_for_an_unknown_address_says_so_by_mail_only(client, db_rows):
    before = db_rows()
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/reset/done/"
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["nobody@example.com"], "[Language Tutor] Unknown Account")
    ]
    assert db_rows() == before


def test_password_change_sets_the_new_password(client):
    user = LearnerFactory()
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "another-secret-77", "password2": "another-secret-77"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/password/change/"
    user.refresh_from_db()
    assert user.check_password("another-secret-77") is True
    assert _signed_in_user_id(client) == user.pk  # the session survives its own password change


def test_password_change_with_a_wrong_current_password_changes_nothing(client, db_rows):
    user = LearnerFactory()
    client.force_login(user)
    before = db_rows()
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": "another-secret-77", "password2": "another-secret-77"},
    )
    assert response.status_code == 200
    assert _errors(response) == ["Please type your current password."]
    assert db_rows() == before


# --- headless app API (mobile)


def _app_login(client, **credentials):
    return client.post("/_allauth/app/v1/auth/login", credentials, content_type="application/json")


def test_app_login_returns_a_session_token_that_authenticates_the_api(client):
    user = LearnerFactory()
    response = _app_login(client, email=user.email, password=PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["is_authenticated"] is True
    token = body["meta"]["session_token"]
    assert len(token) == 32
    assert body["data"]["user"]["id"] == user.pk
    me = client.get("/api/v1/me", headers={"X-Session-Token": token})
    assert me.status_code == 200
    assert (me.json()["id"], me.json()["username"]) == (user.pk, user.username)


def test_app_logout_revokes_the_session_token(client):
    user = LearnerFactory()
    token = _app_login(client, email=user.email, password=PASSWORD).json()["meta"]["session_token"]
    response = client.delete("/_allauth/app/v1/auth/session", headers={"X-Session-Token": token})
    # allauth answers a logout with the now anonymous state
    assert response.status_code == 401
    assert response.json()["meta"] == {"is_authenticated": False}
    me = client.get("/api/v1/me", headers={"X-Session-Token": token})
    assert me.status_code == 401
    assert me.headers["WWW-Authenticate"] == "X-Session-Token"
    assert me.json() == {
        "error": {
            "code": "not_authenticated",
            "message": "Authentication credentials were not provided.",
            "fields": {},
        }
    }


def test_app_made_up_session_token_is_refused(client):
    response = client.get("/api/v1/me", headers={"X-Session-Token": "x" * 32})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "X-Session-Token"


def test_app_login_for_a_child_with_username_and_pin(client, learner):
    child = child_of(learner, username="kid", pin="135790")
    response = _app_login(client, username="kid", password="135790")
    assert response.status_code == 200
    token = response.json()["meta"]["session_token"]
    assert client.get("/api/v1/me", headers={"X-Session-Token": token}).json()["id"] == child.pk


def test_app_login_with_a_wrong_password_gets_no_token(client):
    user = LearnerFactory()
    response = _app_login(client, email=user.email, password="not-the-password")
    assert response.status_code == 400
    assert "session_token" not in response.json().get("meta", {})


def test_app_signup_never_grants_staff_and_waits_for_verification(client):
    response = client.post(
        "/_allauth/app/v1/auth/signup",
        {"email": "app@example.com", "password": PASSWORD, "is_staff": True, "is_superuser": True, "groups": [1, 2, 3]},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert response.json()["meta"]["is_authenticated"] is False
    assert {"id": "verify_email", "is_pending": True} in response.json()["data"]["flows"]
    user = User.objects.get(email="app@example.com")
    assert (user.is_staff, user.is_superuser) == (False, False)
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert [message.to for message in mail.outbox] == [["app@example.com"]]


def test_app_signup_with_a_taken_email_answers_like_a_signup_and_warns_the_owner(client, db_rows):
    UserFactory(email="taken@example.com")
    before = db_rows()
    response = client.post(
        "/_allauth/app/v1/auth/signup",
        {"email": "taken@example.com", "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert {"id": "verify_email", "is_pending": True} in response.json()["data"]["flows"]
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["taken@example.com"], "[Language Tutor] Account Already Exists")
    ]
    assert db_rows() == before
