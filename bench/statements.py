"""Wall time of each SQL statement a benchmark runs, as the calling code sees it (database work, round trip and
the driver), grouped by the statement's first words: `with StatementTimer() as timer: ...; timer.report(n)`."""

import statistics
import time


def _ms(samples_ns: list[int]) -> dict[str, float]:
    ms = sorted(ns / 1e6 for ns in samples_ns)
    cuts = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return {"p50": cuts[49], "p95": cuts[94]}


class StatementTimer:
    """An execute_wrapper on this thread's connection while the `with` block runs."""

    def __init__(self):
        self.times: dict[str, list[int]] = {}

    def __call__(self, execute, sql, params, many, context):
        t0 = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            key = " ".join(sql.split()[:6])[:70]
            self.times.setdefault(key, []).append(time.perf_counter_ns() - t0)

    def __enter__(self):
        from django.db import connection

        self.wrapper = connection.execute_wrapper(self)
        self.wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        return self.wrapper.__exit__(*exc)

    def report(self, requests: int) -> None:
        """One row per kind of statement: how many per request (or call), their p50/p95, their time per request."""
        print(f"\n{'statement':<72}{'per request':>12}{'p50 ms':>9}{'p95 ms':>9}{'ms/request':>12}")
        total = 0.0
        for key, samples in sorted(self.times.items(), key=lambda item: -sum(item[1])):
            stats, per_request = _ms(samples), sum(samples) / 1e6 / requests
            total += per_request
            cells = f"{key:<72}{len(samples) / requests:>12.2f}{stats['p50']:>9.3f}{stats['p95']:>9.3f}"
            print(f"{cells}{per_request:>12.3f}")
        print(f"{'all statements':<72}{'':>12}{'':>9}{'':>9}{total:>12.3f}")
