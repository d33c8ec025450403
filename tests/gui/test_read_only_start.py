"""Starting the window where nothing can be saved: a read-only database file, a read-only data
folder, a data folder that cannot be made. The window says so and what to do, in a window
(someone who starts PeerCenter from its icon sees no terminal), and changes nothing; a
read-only data folder does not stop a database kept elsewhere from opening."""

from __future__ import annotations

import argparse
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peercenter.app import run_gui
from peercenter.commands import gui
from peercenter.db.engine import Database
from peercenter.paths import DATA_DIR_ENV, DB_FILE_NAME
from peercenter.ui import flow
from peercenter.ui.main_window import MainWindow
from tests import factories
from tests.read_only import read_only


@pytest.fixture
def restore_app(qapp: QApplication) -> Any:
    yield qapp
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def center_file(sqlite_database: Database, tmp_path: Path) -> Path:
    """A set-up center in a file of its own folder, closed and with no write-ahead log."""
    factories.center(sqlite_database)
    with sqlite_database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    sqlite_database.dispose()
    folder = tmp_path / "center"
    folder.mkdir()
    path = folder / DB_FILE_NAME
    shutil.copy(tmp_path / "peercenter.sqlite3", path)
    return path


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _open_from_icon() -> int:
    """`peercenter` with no arguments, as the desktop icon starts it."""
    return gui.run(argparse.Namespace(user=None, db=None, smoke_test=False, exit_when_ready=False))


def test_a_read_only_database_file_is_explained_and_left_as_it_was(
    center_file: Path, popups: Any, restore_app: QApplication
) -> None:
    before = _contents(center_file.parent)
    with read_only(center_file):
        assert run_gui(f"sqlite:///{center_file}") == 1
    assert popups.shown == [
        (
            "fatal",
            "This database file is read-only, so PeerCenter cannot save anything in it, not "
            f"even a sign-in: {center_file}. Ask whoever looks after this computer to let your "
            "account change it.",
        )
    ]
    assert _contents(center_file.parent) == before  # no log, no marker, no copy aside


def test_a_read_only_data_folder_holding_the_database_says_what_to_do(
    center_file: Path, popups: Any, restore_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = center_file.parent
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    before = _contents(folder)
    with read_only(folder):
        assert _open_from_icon() == 1
    [(kind, text)] = popups.shown
    assert kind == "fatal"
    assert text.startswith(
        f"The folder that holds the database is read-only, so PeerCenter cannot save "
        f"anything in it, not even a sign-in: {folder}."
    )
    assert _contents(folder) == before


def test_a_data_folder_that_cannot_be_made_is_said_in_a_window(
    tmp_path: Path, popups: Any, restore_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(parent / "PeerCenter"))
    with read_only(parent):
        assert _open_from_icon() == 1
    [(kind, text)] = popups.shown
    assert kind == "fatal"
    assert text.startswith(f"PeerCenter cannot create its data folder {parent / 'PeerCenter'}")
    assert f"set {DATA_DIR_ENV} to a folder you may change" in text
    assert list(parent.iterdir()) == []


def test_a_read_only_data_folder_does_not_stop_a_database_kept_elsewhere(
    center_file: Path,
    tmp_path: Path,
    popups: Any,
    restore_app: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The window opens and works; the backups, which go to the data folder, are said to
    have failed (in the status bar after sign-in, on the terminal at exit) instead of
    crashing."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    monkeypatch.setattr(flow, "BACKUP_DELAY_MS", 0)
    opened: list[str] = []
    tries = iter(range(1200))  # a minute: then the window closes and the test says what it saw

    def close_the_window() -> None:
        # Every main window: one left over by an earlier test in this process may come first.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        messages = [w.statusBar().currentMessage() for w in windows if w.isVisible()]
        said = next((m for m in messages if m.startswith("The automatic backup failed")), None)
        if said is None and next(tries, None) is not None:
            QTimer.singleShot(50, close_the_window)
            return
        opened.append(said if said is not None else f"(still waiting; the windows said {messages})")
        for window in windows:
            window.close()

    QTimer.singleShot(0, close_the_window)
    with read_only(data):
        code = run_gui(f"sqlite:///{center_file}", "admin", factories.PASSWORD)
    assert code == 0 and popups.shown == []
    read_only_there = (
        f"PeerCenter may not write in {data / 'backups'} (it is read-only for your account)"
    )
    assert opened == [f"The automatic backup failed: {read_only_there}"]
    err = capsys.readouterr().err
    assert f"peercenter: the backup at exit could not be made: {read_only_there}" in err
    assert "Traceback" not in err
    assert list(data.iterdir()) == []
