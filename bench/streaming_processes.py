"""The processes bench/streaming.py starts and watches: the ASGI server and the celery workers (each with its
output in a log file), how busy each of them, PostgreSQL and Redis were during a run, and --spy's py-spy samples."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent

# --- server and worker processes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Process:
    """A child process with its output in a log file; stopped with SIGTERM (then SIGKILL) by its own pid."""

    def __init__(self, name: str, args: list[str], env: dict, log_dir: Path):
        self.name, self.log_path = name, log_dir / f"{name}.log"
        self.log = self.log_path.open("wb")
        self.popen = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for(self, ready, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.popen.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.popen.returncode}):\n{self.output()[-3000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} not ready after {timeout:g} s:\n{self.output()[-3000:]}")
            time.sleep(0.2)

    def stop(self, timeout: float = 30.0) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)
        self.log.close()


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _child_env(database_name: str, pool_max: int, **extra) -> dict:
    env = dict(os.environ)
    url = urlsplit(env["DATABASE_URL"])
    env["DATABASE_URL"] = urlunsplit(url._replace(path="/" + database_name))
    env["DATABASE_POOL_MAX"] = str(pool_max)
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


# --- CPU accounting: how busy each process was during a run (2 cores are shared by all of them)

_TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int | str) -> list[str]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return stat[stat.rindex(")") + 2 :].split()


def _cpu_seconds(pid: int | tuple[int, ...], *, children: bool = True) -> float:
    """CPU time of a process and its children (a prefork worker's pool, uvicorn's workers), or of several (the
    worker processes). `children=False` for the bench itself, whose children are the stack's processes."""
    if isinstance(pid, tuple):
        return sum(_cpu_seconds(one) for one in pid)
    fields = _stat_fields(pid)
    if not fields:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / _TICK
    if not children:
        return own
    kids = [
        entry.name
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and (child := _stat_fields(entry.name)) and child[1] == str(pid)
    ]
    return own + sum((int(c[11]) + int(c[12])) / _TICK for c in map(_stat_fields, kids) if c)


def _cpu_of_commands(names: tuple[str, ...]) -> dict[int, float]:
    """CPU seconds of every process with one of these command names, by pid."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if stat[stat.index("(") + 1 : stat.rindex(")")] in names:
                fields = stat[stat.rindex(")") + 2 :].split()
                found[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICK
    return found


def _machine_busy() -> tuple[float, float]:
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / _TICK, sum(values) / _TICK


class _Cpu:
    """How busy each named process was: {name: pid, or a tuple of pids}; "bench" (this process) without the
    children it started, which are named on their own."""

    def __init__(self, pids: dict[str, int | tuple[int, ...]]):
        self.pids = pids

    def _sample(self) -> dict:
        sample = {name: _cpu_seconds(pid, children=name != "bench") for name, pid in self.pids.items()}
        sample["_shared"] = _cpu_of_commands(("postgres", "redis-server"))
        sample["_busy"], sample["_total"] = _machine_busy()
        return sample

    def __enter__(self):
        self.start, self.started = self._sample(), time.monotonic()
        return self

    def __exit__(self, *exc):
        end, wall = self._sample(), time.monotonic() - self.started
        self.usage = {name: (end[name] - self.start[name]) / wall for name in self.pids}
        # Backends that ended during the run are missed; those that started count from zero.
        shared = sum(cpu - self.start["_shared"].get(pid, 0.0) for pid, cpu in end["_shared"].items())
        self.usage["postgres+redis"] = shared / wall
        self.usage["whole machine"] = (end["_busy"] - self.start["_busy"]) / wall
        self.wall = wall

    def line(self) -> str:
        parts = [f"{name} {share * 100:.0f}%" for name, share in self.usage.items()]
        return "CPU (% of one core): " + ", ".join(parts)


# --- --spy: where the worker and the server spend their time


@contextlib.contextmanager
def _spied(seconds: float, pids: dict[str, int], log_dir: Path):
    """--spy: py-spy samples the worker and the server for the first `seconds` of the run inside, then the
    functions that held the most samples (of our code, Django, the SDK, channels) are printed per process."""
    if not seconds:
        yield
        return
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    outputs = {name: log_dir / f"spy-{name}.txt" for name in pids}
    recorders = [
        subprocess.Popen(
            [
                spy,
                "record",
                "--gil",
                "-p",
                str(pid),
                "-d",
                str(round(seconds)),
                "-r",
                "200",
                "-f",
                "raw",
                "-o",
                str(outputs[name]),
            ],
            stdout=subprocess.DEVNULL,
            stderr=(log_dir / f"spy-{name}.log").open("w"),
        )
        for name, pid in pids.items()
    ]
    try:
        yield
    finally:
        for recorder in recorders:
            recorder.wait(seconds + 30)
        for name, output in outputs.items():
            _spy_report(name, output)


def _spy_report(name: str, output: Path, top: int = 45) -> None:
    if not output.exists():
        errors = (output.parent / f"spy-{name}.log").read_text().strip().splitlines()
        print(f"\n(py-spy wrote nothing for {name}: {errors[0] if errors else 'no error printed'})")
        return
    total, inclusive = 0, {}
    for line in output.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        total += int(count)
        for frame in {frame.split(" (")[0] + " " + frame.rpartition("/")[2].rstrip(")") for frame in stack.split(";")}:
            inclusive[frame] = inclusive.get(frame, 0) + int(count)
    print(f"\n-- py-spy, {name}: {total} samples of the thread holding the GIL; share of them under each function")
    for frame, count in sorted(inclusive.items(), key=lambda item: -item[1])[:top]:
        print(f"  {count * 100 / total:5.1f}%  {frame}")
