"""Making a file or folder read-only for real while the tests run as root, whom permission
bits do not stop: the immutable attribute (`chattr +i`) stops every account, root included,
from changing, adding or removing anything there, as a read-only share or another user's
file would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import IN_CI


def _chattr(flag: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["chattr", flag, str(path)], capture_output=True, text=True, check=False, timeout=30
    )


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` read-only for everyone until the block ends (also when it fails)."""
    done = _chattr("+i", path) if shutil.which("chattr") else None
    if done is None or done.returncode != 0:
        why = done.stderr.strip() if done is not None else "chattr is not installed"
        if IN_CI:
            pytest.fail(f"cannot make {path} read-only with chattr +i: {why}")
        pytest.skip(f"cannot make a file read-only here: {why}")
    try:
        yield path
    finally:
        _chattr("-i", path)
