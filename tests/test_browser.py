"""The main journeys in a real browser (headless Chromium) against the live server: sign-up with
e-mail verification and onboarding, a parent creating a child who then signs in with a PIN,
settings saved in place with htmx, and keyboard-only use."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from admin_tools.models import FamilyLink, User
from admin_tools.tests.factories import PASSWORD
from learning.models import Profile
from learning.tests.factories import LearnerFactory
from tests.conftest import BROWSER_TIME_ZONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LEARNER_NAV = ["Home", "Practise", "Scenarios", "Review", "Progress", "Profile", "Settings", "AI usage", "Devices"]

CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")


def _sign_in(page, login: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(login)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign In").click()


def _nav_links(page) -> list[str]:
    return page.get_by_role("navigation", name="Main").get_by_role("link").all_inner_texts()


def _mark_document(page) -> None:
    """A flag that only survives as long as the document does: a full reload drops it."""
    page.evaluate("window.__sameDocument = true")


def _same_document(page) -> bool:
    return page.evaluate("window.__sameDocument === true")


def test_signup_verify_onboard_lands_on_dashboard(page):
    started = timezone.now()
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password:", exact=True).fill("plums-and-pears-42")
    page.get_by_label("Password (again)").fill("plums-and-pears-42")
    page.get_by_role("button", name="Sign Up").click()

    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    assert [message.to for message in mail.outbox] == [["ana@example.com"]]
    link = CONFIRM_LINK.search(mail.outbox[0].body)
    assert link, mail.outbox[0].body

    page.goto(link.group(1))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm Email Address")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(re.compile(r"/onboarding/$"))
    # app.js suggests the browser's time zone in place of the UTC default
    expect(page.get_by_label("Time zone")).to_have_value(BROWSER_TIME_ZONE)
    page.get_by_label("Display name").fill("Ana")
    page.get_by_label("Native language").select_option("de")
    page.get_by_label("Language you want to learn").select_option("it")
    page.get_by_label("Your level in it").select_option("B1")
    page.get_by_label("Daily goal").select_option("30")
    page.get_by_role("button", name="Start learning").click()

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Ana")
    expect(page.locator("#notices")).to_have_text("You're all set. Welcome!")
    languages = page.get_by_role("region", name="Your languages")
    expect(languages.get_by_role("listitem")).to_have_text(["Italian B1"])
    goal = page.get_by_role("region", name="Daily goal")
    expect(goal.locator(".stat")).to_have_text("30 XP a day")
    expect(goal).to_contain_text(f"Your day ends at midnight in {BROWSER_TIME_ZONE}.")

    user = User.objects.get(email="ana@example.com")
    profile = Profile.objects.get(user=user)
    assert started <= profile.onboarded_at <= timezone.now()
    assert (profile.display_name, profile.native_language, profile.daily_goal_xp, profile.time_zone) == (
        "Ana",
        "de",
        30,
        BROWSER_TIME_ZONE,
    )
    assert list(profile.target_languages.values_list("language_id", "level")) == [("it", "B1")]
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert user.is_staff is False
    assert list(EmailAddress.objects.filter(user=user).values_list("email", "verified", "primary")) == [
        ("ana@example.com", True, True)
    ]


def test_parent_creates_child_in_place_then_child_signs_in_with_pin(page):
    parent = LearnerFactory()
    _sign_in(page, parent.email, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {parent.profile.name}")
    assert _nav_links(page) == LEARNER_NAV

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    page.get_by_role("link", name="Create a child account").click()
    expect(page).to_have_url(re.compile(r"/children/$"))
    expect(page.get_by_role("region", name="Child accounts")).to_contain_text("You have no child accounts yet.")

    _mark_document(page)
    form = page.get_by_role("region", name="Create a child account")
    form.get_by_label("Username").fill("mia")
    form.get_by_label("Name shown in the app").fill("Mia")
    # the browser must not offer the parent's own saved password for the child's secret
    expect(form.get_by_label("PIN or password")).to_have_attribute("autocomplete", "new-password")
    form.get_by_label("PIN or password").fill("246810")
    form.get_by_label("Repeat it").fill("246810")
    form.get_by_label("Native language").select_option("en")
    form.get_by_label("Language to learn").select_option("de")
    form.get_by_label("Their level in it").select_option("A1")
    form.get_by_role("button", name="Create account").click()

    rows = page.get_by_role("region", name="Child accounts").get_by_role("row")
    expect(rows).to_have_text(
        ["Name Signs in as Learning Last sign-in", "Mia · Progress mia German (A1) never"], use_inner_text=True
    )
    form = page.get_by_role("region", name="Create a child account")
    expect(form.get_by_role("status")).to_have_text("Account for Mia created. They sign in as “mia”.")
    expect(form.get_by_label("Username")).to_have_value("")
    assert _same_document(page), "the child form reloaded the page instead of updating in place"
    expect(page).to_have_url(re.compile(r"/children/$"))

    child = User.objects.get(username="mia")
    assert list(FamilyLink.objects.values_list("parent_id", "child_id")) == [(parent.pk, child.pk)]
    assert list(child.groups.values_list("name", flat=True)) == ["Learner"]
    assert sorted(parent.groups.values_list("name", flat=True)) == ["Learner", "Parent"]
    assert (child.email, child.is_staff, child.check_password("246810")) == ("", False, True)
    child_profile = Profile.objects.get(user=child)
    assert (child_profile.display_name, child_profile.native_language, child_profile.is_onboarded) == (
        "Mia",
        "en",
        True,
    )
    assert list(child_profile.target_languages.values_list("language_id", "level")) == [("de", "A1")]

    page.reload()  # the parent's navigation now offers the children page
    assert _nav_links(page) == [*LEARNER_NAV, "My children"]
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))

    _sign_in(page, "mia", "246810")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Mia")
    expect(page.get_by_role("region", name="Your languages").get_by_role("listitem")).to_have_text(["German A1"])
    assert _nav_links(page) == LEARNER_NAV
    expect(page.get_by_role("region", name="My children")).to_have_count(0)
    child.refresh_from_db()
    assert timezone.now() - child.last_login < timedelta(minutes=1)


def test_settings_save_in_place(page):
    learner = LearnerFactory()
    _sign_in(page, learner.email, PASSWORD)
    page.goto("/settings/")
    expect(page.get_by_label("Daily goal")).to_have_value("20")

    _mark_document(page)
    page.get_by_label("Daily goal").select_option("50")
    page.get_by_label("Time zone").select_option("Asia/Tokyo")
    page.get_by_label("Tutor persona").select_option("expert-scholar")
    page.get_by_label("Corrections").select_option("thorough")
    page.get_by_role("button", name="Save settings").click()

    expect(page.get_by_role("status").filter(has_text="Settings saved.")).to_be_visible()
    assert _same_document(page), "saving settings reloaded the page instead of updating in place"
    # the confirmation takes the focus of the button the swap removed
    expect(page.get_by_text("Settings saved.")).to_be_focused()
    expect(page.get_by_label("Daily goal")).to_have_value("50")

    profile = Profile.objects.get(user=learner)
    assert (profile.daily_goal_xp, profile.time_zone, profile.preferred_persona, profile.correction_strictness) == (
        50,
        "Asia/Tokyo",
        "expert-scholar",
        "thorough",
    )


def test_child_form_errors_show_in_place_and_take_the_focus(page):
    learner = LearnerFactory()
    _sign_in(page, learner.email, PASSWORD)
    page.goto("/children/")

    _mark_document(page)
    form = page.get_by_role("region", name="Create a child account")
    form.get_by_label("Username").fill(learner.username)
    form.get_by_label("PIN or password").fill("2468")
    form.get_by_label("Repeat it").fill("2468")
    form.get_by_role("button", name="Create account").click()

    username = form.get_by_label("Username")
    expect(username).to_have_attribute("aria-invalid", "true")
    expect(username).to_be_focused()
    expect(form.locator(".errorlist")).to_have_text(
        [
            "That username is taken. Try another one.",
            "A PIN must have 6 to 12 digits.",
            "This field is required.",
        ]
    )
    assert _same_document(page)
    assert list(FamilyLink.objects.all()) == []


def test_skip_link_is_the_first_focusable_element_and_moves_focus_to_the_content(page):
    page.goto("/accounts/login/")
    first_focusable = page.evaluate(
        """() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                 .find(el => el.tabIndex >= 0 && !el.disabled && el.type !== 'hidden').textContent"""
    )
    assert first_focusable == "Skip to content"

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["x"] == 16  # on screen while focused (1rem from the edge)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_login_form_works_with_the_keyboard_alone(page):
    learner = LearnerFactory()
    page.goto("/accounts/login/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Enter")  # to the content
    page.keyboard.press("Tab")  # the "sign up" link in the intro
    expect(page.get_by_role("main").get_by_role("link", name="sign up")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Login")).to_be_focused()
    page.keyboard.type(learner.email)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password:", exact=True)).to_be_focused()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {learner.profile.name}")
