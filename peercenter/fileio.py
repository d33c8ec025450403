"""Files the user names: read only when they are ordinary files of a sane size, and written
whole or not at all, never over a device, a named pipe or a link.

Where it sits: services (calendar exports, the audit CSV, certificate attachments, CSV
imports) and reports (PDFs and the hours CSV) both read or save files, and reports may not
import services. The domain layer does no I/O. So this one helper lives at the package's top
level, beside ``paths``, and imports nothing of the project but the error type every layer
shares."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from peercenter.domain.errors import PeerCenterError


class FileWriteError(PeerCenterError):
    """The file could not be written; whatever was there before is unchanged."""


class FileReadError(PeerCenterError):
    """The file could not be read, or is not an ordinary file; nothing was read."""


class FileTooLarge(FileReadError):
    """The file is bigger than the caller accepts; ``size`` is what it holds (at least)."""

    def __init__(self, message: str, size: int) -> None:
        super().__init__(message)
        self.size = size


def write_error_words(exc: OSError) -> str:
    """An operating system error met while saving, in words for the person at the desk."""
    where = exc.filename
    if where and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"PeerCenter may not write in {where} (it is read-only for your account)"
    return f"{exc.strerror or exc}{f' ({where})' if where else ''}"


def _kind(mode: int) -> str | None:
    """What a file that is not an ordinary one is, in words; None for an ordinary file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a link to another file"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not an ordinary file"


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of an ordinary file of at most ``limit`` bytes. A folder, a device (such as
    /dev/zero, which never ends) or a named pipe (which waits for a writer forever) is refused
    before anything is read, and no more than ``limit`` bytes are ever read, even from a file
    that grows meanwhile."""
    shown = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        # Non-blocking, so that opening a named pipe returns at once instead of waiting for
        # a writer; what was opened is checked before reading.
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileReadError(f"There is no file {shown}.") from None
    except OSError as exc:
        raise FileReadError(f"Could not read {shown}: {exc.strerror or exc}.") from None
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode)
        if kind is not None:
            raise FileReadError(f"{shown} is {kind}, not a file. Choose the file itself.")
        if info.st_size > limit:
            raise FileTooLarge(f"{shown} is too large.", info.st_size)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # closed with the handle
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileReadError(f"Could not read {shown}: {exc.strerror or exc}.") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:
        raise FileTooLarge(f"{shown} is too large.", len(data))
    return data


def refuse_special(target: Path) -> None:
    """Saving renames a new file over ``target``: that must not swap a device, a named pipe
    or a link (and with it whatever it points at) for a plain file."""
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there yet (or no such folder, which check_target explains)
    except OSError as exc:
        raise FileWriteError(f"Cannot save {target}: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(mode):
        raise FileWriteError(f"{target} is a folder; give a file name.")
    kind = _kind(mode)
    if kind is not None:
        raise FileWriteError(
            f"{target} is {kind}, not an ordinary file, so PeerCenter does not save over it. "
            "Choose another file name."
        )


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path to write, refused before any work is done when it can never be written."""
    target = Path(path).expanduser()
    refuse_special(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise FileWriteError(f"{folder} is a file, not a folder.")
        raise FileWriteError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(f"Cannot save {target}: you may not write in {folder}.")
    return target


def csv_bytes(text: str) -> bytes:
    """A CSV file's bytes as every CSV PeerCenter writes them: UTF-8 with the byte-order
    mark, without which Excel reads the file as Windows text and garbles accents
    (José becomes JosÃ©)."""
    return text.encode("utf-8-sig")


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
        refuse_special(target)  # again: something may have been put there meanwhile
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise FileWriteError(f"Cannot save {target}: {exc.strerror or exc}.") from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return target
