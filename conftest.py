import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core.cache import cache
from django.db import connections

from tutor_project import vectors
from tutor_project.celery import app as celery_app

pytest_plugins = ["tests.fakes.fixtures"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and throttles count per test, not across the suite."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _vector_store(settings, tmp_path_factory):
    """Each test its own embedded ChromaDB directory, opened only if the test embeds or reads something: a
    test never sees another's vectors, nor writes into var/."""
    settings.CHROMA_URL = ""
    settings.CHROMA_PATH = tmp_path_factory.mktemp("chroma")
    yield settings.CHROMA_PATH
    vectors.clients_close()


@pytest.fixture(scope="session", autouse=True)
def _close_connection_pools(django_db_setup, django_db_blocker):
    """PostgreSQL connections pooled by worker and server threads would keep the test database busy
    when pytest-django drops it; close the pool before that. A connection still checked out then belongs to a
    task the last tests queued that is still running in a worker thread: it gets a few seconds to finish, then
    its session is ended, so that the test database can be dropped."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            if getattr(connection, "pool", None) is not None:
                connection.close_pool()
                _other_sessions_end(connection)


def _other_sessions_end(connection, wait_s: float = 5.0) -> None:
    """From a connection to the server's maintenance database (not pooled), like Django's own DROP DATABASE."""
    others = "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
    name = [connection.settings_dict["NAME"]]
    with connection._nodb_cursor() as cursor:
        deadline = time.monotonic() + wait_s
        cursor.execute(others, name)
        while cursor.fetchall() and time.monotonic() < deadline:
            time.sleep(0.1)
            cursor.execute(others, name)
        cursor.execute(f"SELECT pg_terminate_backend(pid) FROM ({others}) AS lingering", name)


@pytest.fixture(scope="session")
def celery_worker():
    """A real Celery worker consuming the configured broker (Redis with REDIS_URL, else in-memory),
    in a thread of the test process: tasks are serialised, queued and picked up as in production."""
    celery_app.control.purge()  # tasks queued by earlier tests that had no worker name rows long gone
    with start_worker(
        celery_app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=10, loglevel="WARNING"
    ) as worker:
        yield worker


@pytest.fixture
def tasks_inline():
    """Celery tasks queued during the test run at once, in the caller's thread and transaction: the same task
    code, called without a broker. For tests of what a task does; tests of the queue use celery_worker."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_eager_propagates = False


@pytest.fixture
def learner(db):
    from learning.tests.factories import LearnerFactory

    return LearnerFactory()


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def db_rows(db):
    """Call it before and after a refused request: every stored row, to show nothing changed. Sessions are
    left out because every request may touch them (allauth's usersessions records activity)."""
    from django.apps import apps

    def snapshot() -> dict[str, list[dict]]:
        return {
            model._meta.label: list(model._base_manager.order_by("pk").values())
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label not in {"sessions", "usersessions"}
        }

    return snapshot
