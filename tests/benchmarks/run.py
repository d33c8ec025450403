"""`make bench`: runs every tests/benchmarks/bench_*.py module's ``collect()`` and writes
bench-results/benchmarks.md (and prints it)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.benchmarks.harness import Count, Result  # noqa: E402


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.1f} µs"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "B":
        return f"{value / 2**20:.1f} MiB"
    return f"{value:g} {unit}"


def main(argv: list[str]) -> int:
    wanted = set(argv)
    found: list[Result | Count] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and path.stem not in wanted:
            continue
        module = importlib.import_module(f"tests.benchmarks.{path.stem}")
        print(f"running {path.stem} ...", flush=True)
        found.extend(module.collect())
    results = [r for r in found if isinstance(r, Result)]
    counts = [c for c in found if isinstance(c, Count)]
    lines = [
        "| Area | Measured | Baseline | Baseline value | Value | Ratio | Target |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        target = f"≤ {r.target:g}x ({r.verdict})" if r.target is not None else ""
        lines.append(
            f"| {r.area} | {r.what} | {r.baseline_label} | "
            f"{_fmt(r.baseline, r.unit)} | {_fmt(r.value, r.unit)} | "
            f"{r.ratio:.2f}x | {target} |"
        )
    if counts:
        lines += ["", "| Area | Counted | Value | Required |", "|---|---|---|---|"]
        for c in counts:
            required = f"{c.required} ({c.verdict})" if c.required is not None else ""
            lines.append(f"| {c.area} | {c.what} | {c.value:,} | {required} |")
    report = "\n".join(
        [
            "# PeerCenter benchmarks",
            "",
            "Each time is the median of several runs in one session, unless it says otherwise.",
            "",
            *lines,
            "",
        ]
    )
    out = HERE.parents[1] / "bench-results" / "benchmarks.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
