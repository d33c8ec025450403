"""Views are kept for the retention set in Settings → Privacy, never deleted sooner; deleting
them after it is one event of its own, and the trail still verifies (every remaining link is
still checked: tampering after a deletion is caught). On SQLite and PostgreSQL; the server's
own deletion is in tests/insider/test_privacy_on_server.py."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select, text

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain import access_log
from peercenter.domain.audit_chain import ChainVerdict
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services import audit, audit_review, participants, retention, settings
from peercenter.services.backup import service
from peercenter.services.clock import now
from peercenter.services.context import Actor
from tests.privacy_team import Team, make_team


def _old(months: int) -> datetime:
    return now() - relativedelta(months=months)


def _events(db: Database) -> list[tuple[int, str, str]]:
    with db.reader() as s:
        rows = s.execute(
            select(AuditEvent.id, AuditEvent.action, AuditEvent.entity).order_by(AuditEvent.id)
        )
        return [(r.id, r.action, r.entity) for r in rows]


def _history(db: Database, team: Team) -> dict[str, int]:
    """Views and a change from long ago between today's events: two runs of old views."""
    with db.session() as s:
        audit.record(s, team.fran, "view", "participant", 1, at=_old(80))
        audit.record(s, team.sue, "view", "staff", team.pat_id, at=_old(79))
        audit.record(s, team.fran, "update", "participant", 1, {"status": "x"}, at=_old(79))
        audit.record(s, team.fran, "view", "participant", 2, at=_old(40))
        audit.record(s, team.fran, "view", "participant", 3, at=_old(30))
    with db.session() as s:
        participants.create(s, team.fran, participants.ParticipantForm("Today"))
    with db.reader() as s:
        ids = dict(
            s.execute(
                select(AuditEvent.entity_id, AuditEvent.id).where(
                    AuditEvent.at < now() - timedelta(days=300)
                )
            ).all()
        )
    return {str(k): int(v) for k, v in ids.items()}


def _verify(db: Database, admin: Actor) -> ChainVerdict:
    with db.session() as s:
        return audit_review.verify_chain(s, admin)


def _prune(db: Database, actor: Actor) -> retention.Pruned:
    with db.session() as s:
        return retention.prune_views(s, actor)


@pytest.fixture
def team(database: Database) -> Team:
    return make_team(database)


def test_views_older_than_the_retention_go_and_the_deletion_is_recorded(
    database: Database, team: Team
) -> None:
    _history(database, team)
    before = _events(database)
    pruned = _prune(database, team.admin)  # the default keeps six years
    assert pruned.deleted == 2 and pruned.event_id is not None
    after = _events(database)
    gone = sorted(set(before) - set(after))
    assert [(action, entity) for _id, action, entity in gone] == [
        ("view", "participant"),
        ("view", "staff"),
    ]
    assert ("update", "participant") in [(a, e) for _i, a, e in after]  # changes stay
    with database.reader() as s:
        event = s.get(AuditEvent, pruned.event_id)
        assert event is not None
        assert (event.action, event.entity, event.username) == ("prune", "audit", "admin")
        assert event.details["views_deleted"] == 2
        assert event.details["retention_months"] == access_log.DEFAULT_RETENTION_MONTHS
        assert len(event.details["bridges"]) == 1
    verdict = _verify(database, team.admin)
    assert verdict.ok, verdict.problem
    assert _prune(database, team.admin).deleted == 0  # nothing more is due


def test_a_shorter_retention_is_never_shorter_than_the_minimum(
    database: Database, team: Team
) -> None:
    _history(database, team)
    with database.session() as s, pytest.raises(ValidationError):
        settings.set_value(s, team.admin, access_log.VIEW_RETENTION_MONTHS, 12)
    with database.session() as s:
        settings.set_value(
            s, team.admin, access_log.VIEW_RETENTION_MONTHS, access_log.MIN_RETENTION_MONTHS
        )
    assert _prune(database, team.admin).deleted == 3  # 80, 79 and 40 months old
    left = [e for _i, a, e in _events(database) if a == "view"]
    assert left.count("participant") >= 1  # the view of 30 months ago is kept
    assert _verify(database, team.admin).ok


def test_tampering_after_a_deletion_is_still_caught(database: Database, team: Team) -> None:
    ids = _history(database, team)
    _prune(database, team.admin)
    kept_change = ids["1"]  # the update of long ago, between two gaps
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = :i"), {"i": kept_change})
    verdict = _verify(database, team.admin)
    assert not verdict.ok and verdict.first_bad_id is not None
    assert verdict.first_bad_id > kept_change


def test_a_forged_gap_is_not_accepted(database: Database, team: Team) -> None:
    """Deleting views by hand and writing a deletion event without the bridges the trail
    needs is caught: a gap is accepted only where the hashes on both sides are named."""
    _history(database, team)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE action = 'view'"))
    with database.session() as s:
        audit.record(s, team.admin, "prune", "audit", None, {"bridges": [[1, "0" * 64, "x"]]})
    assert not _verify(database, team.admin).ok


def test_only_administrators_delete_views(database: Database, team: Team) -> None:
    _history(database, team)
    for someone in (team.sue, team.fran, team.pat):
        with pytest.raises(PermissionDenied), database.session() as s:
            retention.prune_views(s, someone)


def test_a_backup_anchored_on_a_deleted_view_still_agrees(sqlite_database: Database) -> None:
    db = sqlite_database
    team = make_team(db)
    with db.session() as s:
        audit.record(s, team.fran, "view", "participant", 1, at=_old(100))
    assert service.back_up_now(db, team.admin).ok  # its newest event: that view
    with db.session() as s:
        participants.create(s, team.fran, participants.ParticipantForm("Later"))
    assert _prune(db, team.admin).deleted == 1
    verdict = _verify(db, team.admin)
    assert verdict.ok, verdict.problem
