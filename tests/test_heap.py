"""The long-lived processes take what they loaded at startup out of the garbage collector's full passes
(tutor_project/heap.py): each entry point is started in a fresh interpreter, as a server or a worker starts it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

REPORT = "import gc, json; print(json.dumps({'frozen': gc.get_freeze_count(), 'tracked': len(gc.get_objects())}))"
STARTS = {
    "asgi": "import tutor_project.asgi",
    "wsgi": "import tutor_project.wsgi",
    # what a Celery worker does once it is ready (threads and solo pools), and each prefork child as it starts
    "worker_ready": "import django; django.setup(); from celery.signals import worker_ready; "
    "from tutor_project.celery import app; worker_ready.send(sender=None)",
    "worker_process_init": "import django; django.setup(); from celery.signals import worker_process_init; "
    "from tutor_project.celery import app; worker_process_init.send(sender=None)",
}


def _heap_after(start: str) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tutor_project.settings.test", "EMBEDDED_WORKER": "False"}
    done = subprocess.run(
        [sys.executable, "-c", f"{start}\n{REPORT}"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("entry", sorted(STARTS))
def test_startup_objects_are_out_of_the_collectors_sight(entry):
    heap = _heap_after(STARTS[entry])
    # Django, the apps and their libraries: far more objects than a full collection now walks
    assert heap["frozen"] > 100_000
    assert heap["tracked"] < heap["frozen"] / 10


def test_a_plain_django_setup_freezes_nothing():
    """Only the server and worker entry points freeze: a management command or a shell collects as usual."""
    heap = _heap_after("import django; django.setup()")
    assert heap["frozen"] == 0
    assert heap["tracked"] > 100_000
