import os

from celery import Celery
from celery.signals import worker_process_init, worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tutor_project.settings.base")

app = Celery("tutor_project")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect  # the threads and solo pools: tasks run in the worker's own process
@worker_process_init.connect  # each child of the prefork pool
def _heap_freeze(**kwargs) -> None:
    from tutor_project import heap

    heap.freeze()
