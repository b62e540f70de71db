"""What bench/gateway.py collects and prints: per-call samples, their percentiles, the added cost per run and
the bare round trips measured beside the calls."""

import statistics
from dataclasses import dataclass, field

TARGET_ADDED_P95_MS = 5.0  # issue 3, on PostgreSQL


@dataclass
class Samples:
    """Per call, in nanoseconds: wall-clock time, and CPU time of the calling thread."""

    wall: list[int] = field(default_factory=list)
    cpu: list[int] = field(default_factory=list)

    def extend(self, other: "Samples") -> None:
        self.wall.extend(other.wall)
        self.cpu.extend(other.cpu)


def quantiles(samples_ns: list[int]) -> dict[str, float]:
    ms = sorted(ns / 1e6 for ns in samples_ns)
    cuts = statistics.quantiles(ms, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": ms[-1]}


def report(results: dict, vendor: str, args) -> None:
    server = "in this process" if args.in_process_server else "in its own process"
    print()
    print(
        f"Gateway overhead on {vendor}: {args.calls} calls of each kind per run; fake Anthropic server {server}; "
        f"concurrent run paced at {args.pace_ms:g} ms per delta"
    )
    header = f"{'run':<15} {'kind':<8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'CPU p50 ms':>11}"
    print(header)
    print("-" * len(header))
    summary = []
    for run, (direct, gateway, seconds) in results.items():
        d, g = quantiles(direct.wall), quantiles(gateway.wall)
        d_cpu, g_cpu = quantiles(direct.cpu)["p50"], quantiles(gateway.cpu)["p50"]
        for kind, q, cpu in (("direct", d, d_cpu), ("gateway", g, g_cpu)):
            print(
                f"{run:<15} {kind:<8} {q['p50']:>8.2f} {q['p95']:>8.2f} {q['p99']:>8.2f} {q['max']:>8.2f} {cpu:>11.2f}"
            )
        calls_per_s = (len(direct.wall) + len(gateway.wall)) / seconds
        summary.append(
            (run, g["p50"] - d["p50"], g["p95"] - d["p95"], g["p50"] / d["p50"], g["p95"] / d["p95"], g_cpu - d_cpu)
        )
        summary[-1] += (calls_per_s,)
    print()
    header = (
        f"{'run':<15} {'added p50 ms':>13} {'added p95 ms':>13} {'ratio p50':>10} {'ratio p95':>10} "
        f"{'added CPU ms':>13} {'calls/s':>8}   target"
    )
    print(header)
    print("-" * len(header))
    for run, added_p50, added_p95, ratio_p50, ratio_p95, added_cpu, calls_per_s in summary:
        verdict = "ok" if added_p95 <= TARGET_ADDED_P95_MS else "OVER"
        print(
            f"{run:<15} {added_p50:>13.2f} {added_p95:>13.2f} {ratio_p50:>10.2f} {ratio_p95:>10.2f} "
            f"{added_cpu:>13.2f} {calls_per_s:>8.0f}   added p95 <= {TARGET_ADDED_P95_MS:g} ms: {verdict}"
        )
    print(
        "(added = gateway percentile - direct percentile; ratio = gateway / direct; added CPU = difference of the\n"
        " calling thread's CPU time per call at p50, which queueing does not inflate; calls/s of both kinds)"
    )


def report_probes(probes: dict, concurrency: int) -> None:
    print(
        f"\nOne bare round trip in the {concurrency} concurrent threads, after each pair of calls (SELECT 1; a cache "
        "read of a missing key):"
    )
    for kind, samples in probes.items():
        q = quantiles(samples)
        print(f"    {kind:<9} p50 {q['p50']:.2f} ms   p95 {q['p95']:.2f} ms   ({len(samples)} round trips)")
    print(
        "A gateway call makes three such round trips (the registry and circuits from the cache, the budgets'\n"
        "reserve before the provider call, their settle with the ledger row after it)."
    )
