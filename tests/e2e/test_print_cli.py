"""`peercenter handout|signin|packet|poster`: files a person can print, one clear line and no
file at all when something is wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupSession, Topic
from peercenter.domain.enums import SessionStatus
from peercenter.services import settings
from tests import factories
from tests.e2e.test_cli import run_cli
from tests.pdf_helpers import page_sizes, pdf_text


@pytest.fixture
def center(database_url: str) -> tuple[str, list[int]]:
    db = Database.from_url(database_url)
    admin = factories.center(db)
    ids = factories.handout_group(db, admin, people=(("Joe", "Smith", True, False),))
    db.dispose()
    return database_url, ids


def test_every_command_saves_its_pdf(center: tuple[str, list[int]], tmp_path: Path) -> None:
    url, ids = center
    base = ("--db", url, "--user", "admin")
    out = tmp_path / "handout.pdf"
    result = run_cli(
        *base,
        "handout",
        str(ids[0]),
        "-o",
        str(out),
        "--large-print",
        "--lang",
        "es",
        "--paper",
        "a4",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Saved {out}."
    assert "Cómo manejar las ansias de consumir" in pdf_text(out)
    assert page_sizes(out) == {(595, 842)}
    for command, arg, expected in (
        ("signin", str(ids[0]), "Joe S."),
        ("packet", "2026-03-02", "Urge surfing"),
        ("poster", "2026-03-02", "This week at"),
    ):
        target = tmp_path / f"{command}.pdf"
        result = run_cli(*base, command, arg, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert expected in pdf_text(target)
    db = Database.from_url(url)
    with db.session() as s:
        actions = [
            e.action
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet"))
        ]
    db.dispose()
    assert actions == ["export", "export"]  # the sign-in sheet, and the one in the packet


def _break_things(url: str, ids: list[int]) -> None:
    db = Database.from_url(url)
    with db.session() as s:
        row = s.get(GroupSession, ids[1])
        assert row is not None
        row.status = SessionStatus.CANCELLED
        topic = s.scalars(
            select(Topic).where(Topic.slug == "coping-with-cravings", Topic.language == "es")
        ).one()
        topic.is_builtin = False  # the center's own (broken) edit
        topic.sections = {**topic.sections, "discussion_questions": []}
    db.dispose()


def test_bad_input_gives_one_line_exit_1_and_no_file(
    center: tuple[str, list[int]], tmp_path: Path
) -> None:
    url, ids = center
    base = ("--db", url, "--user", "admin")
    _break_things(url, ids)
    out = tmp_path / "out.pdf"
    cases = [
        (("handout", str(ids[1]), "-o", str(out)), "is cancelled"),
        (("signin", "4242", "-o", str(out)), "There is no session number 4242."),
        (
            ("handout", str(ids[0]), "--lang", "es", "-o", str(out)),
            "'discussion_questions' has no lines",
        ),
        (
            ("handout", str(ids[0]), "-o", str(tmp_path / "no-such-folder" / "x.pdf")),
            "does not exist",
        ),
        (("packet", "2026-03-03", "-o", str(out)), "There is nothing to print"),
    ]
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases.append((("poster", "2026-03-02", "-o", str(locked / "p.pdf")), "Cannot save"))
    for args, message in cases:
        result = run_cli(*base, *args)
        assert result.returncode == 1, (args, result.stderr)
        assert message in result.stderr, args
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("peercenter: ")
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".*.part")) == []


def test_missing_logo_and_unwritable_file(center: tuple[str, list[int]], tmp_path: Path) -> None:
    url, ids = center
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (29, 107, 106)).save(logo)
    db = Database.from_url(url)
    with db.session() as s:
        admin = factories.actor(s, "admin")
        settings.set_value(s, admin, "center.logo_path", str(logo))
    db.dispose()
    logo.unlink()
    out = tmp_path / "handout.pdf"
    result = run_cli("--db", url, "--user", "admin", "handout", str(ids[0]), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"peercenter: The center's logo file {logo} is missing. "
        "Choose another logo in Settings, or clear it there."
    )
    assert not out.exists()
    # A directory where the file should go: refused, and the export is not audited.
    result = run_cli("--db", url, "--user", "admin", "signin", str(ids[0]), "-o", str(tmp_path))
    assert result.returncode == 1 and "is a folder" in result.stderr
    db = Database.from_url(url)
    with db.session() as s:
        assert (
            s.scalars(select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet")).first()
            is None
        )
    db.dispose()


def test_usage_errors(tmp_path: Path) -> None:
    assert run_cli("handout", "abc", "-o", "x.pdf").returncode == 2
    assert run_cli("packet", "03/02/2026", "-o", "x.pdf").returncode == 2
    assert run_cli("handout", "1", "-o", "x.pdf", "--lang", "fr").returncode == 2
