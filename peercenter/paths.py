"""The one place that knows where resources and the data folder live, from source and when
frozen by PyInstaller."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from peercenter import APP_NAME

DATA_DIR_ENV = "PEERCENTER_DATA_DIR"
DB_FILE_NAME = "peercenter.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir(create: bool = True) -> Path:
    """The user's data folder (database, backups, attachments), readable by the owner only."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            path.chmod(0o700)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"
