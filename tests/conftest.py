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


@pytest.fixture
def asgi_server(transactional_db) -> Iterator[str]:
    """The project's ASGI application (HTTP and websockets) served by uvicorn in a thread of this process, so the
    pages, the conversation websocket and the suite's Celery worker share the database and the channel layer."""
    import socket
    import threading
    import time

    import uvicorn
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

    from tutor_project.asgi import application

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        ASGIStaticFilesHandler(application),  # static files from the app folders, as the live server does
        host="127.0.0.1",
        port=port,
        lifespan="off",
        ws="websockets-sansio",
        log_level="warning",
    )
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # signals belong to the main thread
    thread = threading.Thread(target=server.run, name="asgi-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def asgi_page(browser, asgi_server) -> Iterator:
    """A page on the ASGI server, websockets included."""
    context = browser.new_context(base_url=asgi_server, viewport=DESKTOP, timezone_id=BROWSER_TIME_ZONE, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
