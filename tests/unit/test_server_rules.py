"""The server's rules cover every table, and what they let each role do agrees with the
permission matrix the services check."""

from __future__ import annotations

from peercenter.db.models import Base
from peercenter.db.server import grants
from peercenter.domain.enums import Role
from peercenter.domain.permissions import Permission, allowed
from peercenter.services import server_admin, settings


def test_every_table_has_rules_on_a_server() -> None:
    # A new table without a line in grants.TABLES would be readable by nobody on a server
    # (or, worse, left out of row-level security): decide its rules when adding it.
    assert set(Base.metadata.tables) | {"alembic_version"} == set(grants.TABLES)


def test_who_changes_settings_on_a_server_follows_the_matrix() -> None:
    writable = server_admin.writable_settings()
    assert writable[Role.ADMIN] == list(settings.SPECS)
    assert set(writable[Role.SUPERVISOR]) == {
        key for key in settings.SPECS if key.startswith("guardrails.")
    } | {"handouts.local_resources"}
    assert writable[Role.FRONT_DESK] == ["handouts.local_resources"]
    assert writable[Role.SPECIALIST] == []


def test_table_grants_follow_the_matrix() -> None:
    tables = grants.TABLES
    assert tables["audit_events"].read == (Role.ADMIN,)
    for role in Role:
        assert (role in tables["users"].update) == allowed(role, Permission.MANAGE_STAFF)
        assert (role in tables["rooms"].insert) == allowed(role, Permission.MANAGE_ROOMS)
        assert (role in tables["sessions"].write) == allowed(role, Permission.MANAGE_SCHEDULE)
        assert (role in tables["participants"].insert) == allowed(
            role, Permission.EDIT_PARTICIPANTS
        )
        assert (role in tables["supervision_notes"].read) == allowed(
            role, Permission.VIEW_SUPERVISION_NOTES
        )
        assert ("phone" in tables["participants"].hidden.get(role, ())) != allowed(
            role, Permission.VIEW_PARTICIPANT_CONTACT
        )
        assert ("notes" in tables["staff"].hidden.get(role, ())) != allowed(
            role, Permission.MANAGE_STAFF
        )
        assert (role in tables["credential_programs"].write) == allowed(
            role, Permission.MANAGE_CREDENTIAL_PROGRAMS
        )
        own_hours = allowed(role, Permission.VIEW_OWN_CREDENTIALS)
        assert (role in tables["time_entries"].read) == own_hours
