import pytest

from conversations.streaming import DeltaBatcher, ReplyCancelled


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_first_delta_goes_at_once_then_batches_every_interval():
    clock, sent = Clock(), []
    batcher = DeltaBatcher(lambda text, seq: sent.append((seq, text)) or True, interval=0.05, clock=clock)
    batcher.add("Hola")
    clock.now += 0.01
    batcher.add(",")
    clock.now += 0.01
    batcher.add(" Ana")
    clock.now += 0.04
    batcher.add(".")
    assert sent == [(1, "Hola"), (2, ", Ana.")]
    batcher.add(" ¿Qué")
    assert batcher.received == "Hola, Ana. ¿Qué"
    batcher.flush()
    assert sent[-1] == (3, " ¿Qué") and batcher.text == "Hola, Ana. ¿Qué"


def test_a_flush_that_says_stop_raises_reply_cancelled_keeping_the_text():
    batcher = DeltaBatcher(lambda text, seq: False, interval=0.05, clock=Clock())
    with pytest.raises(ReplyCancelled):
        batcher.add("Hola")
    assert (batcher.text, batcher.seq) == ("Hola", 1)
