"""Browser fixtures: the system Chromium (never a downloaded one), driven by Playwright's sync API
against pytest-django's live server."""

import importlib
import os
from collections.abc import Iterator

import pytest
from django.apps import apps as django_apps
from django.db.models.signals import post_migrate

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}


def _launch_languages_add(apps=django_apps, **kwargs) -> None:
    """The launch languages come from a data migration; a transactional test's flush empties the table."""
    importlib.import_module("learning.migrations.0002_languages").add_languages(apps, None)


@pytest.fixture(scope="module")
def _languages_survive_flush() -> Iterator[None]:
    # flush sends post_migrate: put the languages back after each browser test, so the tests after
    # this module find the database as migrate left it.
    post_migrate.connect(
        _launch_languages_add, sender=django_apps.get_app_config("learning"), dispatch_uid="browser_languages"
    )
    yield
    post_migrate.disconnect(sender=django_apps.get_app_config("learning"), dispatch_uid="browser_languages")


@pytest.fixture
def launch_languages(_languages_survive_flush, transactional_db) -> None:
    _launch_languages_add()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    # The sync API keeps an asyncio loop running in this thread, so Django's async-safety check
    # would refuse the ORM calls the tests make between browser steps.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE")
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server, launch_languages) -> Iterator:
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
