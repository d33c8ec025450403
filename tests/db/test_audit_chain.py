"""The audit trail is hash-chained: editing, deleting or inserting an event is caught and the
first bad event named, on both engines and from the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.services import audit_review, participants
from peercenter.services.audit_review import AuditFilter
from peercenter.services.context import Actor
from tests import factories
from tests.e2e.test_cli import run_cli


def _with_events(db: Database) -> Actor:
    admin = factories.center(db)
    for name in ("Maria", '=HYPERLINK("http://x")', "Jo"):
        with db.session() as s:
            participants.create(s, admin, participants.ParticipantForm(preferred_name=name))
    return admin


def _verify(db: Database, admin: Actor) -> audit_review.ChainVerdict:
    with db.session() as s:
        return audit_review.verify_chain(s, admin)


def _ids(db: Database) -> list[int]:
    with db.reader() as s:
        return list(s.scalars(text("SELECT id FROM audit_events ORDER BY id")))


def test_an_untouched_trail_verifies(database: Database) -> None:
    admin = _with_events(database)
    verdict = _verify(database, admin)
    assert verdict.ok and verdict.rows_checked >= 5
    # The verification itself was recorded, chained onto the rest.
    assert _verify(database, admin).rows_checked == verdict.rows_checked + 1


@pytest.mark.parametrize(
    "tamper, culprit",
    [
        ("UPDATE audit_events SET username = 'nobody' WHERE id = :victim", "victim"),
        ("UPDATE audit_events SET details = '{\"value\": 1}' WHERE id = :victim", "victim"),
        ("DELETE FROM audit_events WHERE id = :victim", "next"),
        (
            "INSERT INTO audit_events (id, at, username, action, entity, details, prev_hash, hash) "
            "SELECT :victim + 100000, at, username, action, entity, details, "
            "'a1b2', 'c3d4' FROM audit_events WHERE id = :victim",
            "inserted",
        ),
    ],
)
def test_tampering_is_detected_and_the_first_bad_event_named(
    database: Database, tamper: str, culprit: str
) -> None:
    admin = _with_events(database)
    ids = _ids(database)
    victim = ids[2]
    with database.engine.begin() as conn:
        conn.execute(text(tamper), {"victim": victim})
    verdict = _verify(database, admin)
    assert not verdict.ok
    expected = {"victim": victim, "next": ids[3], "inserted": victim + 100000}[culprit]
    assert verdict.first_bad_id == expected
    assert f"#{expected}" in verdict.problem


def test_an_edit_with_a_recomputed_hash_still_breaks_the_chain(database: Database) -> None:
    from peercenter.db.models import AuditEvent
    from peercenter.domain.audit_chain import event_hash
    from peercenter.services.audit import fields_of

    admin = _with_events(database)
    ids = _ids(database)
    with database.session() as s:
        event = s.get(AuditEvent, ids[1])
        assert event is not None
        event.username = "someone-else"
        event.hash = event_hash(fields_of(event), event.prev_hash)
    verdict = _verify(database, admin)
    assert verdict.first_bad_id == ids[2]


def test_review_filters_and_is_itself_audited(database: Database) -> None:
    admin = _with_events(database)
    with database.session() as s:
        rows = audit_review.search(s, admin, AuditFilter(action="create", entity="participant"))
    assert len(rows) == 3 and rows[0].id > rows[-1].id
    with database.session() as s:
        assert audit_review.search(s, admin, AuditFilter(username="nobody")) == []
        today = date.today()
        assert (
            audit_review.search(
                s,
                admin,
                AuditFilter(since=today.replace(year=2000), until=today.replace(year=2001)),
            )
            == []
        )
    with database.reader() as s:
        views = audit_review._rows(s, AuditFilter(action="view", entity="audit"), None)
    assert len(views) == 3
    assert "entity: participant" in views[-1].details
    with database.reader() as s:
        choices = audit_review.choices(s, admin)
    assert "admin" in choices.usernames and "create" in choices.actions


def test_csv_export_neutralises_formulas(database: Database) -> None:
    admin = _with_events(database)
    out = io.StringIO()
    with database.session() as s:
        written = audit_review.export_csv(s, admin, AuditFilter(entity="participant"), out)
    assert written == 3
    # No participant name reaches the trail, nor a name typed at sign-in that is not an
    # account (it may be a password typed into the wrong box); an event written under a
    # formula-like name still exports as plain text.
    from peercenter.services import audit, auth

    with pytest.raises(auth.AuthenticationError):
        auth.login(database, "=cmd|' /C calc'!A0", "whatever password")
    with database.reader() as s:
        assert "=cmd" not in " ".join(
            str(v) for v in s.execute(text("SELECT username, details FROM audit_events")).all()
        )
    with database.session() as s:
        audit.record(s, None, "login_failed", "user", None, username="=cmd|' /C calc'!A0")
    out = io.StringIO()
    with database.session() as s:
        audit_review.export_csv(s, admin, AuditFilter(action="login_failed"), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == audit_review.CSV_COLUMNS
    assert [row[2] for row in rows[1:]] == ["?", "'=cmd|' /C calc'!A0"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_only_administrators_review_the_trail(database: Database) -> None:
    admin = factories.center(database)
    factories.staff_with_login(database, admin, "super", Role.SUPERVISOR, supervisor=True)
    from peercenter.services import auth

    supervisor = auth.login(database, "super", factories.PASSWORD)
    with database.session() as s, pytest.raises(PermissionDenied):
        audit_review.search(s, supervisor, AuditFilter())
    with database.session() as s, pytest.raises(PermissionDenied):
        audit_review.verify_chain(s, supervisor)


def test_two_writers_keep_one_chain(database: Database, database_url: str) -> None:
    """Separate processes append at the same time; the chain has no fork."""
    import multiprocessing

    admin = factories.center(database)
    ctx = multiprocessing.get_context("spawn")
    from tests.db import workers

    procs = [
        ctx.Process(target=workers.add_participants, args=(database_url, admin, 15, tag))
        for tag in ("a", "b", "c")
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    verdict = _verify(database, admin)
    assert verdict.ok, verdict.problem
    with database.reader() as s:
        assert (
            s.scalar(
                text(
                    "SELECT count(*) FROM audit_events WHERE action = 'create' "
                    "AND entity = 'participant'"
                )
            )
            == 45
        )


def test_cli_audit_list_json_csv_and_verify(database_url: str, tmp_path: Path) -> None:
    db = Database.from_url(database_url)
    _with_events(db)
    listed = run_cli("--db", database_url, "--user", "admin", "audit", "--action", "create")
    assert listed.returncode == 0, listed.stderr
    assert "participant" in listed.stdout and listed.stdout.rstrip().endswith("events.")
    as_json = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "audit",
        "--json",
        "--since",
        "2000-01-01",
        "--user",
        "admin",
    )
    assert as_json.returncode == 0, as_json.stderr
    events = json.loads(as_json.stdout)
    assert events and {e["username"] for e in events} == {"admin"}
    assert all(len(e["hash"]) == 64 for e in events)
    ok = run_cli("--db", database_url, "--user", "admin", "audit", "--verify")
    assert ok.returncode == 0 and ok.stdout.startswith("OK:")
    victim = _ids(db)[1]
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_events SET action = 'nothing' WHERE id = :v"), {"v": victim}
        )
    db.dispose()
    bad = run_cli("--db", database_url, "--user", "admin", "audit", "--verify")
    assert bad.returncode == 1
    assert f"event #{victim} was changed" in bad.stderr
    assert (
        run_cli("--db", database_url, "--user", "admin", "audit", "--since", "yesterday").returncode
        == 2
    )


def test_upgrade_chains_events_written_before_the_chain_existed(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from peercenter.db import migrate
    from peercenter.db.engine import make_engine

    cfg = migrate.alembic_config()
    before = ScriptDirectory.from_config(cfg).get_revision("0004_auditchain").down_revision
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, str(before))
        for i in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_events (at, username, action, entity, details) "
                    "VALUES (:at, 'old', 'create', 'x', :details)"
                ),
                {"at": f"2025-01-0{i + 1} 10:00:00.000001", "details": f'{{"n": {i}}}'},
            )
    migrate.upgrade(engine)
    engine.dispose()
    db = Database.from_url(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    admin = factories.center(db)
    verdict = _verify(db, admin)
    assert verdict.ok and verdict.rows_checked >= 5
    db.dispose()


def test_events_in_a_rolled_back_savepoint_do_not_break_the_chain(database: Database) -> None:
    from peercenter.services import audit

    admin = factories.center(database)
    with database.session() as s:
        audit.record(s, admin, "view", "participant", 1)
        savepoint = s.begin_nested()
        audit.record(s, admin, "view", "participant", 2)
        savepoint.rollback()
        audit.record(s, admin, "view", "participant", 3)
    assert _verify(database, admin).ok
