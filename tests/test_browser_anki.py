"""Importing an Anki package from the decks page in a real browser: the upload goes through anki_import.js
(progress shown, same document), and a bad file comes back as a form error."""

import pytest
from playwright.sync_api import expect

from admin_tools.tests.factories import PASSWORD
from learning.tests.factories import LearnerFactory
from spaced_repetition.models import Card, ReviewLog
from spaced_repetition.tests.anki_packages import build_anki_package

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in_to_decks(page):
    learner = LearnerFactory()
    page.goto("/accounts/login/")
    page.get_by_label("Login").fill(learner.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    page.goto("/review/decks/")
    return learner


def test_anki_import_from_the_decks_page(page, tmp_path):
    learner = _sign_in_to_decks(page)
    form = page.get_by_role("region", name="Import from Anki")
    form.get_by_label("Anki package (.apkg)").set_input_files(str(build_anki_package(tmp_path)))
    form.get_by_label("Language of the cards").select_option(label="French")
    page.evaluate("window.__sameDocument = true")
    form.get_by_role("button", name="Import").click()

    expect(
        page.get_by_text("Imported 3 cards, 5 reviews into deck “French::Basics”; 0 duplicates skipped.")
    ).to_be_visible()
    assert page.evaluate("window.__sameDocument === true"), "the form posted without anki_import.js"
    assert page.url.endswith("/review/decks/")
    expect(page.get_by_role("row", name="French::Basics")).to_contain_text("Export to Anki")
    assert Card.objects.for_user(learner).count() == 3
    assert ReviewLog.objects.for_user(learner).count() == 5


def test_anki_import_of_a_bad_file_shows_the_error(page, tmp_path):
    learner = _sign_in_to_decks(page)
    bad = tmp_path / "notes.apkg"
    bad.write_bytes(b"not a zip at all")
    form = page.get_by_role("region", name="Import from Anki")
    form.get_by_label("Anki package (.apkg)").set_input_files(str(bad))
    form.get_by_label("Language of the cards").select_option(label="French")
    form.get_by_role("button", name="Import").click()

    expect(page.get_by_text("This is not an Anki package (.apkg): it is not a zip archive.")).to_be_visible()
    expect(page.get_by_role("region", name="Import from Anki").get_by_role("button", name="Import")).to_be_enabled()
    assert Card.objects.for_user(learner).count() == 0
