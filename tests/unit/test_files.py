"""Files the user asked for are written whole or not at all, never over a device, a named pipe
or a link; files the user picked are read only when they are ordinary files of a sane size."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

import pytest

from peercenter import paths
from peercenter.fileio import (
    FileReadError,
    FileTooLarge,
    FileWriteError,
    read_file,
    write_atomically,
)
from tests.conftest import IN_CI


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


def _special_files(folder: Path) -> dict[str, Path]:
    """A named pipe, links (to a file, to a missing file, to themselves) and, where this
    account may make one, a device like /dev/null: all inside ``folder``."""
    made = {"pipe": folder / "pipe"}
    os.mkfifo(made["pipe"])
    (folder / "real.txt").write_bytes(b"keep me")
    for name, points_to in [("link", "real.txt"), ("dangling", "gone/x"), ("loop", "loop")]:
        made[name] = folder / name
        made[name].symlink_to(points_to)
    try:
        os.mknod(folder / "device", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        made["device"] = folder / "device"
    except PermissionError:
        assert not IN_CI, "CI runs as root, where a device node can be made"
    return made


def _snapshot(folder: Path) -> dict[str, tuple[int, str | bytes]]:
    out: dict[str, tuple[int, str | bytes]] = {}
    for p in sorted(folder.iterdir()):
        mode = p.lstat().st_mode
        if stat.S_ISLNK(mode):
            out[p.name] = (stat.S_IFMT(mode), os.readlink(p))
        elif stat.S_ISREG(mode):
            out[p.name] = (stat.S_IFMT(mode), p.read_bytes())
        else:
            out[p.name] = (stat.S_IFMT(mode), b"")
    return out


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("pipe", "a named pipe"),
        ("link", "a link to another file"),
        ("dangling", "a link to another file"),
        ("loop", "a link to another file"),
        ("device", "a device"),
    ],
)
def test_a_device_a_pipe_or_a_link_is_never_replaced_nor_written_through(
    tmp_path: Path, name: str, kind: str
) -> None:
    made = _special_files(tmp_path)
    if name not in made:
        pytest.skip("this account may not make a device node")
    before = _snapshot(tmp_path)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(made[name], b"new")
    assert caught.value.message == (
        f"{made[name]} is {kind}, not an ordinary file, so PeerCenter does not save over it. "
        "Choose another file name."
    )
    assert _snapshot(tmp_path) == before  # nothing replaced, nothing left behind


def test_a_special_file_put_in_place_while_saving_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    real_mkstemp = tempfile.mkstemp

    def plant_a_link(*args: object, **kwargs: object) -> tuple[int, str]:
        target.symlink_to("elsewhere.pdf")  # someone is quicker than the save
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", plant_a_link)
    with pytest.raises(FileWriteError, match="is a link to another file"):
        write_atomically(target, b"pdf")
    assert target.is_symlink() and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_file_under_a_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(FileWriteError, match=r"notes\.txt is a file, not a folder"):
        write_atomically(tmp_path / "notes.txt" / "x.pdf", b"x")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("pipe", "is a named pipe, not a file. Choose the file itself."),
        ("device", "is a device, not a file. Choose the file itself."),
        ("loop", "Too many levels of symbolic links"),
        ("dangling", "There is no file"),
    ],
)
def test_reading_refuses_what_is_not_an_ordinary_file_without_waiting(
    tmp_path: Path, name: str, message: str
) -> None:
    """A named pipe with no writer would block a plain open() forever."""
    made = _special_files(tmp_path)
    if name not in made:
        pytest.skip("this account may not make a device node")
    with pytest.raises(FileReadError, match=re.escape(message)):
        read_file(made[name], 100)
    with pytest.raises(FileReadError, match="is a folder, not a file"):
        read_file(tmp_path, 100)


def test_reading_follows_a_link_to_a_file_and_stops_at_the_limit(tmp_path: Path) -> None:
    made = _special_files(tmp_path)
    assert read_file(made["link"], 100) == b"keep me"
    with pytest.raises(FileTooLarge) as caught:
        read_file(made["link"], 3)
    assert caught.value.size == 7


def test_an_endless_device_is_refused_before_reading() -> None:
    """/dev/zero never ends: only its kind is looked at."""
    with pytest.raises(FileReadError, match="/dev/zero is a device, not a file"):
        read_file("/dev/zero", 10)


@pytest.mark.parametrize("name", ["pipe", "link", "dangling", "loop", "device"])
def test_the_private_writer_neither_follows_nor_replaces_what_is_not_a_file(
    tmp_path: Path, name: str
) -> None:
    """Backups and their status are written with these: a link planted at the name must not
    truncate what it points at, a pipe must not be waited on, a device not replaced."""
    made = _special_files(tmp_path)
    if name not in made:
        pytest.skip("this account may not make a device node")
    (tmp_path / "new.part").write_bytes(b"finished")
    before = _snapshot(tmp_path)
    with (
        pytest.raises(FileWriteError, match="not an ordinary file"),
        paths.open_private(made[name]) as out,
    ):
        out.write("x")
    with pytest.raises(FileWriteError, match="not an ordinary file"):
        paths.replace_durably(tmp_path / "new.part", made[name])
    assert _snapshot(tmp_path) == before
