"""What PeerCenter did and what went wrong, for whoever looks after it: a log file in the data
folder (``logs/peercenter.log``, rotated, readable by its owner only) and, with ``--verbose``,
the terminal too. Each module logs under its own name (``peercenter.db.migrate``,
``peercenter.ui.background``…), so a line says which part of the program wrote it.

The file may be sent to someone outside the center, so records name people and records by
their ids only, never by name, and never carry what someone typed. The database engines hide
the values of failed statements for the same reason."""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from typing import IO, Any

from peercenter.paths import data_dir, private_dir

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "peercenter.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 4  # peercenter.log.1 … .4: about a month of a busy center
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

ROOT = "peercenter"


def log_dir() -> Path:
    return private_dir(data_dir() / LOG_DIR_NAME)


def _private_rotating_file(path: Path) -> logging.Handler:
    """A rotating log whose files are created readable by their owner only. (logging.handlers
    brings sockets and pickling along: it loads with the first record, not at start.)"""
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFile(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            return io.TextIOWrapper(
                os.fdopen(fd, "ab"), encoding=self.encoding, errors=self.errors, write_through=True
            )

    return PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8")


class _DataFolderLog(logging.Handler):
    """Writes to the log file of the data folder, opened at the first record: a command that
    logs nothing leaves no folder behind, and the demo center (which moves the data folder
    before it starts) keeps its log in its own folder. Logging never stops the program: a
    folder that cannot be written only means no file."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            try:
                self._file = _private_rotating_file(log_dir() / LOG_FILE_NAME)
            except OSError:
                self._failed = True
                return
            self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.emit(record)

    def close_file(self) -> None:
        """Close the file; the next record opens the data folder's file anew. (Not
        ``release``: that name is the handler's lock.)"""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._failed = False

    def close(self) -> None:
        self.close_file()
        super().close()


class _Redacting(logging.Formatter):
    """A database server's "DETAIL:" line repeats the values a statement was refused for
    (a user name that exists already); the traceback keeps everything else."""

    def formatException(self, ei: Any) -> str:
        text = super().formatException(ei)
        return "\n".join(line for line in text.splitlines() if not line.startswith("DETAIL:"))


_installed: list[logging.Handler] = []


def close_file() -> None:
    """Let go of the log file, as before a temporary data folder is removed (the smoke test);
    a later record opens the file of the data folder of that moment."""
    for handler in _installed:
        if isinstance(handler, _DataFolderLog):
            handler.close_file()


def setup(verbose: bool = False, stream: IO[str] | None = None) -> None:
    """Send the program's records to the log file, and with ``verbose`` (more detail) to
    ``stream`` (stderr) as well. Calling it again replaces what an earlier call set up."""
    logger = logging.getLogger(ROOT)
    for handler in _installed:
        logger.removeHandler(handler)
        handler.close()
    _installed.clear()
    formatter = _Redacting(FORMAT)
    file_handler = _DataFolderLog()
    file_handler.setFormatter(formatter)
    _installed.append(file_handler)
    if verbose:
        terminal = logging.StreamHandler(stream or sys.stderr)
        terminal.setFormatter(formatter)
        _installed.append(terminal)
    for handler in _installed:
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False  # a host program's (or pytest's) root handlers get none of it
