"""Shared pieces for `make bench`: timing by median of repeats, cached demo databases, and
results reported as ratios against a baseline measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("PEERCENTER_BENCH_CACHE", ROOT / "bench-results" / "cache"))
PASSWORD = "benchmark password"


@dataclass(frozen=True)
class Result:
    """One line of the report: ``value`` against ``baseline`` (seconds or bytes)."""

    area: str
    what: str
    baseline_label: str
    baseline: float
    value: float
    unit: str = "s"
    target: float | None = None  # the ratio the target allows, if any

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "meets target" if self.ratio <= self.target else "MISSES target"


@dataclass(frozen=True)
class Count:
    """A line of the report that is a number of things, not a time: actions done, errors,
    lost writes. ``required`` is the value it must have, if any."""

    area: str
    what: str
    value: int
    required: int | None = None

    @property
    def verdict(self) -> str:
        if self.required is None:
            return ""
        return "as required" if self.value == self.required else "NOT as required"


def median_time(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def demo_database(scale: str) -> str:
    """A SQLite demo center of the given scale, built once and reused between runs."""
    return _cached_center(f"demo-{scale}", ["--demo", "--scale", scale])


def empty_database() -> str:
    """A center with nothing in it but its administrator."""
    return _cached_center("empty", [])


def _cached_center(name: str, options: list[str]) -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}.sqlite3"
    marker = CACHE / f"{name}.ok"
    if not marker.exists():
        for leftover in CACHE.glob(f"{name}.sqlite3*"):
            leftover.unlink()
        env = {
            **os.environ,
            "PEERCENTER_PASSWORD": PASSWORD,
            "PEERCENTER_DATA_DIR": str(CACHE / "data"),
        }
        subprocess.run(
            [
                sys.executable,
                "-m",
                "peercenter",
                "--db",
                f"sqlite:///{path}",
                "init",
                "--admin",
                "admin",
                "--timezone",
                "America/Chicago",
                *options,
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        marker.write_text("built\n")
    return f"sqlite:///{path}"


def interleaved(functions: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median times of functions run in turn, so a busy machine slows them all alike."""
    for fn in functions:
        fn()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for fn, times in zip(functions, samples, strict=True):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return [statistics.median(times) for times in samples]
