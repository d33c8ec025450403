"""Files the user asked for are written whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peercenter.fileio import FileWriteError, write_atomically


def test_a_new_file_is_written_and_an_old_one_replaced(tmp_path: Path) -> None:
    target = tmp_path / "schedule.ics"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["schedule.ics"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "schedule.ics"
    target.write_bytes(b"old")

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(FileWriteError, match="No space left on device"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["schedule.ics"]


def test_clear_messages_for_a_missing_folder_or_a_folder_name(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "x.ics", b"x")
    with pytest.raises(FileWriteError, match="is a folder"):
        write_atomically(tmp_path, b"x")
