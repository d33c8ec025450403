"""The new privacy rules through each person's own connection to a center's server: HR notes
reach a supervisor only through the server's check of the center's setting, a specialist's
program never touches participants' notes, views are recorded by the server once an hour per
person and record whichever computer they came from, a supervisor's service report counts
everyone's supervision, and expired views are deleted by the server with the trail still
verifying (and tampering after it still caught)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from peercenter.db.engine import Database
from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain import access_log
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.services import audit_review, auth, participants, retention, settings, staff
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.service_report import service_report
from tests.factories import PASSWORD, staff_with_login
from tests.insider.conftest import Center, Server

TODAY = local_today(ZoneInfo("America/Chicago"))


@pytest.fixture
def computers(center: Center) -> Iterator[list[Database]]:
    found: list[Database] = []
    yield found
    for db in found:
        db.dispose()


def _sign_in(center: Center, computers: list[Database], name: str) -> tuple[Database, Actor]:
    db = center.server.database()
    computers.append(db)
    return db, auth.login(db, name, PASSWORD)


def test_hr_notes_reach_the_persons_supervisor_only_where_the_center_allows(
    center: Center, computers: list[Database]
) -> None:
    pat = center.staff_ids["pat"]
    desk, admin = _sign_in(center, computers, "admin")
    sue_db, sue = _sign_in(center, computers, "sue")
    sam_db, sam = _sign_in(center, computers, "sam")

    def notes(db: Database, actor: Actor) -> str:
        with db.session() as s:
            return staff.get_staff(s, actor, pat).form.notes

    assert notes(sue_db, sue) == ""
    with desk.session() as s:
        settings.set_value(s, admin, access_log.SUPERVISOR_READS_HR_NOTES, True)
    try:
        assert notes(sue_db, sue) == "HR: asked for fewer evening groups"
        assert notes(sam_db, sam) == ""
    finally:
        with desk.session() as s:
            settings.set_value(s, admin, access_log.SUPERVISOR_READS_HR_NOTES, False)


def test_a_specialist_opens_a_participant_without_their_notes(
    center: Center, computers: list[Database]
) -> None:
    pat_db, pat = _sign_in(center, computers, "pat")
    fran_db, fran = _sign_in(center, computers, "fran")
    with pat_db.session() as s:  # the hidden column is never asked for
        seen = participants.get(s, pat, center.participant_id)
        assert [r.id for r in participants.search(s, pat, "maria")] == [center.participant_id]
    assert (seen.form.preferred_name, seen.form.notes, seen.form.phone) == ("Maria", "", "")
    with fran_db.session() as s:
        assert participants.get(s, fran, center.participant_id).form.notes.startswith("Prefers")


def _views_of(server: Server, entity: str, entity_id: int) -> list[tuple[object, ...]]:
    return server.superuser_sql(
        "SELECT username, details->>'computer' FROM audit_events WHERE action = 'view' "
        "AND entity = :e AND entity_id = :i ORDER BY id",
        e=entity,
        i=str(entity_id),
    )


def test_views_are_recorded_by_the_server_once_an_hour_across_computers(
    center: Center, computers: list[Database]
) -> None:
    pid = center.participant_id
    quinn = center.staff_ids["quinn"]
    first, sam = _sign_in(center, computers, "sam")
    second, _again = _sign_in(center, computers, "sam")
    for db in (first, second, first):
        with db.session() as s:
            staff.get_staff(s, sam, quinn)
        with db.reader() as s:
            participants.get(s, sam, pid)
    [(who, computer)] = _views_of(center.server, access_log.STAFF_RECORD, quinn)
    assert who == "sam" and computer
    assert [v[0] for v in _views_of(center.server, access_log.PARTICIPANT, pid)].count("sam") == 1


def test_a_supervisors_service_report_counts_everyones_supervision(
    center: Center, computers: list[Database]
) -> None:
    month = (TODAY - timedelta(days=2)).replace(day=1)
    admin_db, admin = _sign_in(center, computers, "admin")
    sue_db, sue = _sign_in(center, computers, "sue")
    with admin_db.session() as s:
        everyone = service_report(s, admin, month, today=TODAY).figures
    with sue_db.session() as s:
        hers = service_report(s, sue, month, today=TODAY).figures
    # Sue held a group hour with Pat and Quinn; Sam gave Quinn 45 minutes she cannot read.
    assert everyone.supervision_minutes >= 165
    assert hers == everyone


# Past the grants and the triggers, as only the superuser could: views made to look ten
# years old, and the chain sealed again over them, as if they had been written then.
BACKDATE = f"""
SET session_replication_role = replica;
UPDATE audit_events SET at = at - interval '10 years' WHERE id IN ({{ids}});
DO $$
DECLARE
    e audit_events;
    prev text := repeat('0', 64);
BEGIN
    FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
        e.prev_hash := prev;
        e.hash := {PRIVATE_SCHEMA}.seal(e);
        UPDATE audit_events SET prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
        prev := e.hash;
    END LOOP;
    UPDATE {PRIVATE_SCHEMA}.audit_head SET last_hash = prev WHERE id = 1;
END $$;
"""


def _ids(server: Server, where: str) -> list[int]:
    rows = server.superuser_sql(f"SELECT id FROM audit_events WHERE {where} ORDER BY id")
    return [int(str(r[0])) for r in rows]


def test_expired_views_are_deleted_by_the_server_and_the_trail_still_verifies(
    new_server: Server,
) -> None:
    db = new_server.database()
    admin = auth.login(db, "admin", PASSWORD)
    staff_with_login(db, admin, "fran", Role.FRONT_DESK, "Fran", "Desk")
    desk = new_server.database()
    fran = auth.login(desk, "fran", PASSWORD)
    try:
        people = []
        for name in ("Maria", "Jo", "Ana"):
            with desk.session() as s:
                people.append(participants.create(s, fran, participants.ParticipantForm(name)).id)
                participants.get(s, fran, people[-1])
        old_views = _ids(new_server, "action = 'view'")
        assert len(old_views) == 3
        old_change = _ids(new_server, "action = 'create' AND entity = 'participant'")[0]
        new_server.superuser_script(
            BACKDATE.format(ids=", ".join(map(str, [*old_views, old_change])))
        )
        with db.session() as s:
            assert audit_review.verify_chain(s, admin).ok
        with desk.session() as s:
            participants.get(s, fran, people[0])  # a view of today, which stays
        with db.session() as s:
            pruned = retention.prune_views(s, admin)
        assert pruned.deleted == 3 and pruned.event_id is not None
        assert _ids(new_server, f"id IN ({', '.join(map(str, old_views))})") == []
        assert _ids(new_server, f"id = {old_change}") == [old_change]  # changes stay
        assert len(_ids(new_server, "action = 'view'")) == 1
        [(details,)] = new_server.superuser_sql(
            "SELECT details FROM audit_events WHERE action = 'prune'"
        )
        assert isinstance(details, dict) and details["views_deleted"] == 3
        assert len(details["bridges"]) == 3  # each view sat between other events
        with db.session() as s:
            verdict = audit_review.verify_chain(s, admin)
        assert verdict.ok, verdict.problem
        with db.session() as s:  # nothing more is due
            assert retention.prune_views(s, admin).deleted == 0
        # Tampering after the deletion is still caught, next to a gap or not.
        victim = _ids(new_server, "action = 'create' AND entity = 'participant'")[1]
        new_server.superuser_script(
            f"SET session_replication_role = replica; DELETE FROM audit_events WHERE id = {victim}"
        )
        with db.session() as s:
            assert not audit_review.verify_chain(s, admin).ok
    finally:
        desk.dispose()
        db.dispose()


def test_the_accounting_for_a_participant_on_a_server(
    center: Center, computers: list[Database]
) -> None:
    from peercenter.domain.enums import AttendanceStatus
    from peercenter.services import participant_accounting
    from peercenter.services.handouts import gather
    from peercenter.services.schedule import attendance

    pid = center.participant_id
    pat_db, pat = _sign_in(center, computers, "pat")
    fran_db, fran = _sign_in(center, computers, "fran")
    with pat_db.session() as s:
        participants.get(s, pat, pid)
        attendance.attendance_sheet(s, pat, center.session_id)
    with fran_db.session() as s:
        attendance.mark(s, fran, center.session_id, pid, AttendanceStatus.LATE)
        gather.sign_in_sheet(s, fran, center.session_id, gather.print_options(s))
    admin_db, admin = _sign_in(center, computers, "admin")
    with admin_db.session() as s:
        assert participant_accounting.find(s, admin, "maria") == pid
        found = participant_accounting.account_for(s, admin, pid)
    words = [(e.username, e.what.split(" “")[0]) for e in found.entries]
    assert ("pat", "Opened their record") in words
    assert ("pat", "Saw their name on the attendance list of") in words
    assert ("fran", "Marked them late at") in words
    with pat_db.session() as s, pytest.raises(PermissionDenied):
        participant_accounting.account_for(s, pat, pid)
