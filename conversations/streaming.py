"""Batching a streamed reply: deltas are gathered and sent about every 50 ms (channels-redis keeps at most 100
messages per channel and drops the rest, so one event per token would lose text). No Django here."""

import time
from collections.abc import Callable

BATCH_SECONDS = 0.05


class ReplyCancelled(Exception):
    """The learner stopped the reply (or left the page): the provider's stream is closed."""


class DeltaBatcher:
    """Collects deltas; `flush(text, seq)` is called with each batch, numbered from 1, and answers whether to go on:
    False stops the stream by raising ReplyCancelled from inside the provider's loop. The first delta goes out at
    once (the learner is waiting for it); later ones at most every `interval`."""

    def __init__(
        self,
        flush: Callable[[str, int], bool],
        *,
        interval: float = BATCH_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._flush, self._interval, self._clock = flush, interval, clock
        self._pending: list[str] = []
        self._last = float("-inf")  # so the first delta goes out at once
        self.seq = 0
        self.text = ""

    @property
    def received(self) -> str:
        """Everything the provider sent so far, flushed or not."""
        return self.text + "".join(self._pending)

    def add(self, delta: str) -> None:
        self._pending.append(delta)
        if self._clock() - self._last >= self._interval:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        batch = "".join(self._pending)
        self._pending.clear()
        self.seq += 1
        self.text += batch
        self._last = self._clock()
        if not self._flush(batch, self.seq):
            raise ReplyCancelled
