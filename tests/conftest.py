"""Browser fixtures: the system Chromium (never a downloaded one), driven by Playwright's sync API
against pytest-django's live server."""

import os
from collections.abc import Iterator

import pytest

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
# Not UTC, so the pages' "use the browser's time zone" suggestion is visible in the tests.
BROWSER_TIME_ZONE = "Europe/Madrid"


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
def page(browser, live_server) -> Iterator:
    context = browser.new_context(
        base_url=live_server.url, viewport=DESKTOP, timezone_id=BROWSER_TIME_ZONE, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    # The live server speaks WSGI, without the notifications websocket (tests/test_runtime.py covers it):
    # answer the page's connection here instead of letting it retry against the server in the background.
    context.route_web_socket("**/ws/notifications/", lambda websocket: None)
    page = context.new_page()
    yield page
    context.close()
