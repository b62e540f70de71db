import re
import pytest
from django.core import mail

from admin_tools.tests.factories import PASSWORD
from learning.tests.factories import LearnerFactory, child_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def shoot(page, name):
    for label, width in (("desktop", 1280), ("mobile", 390)):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"/tmp/shots/{name}-{label}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

def test_shots(page):
    page.goto("/accounts/login/"); shoot(page, "login")
    page.get_by_role("button").last.click() if False else None
    page.locator("form button[type=submit]").last.click(); shoot(page, "login-errors")
    page.goto("/accounts/signup/"); shoot(page, "signup")
    page.locator("form button[type=submit]").last.click(); shoot(page, "signup-errors")
    page.goto("/accounts/password/reset/"); shoot(page, "reset")
    page.goto("/nope/"); shoot(page, "404")
    user = LearnerFactory(); child = child_of(user)
    page.goto("/accounts/login/")
    page.fill("input[name=login]", user.email); page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/")
    shoot(page, "home")
    page.goto("/profile/"); shoot(page, "profile")
    page.goto("/settings/"); shoot(page, "settings")
    page.goto("/children/"); shoot(page, "children")
    page.locator("#children form button[type=submit]").click(); page.wait_for_timeout(500); shoot(page, "children-errors")
    page.goto(f"/children/{child.pk}/"); shoot(page, "child_detail")
    page.goto(f"/children/{child.pk}/settings/"); shoot(page, "child_settings")
    page.goto("/accounts/email/"); shoot(page, "email")
    page.goto("/accounts/password/change/"); shoot(page, "password_change")
    page.goto("/accounts/sessions/"); shoot(page, "sessions")
    page.goto("/accounts/logout/"); shoot(page, "logout")
    from admin_tools.services import learner_account_create
    new = learner_account_create(email="new@example.com", password=PASSWORD)
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("input[name=login]", "new@example.com"); page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/onboarding/")
    shoot(page, "onboarding")
    page.locator("form button[type=submit]").last.click(); shoot(page, "onboarding-errors")
