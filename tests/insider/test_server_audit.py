"""On a server the audit trail is sealed by the server: `audit --verify` catches an event
edited, deleted, slipped in or appended by anyone who gets past the grants (here the
superuser, with the server's triggers switched off), and a deleted tail, which a chain alone
cannot show."""

from __future__ import annotations

import pytest

from peercenter.db.engine import Database
from peercenter.domain.audit_chain import GENESIS
from peercenter.services import audit_review, auth, participants
from peercenter.services.context import Actor
from tests.factories import PASSWORD
from tests.insider.conftest import Server

# Past the grants and the triggers: what only a superuser (or the owner) could do.
BYPASS = "SET session_replication_role = replica; "


def _trail(server: Server) -> tuple[Database, Actor, list[int]]:
    db = server.database()
    admin = auth.login(db, "admin", PASSWORD)
    for name in ("Maria", "Jo", "Ana"):
        with db.session() as s:
            participants.create(s, admin, participants.ParticipantForm(preferred_name=name))
    ids = [int(str(r[0])) for r in server.superuser_sql("SELECT id FROM audit_events ORDER BY id")]
    return db, admin, ids


def _verify(db: Database, admin: Actor) -> audit_review.ChainVerdict:
    with db.session() as s:
        return audit_review.verify_chain(s, admin)


def test_an_untouched_trail_verifies_and_every_event_is_sealed(new_server: Server) -> None:
    db, admin, ids = _trail(new_server)
    verdict = _verify(db, admin)
    assert verdict.ok and verdict.rows_checked == len(ids)
    assert _verify(db, admin).rows_checked == len(ids) + 1  # the check itself is recorded
    # The seal is an HMAC with the server's key: the program's own (keyless) hash differs.
    first = new_server.superuser_sql("SELECT prev_hash FROM audit_events ORDER BY id LIMIT 1")
    assert first == [(GENESIS,)]
    db.dispose()


@pytest.mark.parametrize(
    "tamper, culprit",
    [
        ("UPDATE audit_events SET username = 'nobody' WHERE id = {victim}", "victim"),
        ("UPDATE audit_events SET details = '{{\"value\": 1}}' WHERE id = {victim}", "victim"),
        ("DELETE FROM audit_events WHERE id = {victim}", "next"),
        (
            # Ids the server hands out leave gaps: one is taken between two events.
            "INSERT INTO audit_events (id, at, username, action, entity, details, prev_hash, "
            "hash) SELECT {victim} + 1, at, username, action, entity, details, "
            "'a1b2', 'c3d4' FROM audit_events WHERE id = {victim}",
            "middle",
        ),
        (
            "INSERT INTO audit_events (id, at, username, action, entity, details, prev_hash, "
            "hash) SELECT id + 100000, at, username, 'appended', entity, details, hash, "
            "encode(sha256(convert_to(hash, 'UTF8')), 'hex') FROM audit_events "
            "ORDER BY id DESC LIMIT 1",
            "appended",
        ),
        ("DELETE FROM audit_events WHERE id >= {tail}", "tail"),
    ],
    ids=["edited", "edited details", "deleted", "inserted", "appended", "deleted tail"],
)
def test_tampering_is_detected(new_server: Server, tamper: str, culprit: str) -> None:
    db, admin, ids = _trail(new_server)
    victim, tail = ids[2], ids[-2]
    last = ids[-1]
    new_server.superuser_script(BYPASS + tamper.format(victim=victim, tail=tail))
    verdict = _verify(db, admin)
    assert not verdict.ok
    expected = {
        "victim": victim,
        "next": ids[3],
        "middle": victim + 1,
        "appended": last + 100000,
        "tail": last,
    }[culprit]
    assert verdict.first_bad_id == expected
    assert f"#{verdict.first_bad_id}" in verdict.problem
    if culprit == "tail":
        assert "newest events were deleted" in verdict.problem
    db.dispose()


def test_the_command_line_says_tampered_on_a_server(new_server: Server) -> None:
    from tests.e2e.test_cli import run_cli

    db, _admin, ids = _trail(new_server)
    db.dispose()
    ok = run_cli("--db", new_server.address, "--user", "admin", "audit", "--verify")
    assert ok.returncode == 0, ok.stderr
    assert "chain is intact" in ok.stdout
    new_server.superuser_script(BYPASS + f"DELETE FROM audit_events WHERE id >= {ids[-1]}")
    bad = run_cli("--db", new_server.address, "--user", "admin", "audit", "--verify")
    assert bad.returncode == 1
    # Signing in to check wrote an event after the cut: it no longer follows what is left.
    assert "TAMPERED: event #" in bad.stderr and "does not follow" in bad.stderr
