"""Run a Celery worker and beat as threads of the web process (embedded mode).

With the in-memory broker only threads of this process can reach the queue, so the worker uses
the threads pool and beat runs as a thread too (a beat or prefork child process would get its
own private copy of the broker and its messages would vanish). Started once per process.
"""

import atexit
import logging
import os
import socket
import sys
import threading

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict = {}


def start(*, concurrency: int = 4, beat: bool = True):
    from celery.beat import EmbeddedService

    from tutor_project.celery import app

    with _lock:
        if _state.get("pid") == os.getpid():
            return _state["worker"]
        worker = app.WorkController(
            pool="threads",
            concurrency=concurrency,
            hostname=f"embedded-{os.getpid()}@{socket.gethostname()}",
            without_heartbeat=True,
            without_mingle=True,
            without_gossip=True,
        )
        thread = threading.Thread(target=worker.start, name="celery-embedded-worker", daemon=True)
        thread.start()
        beat_service = None
        if beat:
            beat_service = EmbeddedService(app, thread=True, scheduler_cls="celery.beat:Scheduler")
            beat_service.start()
        _state.update(pid=os.getpid(), worker=worker, thread=thread, beat=beat_service)
        log.info("embedded Celery worker%s started in process %s", " and beat" if beat else "", os.getpid())
    atexit.register(stop)
    if "twisted.internet.reactor" in sys.modules:
        # daphne: stop while its loop still runs, so finishing tasks can still send to websockets
        from twisted.internet import reactor, threads

        reactor.addSystemEventTrigger("before", "shutdown", lambda: threads.deferToThread(stop))
    return worker


def is_running() -> bool:
    thread = _state.get("thread")
    return _state.get("pid") == os.getpid() and thread is not None and thread.is_alive()


def stop(timeout: float = 30.0) -> None:
    with _lock:
        if _state.get("pid") != os.getpid():
            return
        state = dict(_state)
        _state.clear()
    if state["beat"] is not None:
        state["beat"].stop()
    state["worker"].stop()  # warm shutdown: stop consuming, let running tasks finish
    state["thread"].join(timeout)
