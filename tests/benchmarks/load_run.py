"""Running the load benchmark: a fresh center on the server, N desk programs started at once
(each signed in as its own person before the clock starts), their logs gathered and the
database checked for lost writes. The same runs, shorter, are a slow test."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.benchmarks import load_center
from tests.benchmarks.load_center import LoadCenter
from tests.benchmarks.load_check import Verdict, verify

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 300


@dataclass
class LoadReport:
    desks: int
    seconds: float
    pause_s: float
    outcomes: Counter[str] = field(default_factory=Counter)  # ok, refused, error
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    verdict: Verdict = field(default_factory=Verdict)

    @property
    def actions(self) -> int:
        return sum(self.outcomes.values())

    @property
    def p95(self) -> float:
        return percentile(self.latencies, 95)


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def start_desks(
    work: Path, configs: list[dict[str, Any]], module: str
) -> tuple[list[subprocess.Popen[bytes]], list[Path]]:
    """One program per desk; the clock starts once every desk is signed in."""
    go = work / "go"
    procs, outs = [], []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for n, config in enumerate(configs):
        path = work / f"desk{n}.json"
        path.write_text(json.dumps({**config, "go": str(go)}), encoding="utf-8")
        out = work / f"desk{n}.out.json"
        outs.append(out)
        procs.append(
            subprocess.Popen([sys.executable, "-m", module, str(path), str(out)], cwd=ROOT, env=env)
        )
    give_up = time.time() + READY_TIMEOUT_S
    while not all(o.with_suffix(".ready").exists() for o in outs):
        if time.time() > give_up or any(p.poll() not in (None, 0) for p in procs):
            for p in procs:
                p.kill()
            raise RuntimeError("a desk program did not start")
        time.sleep(0.05)
    go.write_text(str(time.time() + 0.2), encoding="utf-8")
    return procs, outs


def finish(
    procs: list[subprocess.Popen[bytes]], outs: list[Path], timeout_s: float
) -> list[dict[str, Any]]:
    for p in procs:
        if p.wait(timeout=timeout_s) != 0:
            raise RuntimeError(f"a desk program failed (exit {p.returncode})")
    return [json.loads(o.read_text(encoding="utf-8")) for o in outs]


def run_desks(
    center: LoadCenter, desks: int, seconds: float, pause_s: float
) -> list[dict[str, Any]]:
    """The desks' logs of a run on ``center``."""
    with tempfile.TemporaryDirectory(prefix="peercenter-load-") as tmp:
        configs = [
            {
                "center": center.to_json(),
                "index": n,
                "desks": desks,
                "seed": 1000 + n,
                "seconds": seconds,
                "pause_s": pause_s,
            }
            for n in range(desks)
        ]
        procs, outs = start_desks(Path(tmp), configs, "tests.benchmarks.load_desk")
        return finish(procs, outs, seconds + 300)


def report_of(
    desks: int, seconds: float, pause_s: float, results: list[dict[str, Any]], verdict: Verdict
) -> LoadReport:
    report = LoadReport(desks, seconds, pause_s, verdict=verdict)
    for result in results:
        for kind, outcome, spent in result["actions"]:
            report.outcomes[outcome] += 1
            report.latencies.append(spent)
            report.by_kind.setdefault(kind, []).append(spent)
        report.errors += result["errors"]
    return report


def run_load(superuser: str, desks: int, seconds: float, pause_s: float) -> LoadReport:
    """``desks`` desks for ``seconds`` on a center of their own, checked for lost writes."""
    center = load_center.build(superuser, desks)
    try:
        after = load_center.last_event_id(superuser, center.database)
        results = run_desks(center, desks, seconds, pause_s)
        return report_of(desks, seconds, pause_s, results, verify(center, results, after))
    finally:
        center.drop()
