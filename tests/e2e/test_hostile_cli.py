"""Every command given hostile files and values, run as a user runs it (a separate process):
files to read that are folders, devices, named pipes, huge, binary or empty; files to write
that are folders, devices, named pipes or links, or in folders that do not exist; dates and
numbers out of range; unknown names; no --user; a wrong password; a database that is a
folder, a device or a pipe. Each ends in one clear line with exit code 1 (usage errors 2),
never a traceback, never waits forever, and changes nothing on disk or in the database.

Each case runs on its own copy of the database in its own folder, several at a time."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import update

from peercenter.db.engine import Database
from peercenter.db.models import User
from peercenter.services.credentials import enrollments
from tests import factories
from tests.conftest import IN_CI
from tests.credential_factories import crew

HANG_S = 120  # far beyond any case's run on a busy machine: a case this slow is waiting
SESSION = "{session}"  # replaced by a real session number of the center


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]  # "{d}" is the case's folder
    code: int
    says: str  # in the one line on stderr
    password: str = factories.PASSWORD


def _c(*argv: str, code: int = 1, says: str, password: str = factories.PASSWORD) -> Case:
    return Case(argv, code, says, password)


ADMIN = ("--user", "admin")
SPECIALIST_REPORT = ("--user", "supervisor", "report", "hours", "Jordan Reyes", "-o")
NOT_SAVED = "not an ordinary file, so PeerCenter does not save over it"
WRITERS: dict[str, tuple[str, ...]] = {
    "ics": (*ADMIN, "export", "ics", "-o"),
    "handout": (*ADMIN, "handout", SESSION, "-o"),
    "signin": (*ADMIN, "signin", SESSION, "-o"),
    "packet": (*ADMIN, "packet", "2026-03-02", "-o"),
    "poster": (*ADMIN, "poster", "2026-03-02", "-o"),
    "hours-pdf": SPECIALIST_REPORT,
    "hours-csv": SPECIALIST_REPORT,
    "audit-csv": (*ADMIN, "audit", "--csv"),
    "backup": (*ADMIN, "backup", "-o"),
}


def _output_cases() -> Iterator[Case]:
    # Every writer refuses a link to a file and a device; the other kinds of target each
    # go to one writer (they all pass through the same check).
    for name, argv in WRITERS.items():
        suffix = ".csv" if name.endswith("csv") else ""
        yield _c(*argv, f"{{d}}/link{suffix}", says=f"is a link to another file, {NOT_SAVED}")
        yield _c(*argv, f"{{d}}/device{suffix}", says=f"is a device, {NOT_SAVED}")
    others = [
        ("{d}/pipe", f"is a named pipe, {NOT_SAVED}"),
        ("{d}/dangling", f"is a link to another file, {NOT_SAVED}"),
        ("{d}/loop", f"is a link to another file, {NOT_SAVED}"),
        ("{d}/to-device", f"is a link to another file, {NOT_SAVED}"),
        ("{d}/folder", "is a folder; give a file name"),
        ("{d}/missing/out.pdf", "The folder {d}/missing does not exist"),
        ("{d}/real.txt/out.pdf", "{d}/real.txt is a file, not a folder"),
        ("", ". is a folder; give a file name"),
        ("{d}/pipe", f"is a named pipe, {NOT_SAVED}"),
    ]
    for (target, says), argv in zip(others, WRITERS.values(), strict=True):
        yield _c(*argv, target, says=says)


def _input_cases() -> Iterator[Case]:
    """The importers share one reader: each kind of file goes to one of them, the ones that
    used to hang (a named pipe, an endless device) to both and with every option."""
    for kind, options in (
        ("participants", ((), ("--dry-run",), ("--all-or-nothing",))),
        ("groups", (("--dry-run",),)),
    ):
        for args in options:
            command = (*ADMIN, "import", kind, *args)
            yield _c(*command, "{d}/pipe", says="{d}/pipe is a named pipe, not a file")
            yield _c(*command, "/dev/zero", says="/dev/zero is a device, not a file")
    files = [
        ("{d}/device", "{d}/device is a device, not a file"),
        ("{d}/folder", "{d}/folder is a folder, not a file"),
        ("{d}/nothing.csv", "There is no file {d}/nothing.csv"),
        ("{d}/dangling", "There is no file {d}/dangling"),
        ("{d}/loop", "Too many levels of symbolic links"),
        ("{d}/huge.csv", "The file is 11.0 MB; PeerCenter imports files up to 10 MB"),
        ("{d}/binary.csv", "it contains binary data"),
        ("{d}/empty.csv", "The file is empty."),
        ("{d}/real.txt", "no rows below it"),
    ]
    for index, (target, says) in enumerate(files):
        yield _c(*ADMIN, "import", ("participants", "groups")[index % 2], target, says=says)


def _value_cases() -> Iterator[Case]:
    far, early = "9999-12-31", "0001-01-01"
    outside = "is outside the dates PeerCenter works with (1900 to 2199)"
    argv: tuple[str, ...]  # the loops below give commands of every length
    for argv in (
        ("sessions", "--from", "2026-01-01", "--to", far),
        ("sessions", "--from", early, "--to", "2026-01-01"),
        ("packet", far, "-o", "{d}/p.pdf"),
        ("poster", far, "-o", "{d}/p.pdf"),
        ("poster", early, "-o", "{d}/p.pdf"),
        ("audit", "--since", far),
        ("audit", "--until", early),
    ):
        yield _c(*ADMIN, *argv, code=2, says=outside)
    yield _c(*ADMIN, "sessions", "--from", "2026-13-45", "--to", "x", code=2, says="not a date")
    not_a_number = "is not a session number"
    for index, number in enumerate(("99999999999999999999999", "2147483648", "-1", "1e5", "٣")):
        command = ("handout", "signin")[index % 2]
        yield _c(*ADMIN, command, number, "-o", "{d}/p.pdf", code=2, says=not_a_number)
    yield _c(*ADMIN, "handout", "2147483647", "-o", "{d}/p.pdf", says="no session number")
    yield _c(*ADMIN, "signin", "0", "-o", "{d}/p.pdf", says="There is no session number 0.")
    yield _c("--user", "supervisor", "hours", "Nobody Known", says="No person you can see")
    week = ("sessions", "--from", "2026-03-02", "--to", "2026-03-09")
    yield _c(*ADMIN, *week, "--group", "x" * 5000, says="No group matches")
    yield _c(*ADMIN, "export", "ics", "--room", "\u00e9", "-o", "{d}/x.ics", says="No room")
    yield _c(*ADMIN, "export", "ics", "--facilitator", "nobody", "-o", "{d}/x.ics", says="No ")
    wrong = "Wrong user name or password"
    for argv in (("wellbeing",), ("audit",), ("export", "ics", "-o", "{d}/x.ics")):
        yield _c(*argv, says="This command needs --user NAME")
        yield _c("--user", "frontdesk", *argv, password="wrong", says=wrong)
        yield _c("--user", "nobody", *argv, says=wrong)
    for target, kind, argv in (
        ("folder", "a folder", ("db", "check")),
        ("device", "a device", ("--user", "admin", "wellbeing")),
        ("pipe", "a named pipe", ("init", "--admin", "boss")),
        ("pipe", "a named pipe", ("db", "upgrade")),
    ):
        yield _c("--db", f"sqlite:///{{d}}/{target}", *argv, says=f"is {kind}, not a database")


CASES = [*_output_cases(), *_input_cases(), *_value_cases()]


@pytest.fixture(scope="module")
def template(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A center with a supervisor, a specialist in a credential program and a group with
    sessions; passwords hashed as the program hashes them, so no sign-in rewrites them."""
    path = tmp_path_factory.mktemp("hostile") / "center.sqlite3"
    shutil.copy(_sqlite_template, path)
    db = Database.from_url(f"sqlite:///{path}")
    people = crew(db)
    with db.session() as s:
        enrollments.enroll(
            s,
            people.supervisor,
            people.specialist.staff_id,
            enrollments.EnrollmentForm(people.programs["icrc-pr"], date(2026, 1, 5)),
        )
    session_ids = factories.handout_group(db, people.admin)
    with db.session() as s:
        s.execute(update(User).values(password_hash=PasswordHasher().hash(factories.PASSWORD)))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, session_ids[0]


def _make_world(folder: Path) -> None:
    """The hostile things a case points at, inside its own folder."""
    (folder / "folder").mkdir()
    os.mkfifo(folder / "pipe")
    (folder / "real.txt").write_bytes(b"keep me\n")
    (folder / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.csv").write_bytes(b"")
    with open(folder / "huge.csv", "wb") as huge:
        huge.truncate(11 * 1024 * 1024)  # sparse: costs no disk
    for name, points_to in [
        ("link", "real.txt"),
        ("link.csv", "real.txt"),
        ("dangling", "gone/x"),
        ("loop", "loop"),
        ("to-device", "device"),
    ]:
        (folder / name).symlink_to(points_to)
    for name in ("device", "device.csv"):
        try:
            # Like /dev/null, but here: a device wrongly replaced would harm nothing.
            os.mknod(folder / name, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            assert not IN_CI, "CI runs as root, where a device node can be made"
            (folder / name).symlink_to("/dev/null")  # the other cases still run


def _files(folder: Path) -> dict[str, tuple[int, str]]:
    """Each entry's kind and what it holds or points at (the database aside: a sign-in
    writes to it, and it is compared on its own)."""
    out = {}
    for entry in sorted(folder.rglob("*")):
        if entry.name.startswith("center.sqlite3"):
            continue
        mode = entry.lstat().st_mode
        if stat.S_ISLNK(mode):
            held = os.readlink(entry)
        elif stat.S_ISREG(mode):
            with open(entry, "rb") as f:
                held = hashlib.sha256(f.read(1 << 20)).hexdigest()
        else:
            held = ""
        out[str(entry.relative_to(folder))] = (stat.S_IFMT(mode), held)
    return out


def _records(db_file: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, except what signing in writes: the users' sign-in state
    and the audit events of sign-ins."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "users"
        ]
        out = {}
        for table in tables:
            where = " WHERE action NOT LIKE 'login%'" if table == "audit_events" else ""
            out[table] = sorted(conn.execute(f'SELECT * FROM "{table}"{where}'), key=repr)
        return out
    finally:
        conn.close()


def _run(case: Case, template: tuple[Path, int], root: Path, index: int) -> str | None:
    """What went wrong with ``case``, or None."""
    folder = root / f"case{index}"
    folder.mkdir()
    db_file = folder / "center.sqlite3"
    shutil.copy(template[0], db_file)
    _make_world(folder)
    argv = [a.replace("{d}", str(folder)).replace(SESSION, str(template[1])) for a in case.argv]
    says = case.says.replace("{d}", str(folder))
    files, records = _files(folder), _records(db_file)
    env = {
        **os.environ,
        "PEERCENTER_DB": f"sqlite:///{db_file}",
        "PEERCENTER_DATA_DIR": str(root / f"data{index}"),
        "PEERCENTER_PASSWORD": case.password,
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "peercenter", *argv],
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            timeout=HANG_S,
        )
    except subprocess.TimeoutExpired:
        return f"{argv}: still running after {HANG_S} s"
    err = done.stderr
    lines = err.strip().splitlines()
    problems = []
    if "Traceback" in err:
        problems.append("a traceback")
    if done.returncode != case.code:
        problems.append(f"exit code {done.returncode}, not {case.code}")
    if case.code == 1 and (len(lines) != 1 or not lines[0].startswith("peercenter: ")):
        problems.append("not one line starting with 'peercenter: '")
    if says not in err:
        problems.append(f"no {says!r}")
    after = _files(folder)
    if after != files:
        changed = sorted(k for k in files.keys() | after.keys() if files.get(k) != after.get(k))
        problems.append(f"files changed: {changed}")
    if _records(db_file) != records:
        problems.append("the database changed")
    return f"{argv}: {', '.join(problems)}\n{err}" if problems else None


def test_hostile_command_lines_end_in_one_clear_line_and_change_nothing(
    template: tuple[Path, int], tmp_path: Path
) -> None:
    workers = max(2, os.cpu_count() or 2)
    with ThreadPoolExecutor(workers) as pool:
        found = pool.map(lambda ic: _run(ic[1], template, tmp_path, ic[0]), enumerate(CASES))
        failures = [f for f in found if f is not None]
    assert not failures, f"{len(failures)} of {len(CASES)} cases:\n" + "\n".join(failures)
