"""How much memory this process holds, for the start-up report."""

from __future__ import annotations

import sys
from pathlib import Path


def resident_kib() -> int | None:
    """Resident memory now (Linux), else the peak so far (macOS, BSD); None on Windows."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere
