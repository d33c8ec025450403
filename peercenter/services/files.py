"""Writing files the user asked for without ever leaving a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from peercenter.domain.errors import PeerCenterError


class FileWriteError(PeerCenterError):
    """The file could not be written; whatever was there before is unchanged."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename it over ``path``: a failure
    part-way leaves no partial file and keeps any older one."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(f"The folder {folder} does not exist.")
    if path.is_dir():
        raise FileWriteError(f"{path} is a folder; give a file name.")
    temp = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".part",
                                         delete=False) as handle:
            temp = Path(handle.name)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        raise FileWriteError(f"Could not write {path}: {exc.strerror or exc}.") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
