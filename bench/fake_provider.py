"""The benchmarks' AI provider: fake Anthropic servers of the test harness (tests/fakes), one per pace (seconds
before each streamed delta, 0 for at once), every call answered with the same reply.

They run in a process of their own, as a real provider runs on another machine: in the measured process they
would share its GIL and be measured with it. `in_process=True` runs them there all the same, to show that cost.

    with FakeProvider((0.0, 0.010), REPLY) as provider:
        fast_url, paced_url = provider.urls
"""

import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fakes(paces_s, reply: str, stamp_deltas: bool) -> list:
    from tests.fakes import FakeAnthropic

    fakes = []
    for pace in paces_s:
        fake = FakeAnthropic()
        fake.default_text = reply
        fake.stamp_deltas = stamp_deltas
        fake.slow(pace)
        fakes.append(fake.start())
    return fakes


def _serve(paces_s, reply, stamp_deltas, urls, stop) -> None:
    sys.path.insert(0, str(ROOT))
    fakes = _fakes(paces_s, reply, stamp_deltas)
    urls.put([fake.url for fake in fakes])
    while not stop.wait(1.0):
        for fake in fakes:  # the record of requests is not needed here; keep the process small
            with fake._lock:
                fake.requests.clear()
    for fake in fakes:
        fake.stop()


class FakeProvider:
    def __init__(self, paces_s, reply: str, *, stamp_deltas: bool = False, in_process: bool = False):
        self.paces_s, self.reply, self.stamp_deltas, self.in_process = tuple(paces_s), reply, stamp_deltas, in_process
        self.urls: list[str] = []
        self.process = None

    @property
    def pid(self) -> int | None:
        """The servers' process (None when they run in this one)."""
        return self.process.pid if self.process is not None else None

    def __enter__(self) -> "FakeProvider":
        if self.in_process:
            self.fakes = _fakes(self.paces_s, self.reply, self.stamp_deltas)
            self.urls = [fake.url for fake in self.fakes]
            return self
        context = multiprocessing.get_context("spawn")
        urls, self.stop = context.Queue(), context.Event()
        args = (self.paces_s, self.reply, self.stamp_deltas, urls, self.stop)
        self.process = context.Process(target=_serve, args=args, daemon=True)
        self.process.start()
        self.urls = urls.get(timeout=60)
        return self

    def __exit__(self, *exc) -> None:
        if self.in_process:
            for fake in self.fakes:
                fake.stop()
            return
        self.stop.set()
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)
