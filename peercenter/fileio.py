"""Writing a file the user asked for, whole or not at all.

Where it sits: services (calendar exports, the audit CSV, certificate attachments) and
reports (PDFs and the hours CSV) both save files, and reports may not import services. The
domain layer does no I/O. So this one helper lives at the package's top level, beside
``paths``, and imports nothing of the project but the error type every layer shares."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from peercenter.domain.errors import PeerCenterError


class FileWriteError(PeerCenterError):
    """The file could not be written; whatever was there before is unchanged."""


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path to write, refused before any work is done when it can never be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise FileWriteError(f"{target} is a folder; give a file name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(f"Cannot save {target}: you may not write in {folder}.")
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write to a temporary file in the same folder (readable by its owner only), then rename
    it over ``path``: a reader never sees half a file, and a failure part-way leaves no
    partial file and keeps any older one. Returns the path written."""
    target = check_target(path)
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise FileWriteError(f"Cannot save {target}: {exc.strerror or exc}.") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return target
