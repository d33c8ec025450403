"""Saving a finished document: all of it or nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from peercenter.reports.errors import ReportError


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse, before any work is done, a target that can never be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ReportError(f"{target} is a folder; give a file name such as handout.pdf.")
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(f"Cannot save {target}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(f"Cannot save {target}: you may not write in {folder}.")
    return target


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` next to ``path`` under a temporary name, then rename it into place, so
    a reader never sees half a file and a failure leaves none behind."""
    target = check_target(path)
    folder = target.parent
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(f"Cannot save {target}: {reason.lower()}.") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target
