"""What bench/streaming.py prints: the percentiles of each run's latencies, the stack beside the direct SDK calls,
for each pace and against the targets of issue 5, with the CPU the stack spent per batch delivered."""

import os
import statistics

from bench.streaming_clients import RunResult, _expected_deltas

TARGET_DELTA_P95_MS = 20.0
TARGET_TTFT_P95_MS = 100.0
BATCH_MS = 50.0  # conversations.streaming.BATCH_SECONDS, for the report

# --- statistics


def _q(values, p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=1000, method="inclusive")[round(p * 10) - 1]


def _ms(ns) -> float:
    return ns / 1e6


def _row(values_ms: list[float]) -> str:
    if not values_ms:
        return f"{'-':>8} {'-':>8} {'-':>8} {'-':>8} {0:>7}"
    return (
        f"{_q(values_ms, 50):>8.1f} {_q(values_ms, 95):>8.1f} {_q(values_ms, 99):>8.1f} "
        f"{max(values_ms):>8.1f} {len(values_ms):>7}"
    )


def _hop_table(title: str, rows: list[tuple[str, list[float]]]) -> None:
    """One --probe table: a hop per row, with its percentiles in ms."""
    header = f"{'hop':<62} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'samples':>7}"
    print()
    print(title)
    print(header)
    print("-" * len(header))
    for label, values in rows:
        print(f"{label:<62} {_row(values)}")


# --- the reports


def _errors(result: RunResult) -> int:
    return sum(1 for sample in result.replies if sample.error)


def _stack_figures(result: RunResult) -> dict[str, list[float]]:
    ok = [s for s in result.replies if not s.error]
    figures = {"all": [], "trigger": [], "end": [], "ttft": [], "pre": [], "first_delivery": [], "placeholder": []}
    for s in ok:
        for sent, received, _, last_in_frame, final in s.deltas:
            figures["all"].append(_ms(received - sent))
            if last_in_frame and not final:
                figures["trigger"].append(_ms(received - sent))
            if last_in_frame and final:
                figures["end"].append(_ms(received - sent))
        figures["ttft"].append(_ms(s.first_ns - s.sent_ns))
        figures["pre"].append(_ms(s.request_ns - s.sent_ns))
        figures["first_delivery"].append(_ms(s.first_ns - s.deltas[0][0]))
        figures["placeholder"].append(_ms(s.placeholder_ns - s.sent_ns))
    return figures


def _direct_figures(result: RunResult) -> dict[str, list[float]]:
    ok = [s for s in result.replies if not s.error and s.first_ns]
    return {
        "all": [_ms(received - sent) for s in ok for sent, received in s.deltas],
        "ttft": [_ms(s.first_ns - s.started_ns) for s in ok],
        "pre": [_ms(s.request_ns - s.started_ns) for s in ok],
    }


def _report_pace(pace: float, runs: dict, n: int, think_ms: float) -> None:
    expected = _expected_deltas()
    print()
    print(
        f"=== fake pace {pace:g} ms before each delta; {expected} deltas per reply; batching interval "
        f"{BATCH_MS:g} ms; think time 0..{think_ms:g} ms before each message ==="
    )
    header = f"{'measure':<52} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'samples':>7}"
    for conv in (1, n):
        stack, direct = runs[f"stack {conv}"], runs[f"direct {conv}"]
        s, d = _stack_figures(stack), _direct_figures(direct)
        print()
        print(
            f"-- {conv} concurrent conversation{'s' if conv > 1 else ''}: stack {len(stack.replies)} replies in "
            f"{stack.seconds:.1f} s ({_errors(stack)} errors, {stack.in_flight:.1f} in flight on average); direct "
            f"{len(direct.replies)} calls in {direct.seconds:.1f} s ({_errors(direct)} errors)"
        )
        print(header)
        print("-" * len(header))
        rows = [
            ("per delta (a) all deltas (incl. batching hold)", s["all"]),
            ("per delta (b) delta that triggered its flush", s["trigger"]),
            ("per delta, reply's final batch (after stream end)", s["end"]),
            ("per delta, direct SDK (floor)", d["all"]),
            ("TTFT stack: message.send -> first reply.delta", s["ttft"]),
            ("TTFT direct SDK: call -> first content_block_delta", d["ttft"]),
            ("  stack: message.send -> placeholder created", s["placeholder"]),
            ("  stack: message.send -> provider request read", s["pre"]),
            ("  direct: call -> provider request read", d["pre"]),
            ("  stack: first delta sent -> first frame received", s["first_delivery"]),
        ]
        for label, values in rows:
            print(f"{label:<52} {_row(values)}")
        added = [
            ("added per delta (b)", _q(s["trigger"], 50) - _q(d["all"], 50), _q(s["trigger"], 95) - _q(d["all"], 95)),
            ("added per delta (a)", _q(s["all"], 50) - _q(d["all"], 50), _q(s["all"], 95) - _q(d["all"], 95)),
            ("added TTFT", _q(s["ttft"], 50) - _q(d["ttft"], 50), _q(s["ttft"], 95) - _q(d["ttft"], 95)),
        ]
        for label, p50, p95 in added:
            print(f"{label + ' (stack - direct percentile)':<52} {p50:>8.1f} {p95:>8.1f}")
        print("stack " + stack.cpu.line())
        print("direct " + direct.cpu.line())
        print(_cpu_per_batch(stack))
        for sample in [x for x in stack.replies if x.error][:3]:
            print(f"   error: {sample.error}")


def _cpu_per_batch(result: RunResult) -> str:
    """The stack's CPU per reply.delta frame delivered (per-reply work included): CPU time, which waiting for a
    busy machine does not inflate, so it says how many batches a second these 2 cores could carry."""
    frames = sum(1 for sample in result.replies for delta in sample.deltas if delta[3])
    if not frames:
        return "no frames"
    seconds = result.cpu.wall
    parts = {
        name: result.cpu.usage[name] * seconds * 1000 / frames
        for name in ("worker", "daphne", "uvicorn")
        if name in result.cpu.usage
    }
    shared = result.cpu.usage["postgres+redis"] * seconds * 1000 / frames
    total = sum(parts.values()) + shared
    cores = os.cpu_count() or 1
    return (
        f"stack CPU per batch delivered ({frames} batches, {frames / seconds:.0f}/s): "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in parts.items())
        + f", postgres+redis {shared:.1f} ms (any other user's included); total {total:.1f} ms, so {cores} idle "
        f"cores carry at most ~{cores * 1000 / total:.0f} batches/s"
    )


def _report_targets(results: dict, n: int) -> None:
    print()
    print(f"=== targets (issue 5), at {n} concurrent conversations ===")
    for pace, runs in results.items():
        s, d = _stack_figures(runs[f"stack {n}"]), _direct_figures(runs[f"direct {n}"])
        delta_b = _q(s["trigger"], 95) - _q(d["all"], 95)
        delta_a = _q(s["all"], 95) - _q(d["all"], 95)
        ttft = _q(s["ttft"], 95) - _q(d["ttft"], 95)
        verdict = lambda value, target: "PASS" if value <= target else "OVER"  # noqa: E731
        print(
            f"pace {pace:g} ms: added p95 per delta (b) {delta_b:7.1f} ms <= {TARGET_DELTA_P95_MS:g}: "
            f"{verdict(delta_b, TARGET_DELTA_P95_MS)}"
        )
        print(
            f"pace {pace:g} ms: added p95 time to first token {ttft:7.1f} ms <= {TARGET_TTFT_P95_MS:g}: "
            f"{verdict(ttft, TARGET_TTFT_P95_MS)}"
        )
        print(
            f"pace {pace:g} ms: (for information) added p95 per delta (a), batching hold included: {delta_a:.1f} ms "
            f"({verdict(delta_a, TARGET_DELTA_P95_MS)} against the same {TARGET_DELTA_P95_MS:g} ms)"
        )
        errors = sum(_errors(run) for run in runs.values())
        if errors:
            print(f"pace {pace:g} ms: {errors} replies or calls failed; see the errors above")
