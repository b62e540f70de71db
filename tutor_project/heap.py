"""Keeping the garbage collector's full passes short in the long-lived processes (ASGI and WSGI servers, Celery
workers).

Once Django, the apps and their libraries are loaded, a process holds about 340,000 objects that the garbage
collector tracks (modules, classes, functions, the tutor catalogue and scenario data). They live as long as the
process, yet every full collection walks all of them: measured here, about 200 ms each on an idle machine and up
to half a second in a busy worker, with the GIL held, so every reply streaming in that process stalls for as
long (the streaming benchmark's worst deltas). `freeze` moves what exists at startup out of the collector's
sight (`gc.freeze`), after one collection so that no startup garbage is kept; later collections walk only what
the process made since.
"""

import gc
import logging

log = logging.getLogger(__name__)


def freeze() -> int:
    """Collect once, then exempt every object alive now from later collections. Returns how many are frozen."""
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.info("garbage collector: %d startup objects frozen", frozen)
    return frozen
