"""bench/streaming.py --probe, the server's side: daphne started as `bench/streaming.py --probe-server` with timers
on the way a message.send takes through the consumer (the frame reaching the consumer, the thread pool, the
transaction of replies.message_send and its commit callbacks, each SQL statement), written to a file at shutdown,
and the hops they show beside the client's own clock (the same wall clock on one machine)."""

import json
import os
import threading
import time
from pathlib import Path

from bench.streaming_report import _hop_table, _ms


def _probe_server(argv: list[str]) -> None:
    """Run `daphne <argv>` with timers on the consumer's message.send path (see --probe)."""
    import django

    django.setup()
    from daphne.cli import CommandLineInterface
    from django.db.backends.signals import connection_created

    from conversations import consumers
    from conversations.services import replies

    local = threading.local()
    records: list[tuple] = []

    def timed_sql(execute, sql, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            if getattr(local, "sql", None) is not None:
                local.sql.append(time.perf_counter_ns() - started)

    def on_connection(sender, connection, **kwargs):
        if timed_sql not in connection.execute_wrappers:
            connection.execute_wrappers.append(timed_sql)

    connection_created.connect(on_connection, weak=False)
    consumer = consumers.ConversationConsumer
    original_receive, original_handle, original_send = consumer.receive_json, consumer._handle, replies.message_send

    async def receive_json(self, content, **kwargs):
        self.probe_frame_ns = time.time_ns()  # the consumer handles its messages one at a time
        return await original_receive(self, content, **kwargs)

    def handle(self, content):
        local.frame_ns, local.handle_ns, local.sql = getattr(self, "probe_frame_ns", 0), time.time_ns(), []
        try:
            return original_handle(self, content)
        finally:
            local.sql = None

    def message_send(**kwargs):
        started, cpu = time.time_ns(), time.thread_time_ns()
        message, placeholder = original_send(**kwargs)
        records.append(
            (
                placeholder.pk,
                local.frame_ns,
                local.handle_ns,
                started,
                time.time_ns(),
                len(local.sql),
                sum(local.sql),
                time.thread_time_ns() - cpu,
            )
        )
        return message, placeholder

    consumer.receive_json, consumer._handle, replies.message_send = receive_json, handle, message_send
    try:
        CommandLineInterface().run(argv)
    finally:
        Path(os.environ["BENCH_PROBE_SERVER_FILE"]).write_text(json.dumps(records))


def _report_server_probe(path: Path, results: dict, n: int) -> None:
    if not path.exists():
        print("\nno server probe records (the server did not shut down cleanly)")
        return
    by_reply = {record[0]: record[1:] for record in json.loads(path.read_text())}
    for pace, runs in results.items():
        for conv in (1, n):
            replies = [s for s in runs[f"stack {conv}"].replies if not s.error and s.message_id in by_reply]
            if not replies:
                continue
            hops = {key: [] for key in ("frame", "pool", "before", "send", "sql", "cpu", "echo")}
            statements = []
            for s in replies:
                frame, handle, started, ended, count, sql, cpu = by_reply[s.message_id]
                hops["frame"].append(_ms(frame - s.sent_ns))
                hops["pool"].append(_ms(handle - frame))
                hops["before"].append(_ms(started - handle))
                hops["send"].append(_ms(ended - started))
                hops["sql"].append(_ms(sql))
                hops["cpu"].append(_ms(cpu))
                hops["echo"].append(_ms(s.placeholder_ns - ended))
                statements.append(count)
            _hop_table(
                f"-- server (daphne), pace {pace:g} ms, {conv} concurrent conversation{'s' if conv > 1 else ''}",
                [
                    ("message.send written -> frame reaches the consumer", hops["frame"]),
                    ("frame at the consumer -> _handle starts in a pool thread", hops["pool"]),
                    ("_handle starts -> message_send starts (validate, refresh)", hops["before"]),
                    ("message_send: transaction, commit, its callbacks", hops["send"]),
                    ("  of which: its SQL statements, wall time", hops["sql"]),
                    ("  of which: CPU of the thread", hops["cpu"]),
                    ("message_send returned -> placeholder on the page", hops["echo"]),
                ],
            )
            print(f"SQL statements per message_send: {sorted(statements)[len(statements) // 2]} (median)")
