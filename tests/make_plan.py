"""What a make target would run, printed by a dry run (nothing installed or started)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Set when the suite itself runs under `make test`; a nested make would then print its
# "Entering directory" lines among the commands.
_MAKE_ENV = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES")


def planned_commands(target: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in _MAKE_ENV}
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return result.stdout.splitlines()
