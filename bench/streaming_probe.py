"""bench/streaming.py --probe: the celery worker with timers on the reply path (started as `bench/streaming.py
--probe-worker`), the hops, statements and drops its records show, and what a batch's parts and one message.send
cost when timed alone in the bench process."""

import asyncio
import json
import logging
import os
import re
import statistics
import threading
import time
from pathlib import Path

from bench.streaming_clients import LEARNER_SAYS, _expected_deltas, _new_conversations
from bench.streaming_report import _hop_table, _ms, _q

# --- the worker (--probe-worker): the same `celery worker`, with timers, records written at shutdown


def _probe_worker(argv: list[str]) -> None:
    """Run `celery worker <argv>` for tutor_project with timers on the reply path (see --probe)."""
    import django

    django.setup()
    from celery.signals import task_postrun, task_prerun, task_received, worker_shutdown
    from django.db.backends.signals import connection_created

    from conversations import realtime
    from conversations.streaming import DeltaBatcher
    from tests.fakes.base import DELTA_STAMP
    from tutor_project.celery import app

    local = threading.local()
    records = {"tasks": [], "flushes": [], "sends": [], "sql": {}, "deltas": [], "over_capacity": 0, "received": []}

    class OverCapacity(logging.Handler):
        """channels_redis says so (at INFO) when a group_send finds a channel full and drops the message."""

        def emit(self, record):
            if "over capacity" in record.msg:
                records["over_capacity"] += 1

    layer_log = logging.getLogger("channels_redis.core")
    layer_log.addHandler(OverCapacity(logging.INFO))
    layer_log.setLevel(logging.INFO)
    layer_log.propagate = False
    table_pattern = re.compile(r'\b(?:FROM|INTO|UPDATE)\s+"(\w+)"', re.I)

    def kind_of(sql: str) -> str:
        verb = sql.split(None, 1)[0].upper() if sql.strip() else "?"
        table = table_pattern.search(sql)
        return f"{verb} {table.group(1)}" if table else verb

    def timed_sql(execute, sql, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter_ns() - started
            kind = kind_of(sql)
            records["sql"].setdefault(kind, []).append(elapsed)
            counts = getattr(local, "counts", None)
            if counts is not None:
                counts[kind] = counts.get(kind, 0) + 1

    def on_connection(sender, connection, **kwargs):
        if timed_sql not in connection.execute_wrappers:
            connection.execute_wrappers.append(timed_sql)

    connection_created.connect(on_connection, weak=False)

    def prerun(task_id=None, task=None, args=None, **kwargs):
        local.counts = {}
        if task.name == "conversations.tasks.reply_generate":
            local.task = (args[0], time.time_ns(), time.thread_time_ns())

    def postrun(task_id=None, task=None, args=None, **kwargs):
        if task.name == "conversations.tasks.reply_generate" and getattr(local, "task", None):
            message_id, started, cpu = local.task
            cpu = time.thread_time_ns() - cpu
            records["tasks"].append((message_id, started, time.time_ns(), local.counts, cpu))
        local.counts, local.task = None, None

    def received(request=None, **kwargs):
        """The worker's consumer took the task's message off the broker (before any pool thread has it)."""
        if request.name == "conversations.tasks.reply_generate":
            records["received"].append((request.args[0], time.time_ns()))

    task_received.connect(received, weak=False)
    task_prerun.connect(prerun, weak=False)
    task_postrun.connect(postrun, weak=False)

    original_add, original_flush, original_send = DeltaBatcher.add, DeltaBatcher.flush, realtime.send

    def add(self, delta):
        stamp = DELTA_STAMP.search(delta)
        if stamp:
            records["deltas"].append((int(stamp.group(1)), time.time_ns()))
        return original_add(self, delta)

    def flush(self):
        local.flush_started = time.time_ns()
        return original_flush(self)

    def send(conversation_id, event, **options):
        started = time.time_ns()
        original_send(conversation_id, event, **options)
        ended = time.time_ns()  # a batch (wait=False): only queued on the process's channel-layer loop
        if event.get("type") == "reply.delta":
            records["flushes"].append(
                (event["message_id"], event["seq"], getattr(local, "flush_started", started), started, ended)
            )
        else:
            records["sends"].append((event.get("type"), started, ended))

    DeltaBatcher.add, DeltaBatcher.flush, realtime.send = add, flush, send

    def dump(**kwargs):
        Path(os.environ["BENCH_PROBE_FILE"]).write_text(json.dumps(records))

    worker_shutdown.connect(dump, weak=False)
    app.worker_main(["worker", *argv])


# --- the bench process: the records read back, then a batch's parts and a message.send timed alone


def _report_probe(probe_files: list[Path], results: dict, n: int) -> None:
    print()
    print("=== attribution (--probe: timers inside the worker) ===")
    if not all(probe_file.exists() for probe_file in probe_files):
        print("no probe records (a worker did not shut down cleanly)")
        return
    records = {"tasks": [], "flushes": [], "sends": [], "sql": {}, "deltas": [], "over_capacity": 0, "received": []}
    for probe_file in probe_files:  # one per worker process, merged
        one = json.loads(probe_file.read_text())
        for key in ("tasks", "flushes", "sends", "deltas", "received"):
            records[key].extend(one[key])
        for kind, times in one["sql"].items():
            records["sql"].setdefault(kind, []).extend(times)
        records["over_capacity"] += one["over_capacity"]
    tasks = {message_id: (started, ended, counts) for message_id, started, ended, counts, _ in records["tasks"]}
    flushes = {(m, seq): (f, s, e) for m, seq, f, s, e in records["flushes"]}
    received_at = dict(records["received"])
    for pace, runs in results.items():
        for conv in (1, n):
            replies = [s for s in runs[f"stack {conv}"].replies if not s.error and s.message_id in tasks]
            if not replies:
                continue
            pickup, setup, provider_first = [], [], []  # pickup: from the learner's send
            stored_to_received, received_to_started = [], []
            hold, update, layer, deliver, tail_settle = [], [], [], [], []
            for s in replies:
                started, ended, _ = tasks[s.message_id]
                pickup.append(_ms(started - s.sent_ns))
                if s.message_id in received_at and s.placeholder_ns:
                    stored_to_received.append(_ms(received_at[s.message_id] - s.placeholder_ns))
                    received_to_started.append(_ms(started - received_at[s.message_id]))
                setup.append(_ms(s.request_ns - started))
                provider_first.append(_ms(s.deltas[0][0] - s.request_ns))
                frames = {}
                for sent, received, seq, last_in_frame, final in s.deltas:
                    if last_in_frame:
                        frames[seq] = (sent, received, final)
                for seq, (sent, received, final) in frames.items():
                    timing = flushes.get((s.message_id, seq))
                    if timing is None:
                        continue
                    flush_started, send_started, send_ended = timing
                    if final:
                        tail_settle.append(_ms(flush_started - sent))
                    else:
                        hold.append(_ms(flush_started - sent))
                    update.append(_ms(send_started - flush_started))
                    layer.append(_ms(send_ended - send_started))
                    deliver.append(_ms(received - send_ended))
            _hop_table(
                f"-- pace {pace:g} ms, {conv} concurrent conversation{'s' if conv > 1 else ''}",
                [
                    ("TTFT: message.send -> task started (store, enqueue, pickup)", pickup),
                    ("  of which: placeholder on the page -> worker received task", stored_to_received),
                    ("  of which: worker received task -> task started (pool)", received_to_started),
                    ("TTFT: task started -> provider request read (task + gateway)", setup),
                    ("TTFT: provider request read -> first delta sent (fake pace)", provider_first),
                    ("delta (b): sent by fake -> flush starts (SDK parse, GIL)", hold),
                    ("batch: flush starts -> layer send posted (batcher)", update),
                    ("batch: posting the send (queued on the layer's loop)", layer),
                    ("batch: send posted -> page received (loop, Redis, daphne)", deliver),
                    ("final batch: last delta sent -> flush (stream end, settle)", tail_settle),
                ],
            )
    deltas = records["deltas"]
    if deltas:
        waits = [_ms(got - sent) for sent, got in deltas]
        print(f"\nevery delta, sent by fake -> in DeltaBatcher.add: p50 {_q(waits, 50):.1f} p95 {_q(waits, 95):.1f} ms")
    counts = [c for _, _, c in tasks.values()]
    cpu = [_ms(task[4]) for task in records["tasks"]]
    if cpu:
        print(
            f"\nCPU of the task's own thread per reply ({_expected_deltas()} deltas; SDK parsing, ORM, the thread's "
            f"share of async_to_sync): p50 {_q(cpu, 50):.1f} ms, p95 {_q(cpu, 95):.1f} ms"
        )
    if counts:
        print(f"\ndatabase statements per reply task ({len(counts)} tasks, {_expected_deltas()} deltas each):")
        kinds = sorted({k for c in counts for k in c}, key=lambda k: -statistics.mean(c.get(k, 0) for c in counts))
        for kind in kinds:
            per_task = [c.get(kind, 0) for c in counts]
            durations = records["sql"].get(kind, [])
            print(
                f"    {kind:<48} {statistics.mean(per_task):6.1f} per task   "
                f"p50 {_q([_ms(d) for d in durations], 50):5.2f} ms  p95 {_q([_ms(d) for d in durations], 95):5.2f} ms"
            )
    print(
        f"\nreply.delta events channels_redis dropped because the daphne process's channel key was full "
        f"(capacity {_layer_capacity()}, shared by every websocket of that process): {records['over_capacity']}"
    )
    other = {}
    for kind, started, ended in records["sends"]:
        other.setdefault(kind, []).append(_ms(ended - started))
    for kind, values in other.items():
        print(f"channel layer send of {kind}: p50 {_q(values, 50):.1f} ms, p95 {_q(values, 95):.1f} ms ({len(values)})")


def _message_send_cost(learners, count: int = 30) -> None:
    """What the consumer does for one message.send, in this process (daphne does it in the one thread that all
    its sync consumers share): replies.message_send, its commit callbacks included (two events, one task queued;
    the worker is stopped by now, and the queue is flushed at the end)."""
    from django.db import connection

    from admin_tools.models import User
    from conversations import realtime
    from conversations.models import Conversation, Message
    from conversations.services import replies

    sql, layer = [], []

    def timed_sql(execute, sql_text, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql_text, params, many, context)
        finally:
            sql.append(time.perf_counter_ns() - started)

    original = realtime.send

    def timed_send(conversation_id, event):
        started = time.perf_counter_ns()
        original(conversation_id, event)
        layer.append(time.perf_counter_ns() - started)

    user = User.objects.get(pk=learners[0].pk)
    conversation = Conversation.objects.get(pk=_new_conversations(learners[:1])[0])
    walls, cpus, statements = [], [], []
    realtime.send = timed_send
    try:
        with connection.execute_wrapper(timed_sql):
            for i in range(count + 5):
                del sql[:], layer[:]
                cpu, started = time.process_time(), time.perf_counter_ns()
                replies.message_send(conversation=conversation, author=user, text=LEARNER_SAYS[i % 4], timing={})
                wall = time.perf_counter_ns() - started
                if i >= 5:  # warm
                    walls.append(_ms(wall))
                    cpus.append((time.process_time() - cpu) * 1000)
                    statements.append((len(sql), _ms(sum(sql)), _ms(sum(layer))))
                Message.objects.filter(conversation=conversation, status="streaming").update(status="complete")
    finally:
        realtime.send = original
    print(f"\none message.send as the consumer handles it ({count} times, in this process):")
    print(
        f"    replies.message_send with its commit callbacks: p50 {_q(walls, 50):.1f} ms, p95 {_q(walls, 95):.1f} ms, "
        f"CPU p50 {_q(cpus, 50):.1f} ms"
    )
    print(
        f"    of which {statistics.median(n for n, _, _ in statements):.0f} SQL statements taking "
        f"{statistics.median(t for _, t, _ in statements):.1f} ms, and 2 channel layer sends (message.created, "
        f"each rendering the message's HTML) taking {statistics.median(t for _, _, t in statements):.1f} ms (p50)"
    )


def _layer_capacity() -> int:
    from django.conf import settings

    return settings.CHANNEL_LAYERS["default"].get("CONFIG", {}).get("capacity", 100)


def _timed(call, count: int) -> tuple[list[float], float]:
    """Wall-clock ms of each call, and the CPU ms of this whole process per call (the calls' own threads
    included, which async_to_sync starts)."""
    walls, cpu = [], time.process_time()
    for _ in range(count):
        started = time.perf_counter_ns()
        call()
        walls.append(_ms(time.perf_counter_ns() - started))
    return walls, (time.process_time() - cpu) * 1000 / count


def _flush_parts(learners, count: int = 300) -> None:
    """What one batch costs in isolation, from this process with the rest of the stack idle: the task's statement
    per flush (and the EXISTS an earlier design added), and one channel layer send from a thread as the task sends
    it (tutor_project.layers.group_send: a PUBLISH from the thread itself), through async_to_sync (a new event loop,
    so a new Redis connection, per call) and on one long-lived event loop."""
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer
    from django.db import connection

    from conversations.models import Message
    from tutor_project import layers

    conversation_id = _new_conversations(learners[:1])[0]
    reply = Message.objects.create(conversation_id=conversation_id, role="assistant", status="streaming")
    text = ""

    def update():
        nonlocal text
        text += "palabra "
        Message.objects.filter(pk=reply.pk).update(text=text, seq=len(text))

    def still_wanted():
        Message.objects.filter(pk=reply.pk, cancel_requested=False).exists()

    layer = get_channel_layer()
    group = "bench.layer-hop"
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def on_loop(coro):
        return asyncio.run_coroutine_threadsafe(coro, loop).result(30)

    channel = on_loop(layer.new_channel())  # a page in the group: its channel is drained after every send
    on_loop(layer.group_add(group, channel))
    message = {"type": "forward", "event": {"type": "reply.delta", "message_id": 1, "seq": 1, "text": "x" * 40}}

    def send_from_thread():
        layers.group_send(group, message, wait=False)
        on_loop(layer.receive(channel))

    def send_async_to_sync():
        async_to_sync(layer.group_send)(group, message)
        on_loop(layer.receive(channel))

    def send_on_loop():
        on_loop(layer.group_send(group, message))
        on_loop(layer.receive(channel))

    connection.ensure_connection()
    rows = [
        ("UPDATE message text + seq (each flush)", update),
        ("SELECT EXISTS cancel_requested (each flush)", still_wanted),
        ("layers.group_send from the thread (as the task does) *", send_from_thread),
        ("group_send by async_to_sync *", send_async_to_sync),
        ("group_send on a long-lived loop *", send_on_loop),
    ]
    print(f"\none batch's parts in isolation ({count} each, from this process; the machine as busy as above):")
    print(f"    {'part':<52} {'p50 ms':>7} {'p95 ms':>7} {'CPU ms':>7}")
    for label, call in rows:
        _timed(call, 20)  # warm
        walls, cpu = _timed(call, count)
        print(f"    {label:<52} {_q(walls, 50):>7.2f} {_q(walls, 95):>7.2f} {cpu:>7.2f}")
    print("    * includes draining the page's channel once (one receive on the long-lived loop)")
    on_loop(layer.group_discard(group, channel))
    on_loop(layer.flush())
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()
