"""An insider at a front-desk computer holds the server's address and their own password.
Connected with psycopg as themselves, each of the six people tries to read every private
table, make themselves an administrator, change settings and rewrite the audit trail. What
the permission matrix refuses them the server refuses too (an error) or hides (no rows); what
it allows works. The table of outcomes is written to $PEERCENTER_INSIDER_TABLE when set."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain.enums import Role
from tests.insider.conftest import Center

REFUSED = "refused"  # the server raised an error
HIDDEN = "nothing"  # it ran, and neither read nor changed anything it must not
ALLOWED = "allowed"  # the role may, and it worked
SEALED = "own name, sealed"  # an event was added, but in the person's name and sealed by the server

ROLES = ("admin", "sue", "sam", "fran", "pat", "quinn")
ROLE_LABELS = {
    "admin": "Administrator",
    "sue": "Supervisor of Pat",
    "sam": "Supervisor of Quinn",
    "fran": "Front desk",
    "pat": "Peer specialist (Pat)",
    "quinn": "Peer specialist (Quinn)",
}


@dataclass(frozen=True)
class Attempt:
    label: str
    sql: Callable[[Center, str], str]
    expected: dict[str, str]
    write: bool = False


def _everyone_but(admin: str = ALLOWED, **others: str) -> dict[str, str]:
    found = {"admin": admin}
    for role in ROLES[1:]:
        found[role] = others.get(role, REFUSED)
    return found


def _sid(c: Center, name: str) -> int:
    return c.staff_ids[name]


def _other_specialist(me: str) -> str:
    """A peer specialist who is neither ``me`` nor one of my supervisees."""
    return {"sue": "quinn", "sam": "pat", "pat": "quinn", "quinn": "pat"}.get(me, "pat")


def _someone_else(me: str) -> str:
    return "fran" if me != "fran" else "pat"


ATTEMPTS = [
    Attempt(
        "read Pat's wellbeing check-ins",
        lambda c, me: f"SELECT note FROM wellbeing_checkins WHERE staff_id = {_sid(c, 'pat')}",
        {
            "admin": ALLOWED,
            "sue": ALLOWED,
            "sam": HIDDEN,
            "fran": HIDDEN,
            "pat": ALLOWED,
            "quinn": HIDDEN,
        },
    ),
    Attempt(
        "read the front desk's wellbeing check-ins",
        lambda c, me: f"SELECT note FROM wellbeing_checkins WHERE staff_id = {_sid(c, 'fran')}",
        {
            "admin": ALLOWED,
            "sue": HIDDEN,
            "sam": HIDDEN,
            "fran": ALLOWED,
            "pat": HIDDEN,
            "quinn": HIDDEN,
        },
    ),
    Attempt(
        "read Quinn's hours",
        lambda c, me: f"SELECT minutes FROM time_entries WHERE staff_id = {_sid(c, 'quinn')}",
        {
            "admin": ALLOWED,
            "sue": HIDDEN,
            "sam": ALLOWED,
            "fran": REFUSED,
            "pat": HIDDEN,
            "quinn": ALLOWED,
        },
    ),
    Attempt(
        "add up Quinn's hours through the server's day totals",
        lambda c, me: (
            f"SELECT * FROM {PRIVATE_SCHEMA}.work_minutes("
            f"ARRAY[{_sid(c, 'quinn')}], DATE '2000-01-01', DATE '2100-01-01')"
        ),
        {  # those who schedule see day totals for the guardrail check; a specialist, their own
            "admin": ALLOWED,
            "sue": ALLOWED,
            "sam": ALLOWED,
            "fran": ALLOWED,
            "pat": HIDDEN,
            "quinn": ALLOWED,
        },
    ),
    Attempt(
        "read Pat's training",
        lambda c, me: f"SELECT title FROM training_records WHERE staff_id = {_sid(c, 'pat')}",
        {
            "admin": ALLOWED,
            "sue": ALLOWED,
            "sam": HIDDEN,
            "fran": REFUSED,
            "pat": ALLOWED,
            "quinn": HIDDEN,
        },
    ),
    Attempt(
        "read the supervision Sam gave",
        lambda c, me: (
            f"SELECT minutes FROM supervision_sessions WHERE supervisor_id = {_sid(c, 'sam')}"
        ),
        {
            "admin": ALLOWED,
            "sue": HIDDEN,
            "sam": ALLOWED,
            "fran": REFUSED,
            "pat": HIDDEN,
            "quinn": ALLOWED,
        },
    ),
    Attempt(
        "read the notes of Sue's group supervision",
        lambda c, me: (
            f"SELECT notes FROM supervision_notes WHERE supervision_id = {c.group_supervision_id}"
        ),
        _everyone_but(sue=ALLOWED, sam=HIDDEN),
    ),
    Attempt(
        "read the notes of Sam's supervision of Quinn",
        lambda c, me: (
            f"SELECT notes FROM supervision_notes WHERE supervision_id = {c.sam_supervision_id}"
        ),
        _everyone_but(sue=HIDDEN, sam=ALLOWED),
    ),
    Attempt(
        "read staff HR notes",
        lambda c, me: "SELECT notes FROM staff WHERE notes IS NOT NULL",
        _everyone_but(),
    ),
    Attempt(
        "read other people's logins",
        lambda c, me: f"SELECT username, password_hash FROM users WHERE username <> '{me}'",
        _everyone_but(**dict.fromkeys(ROLES[1:], HIDDEN)),
    ),
    Attempt(
        "read the audit trail",
        lambda c, me: "SELECT username, action, details FROM audit_events",
        _everyone_but(),
    ),
    Attempt(
        "read the audit key",
        lambda c, me: f"SELECT ipad FROM {PRIVATE_SCHEMA}.secret",
        _everyone_but(admin=REFUSED),
    ),
    Attempt(
        "read participants' phone numbers",
        lambda c, me: "SELECT phone FROM participants WHERE phone IS NOT NULL",
        _everyone_but(sue=ALLOWED, sam=ALLOWED, fran=ALLOWED),
    ),
    Attempt(
        "read the key that authenticates backups",
        lambda c, me: "SELECT backup_key FROM center_identity",
        _everyone_but(),
    ),
    Attempt(
        "make myself an administrator",
        lambda c, me: f"UPDATE users SET role = 'admin' WHERE username = '{me}'",
        _everyone_but(),
        write=True,
    ),
    Attempt(
        "join the administrators' group role",
        lambda c, me: (
            f'GRANT "{c.server.names.group(Role.ADMIN)}" TO "{c.server.names.person(me)}"'
        ),
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "create a login role",
        lambda c, me: "CREATE ROLE intruder LOGIN PASSWORD 'a long password'",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "reset someone else's password",
        lambda c, me: (
            f"SELECT {PRIVATE_SCHEMA}.set_password('{_someone_else(me)}', "
            "'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy')"
        ),
        _everyone_but(),
        write=True,
    ),
    Attempt(
        "choose the language of my own window",
        lambda c, me: f"UPDATE users SET language = 'es' WHERE username = '{me}'",
        dict.fromkeys(ROLES, ALLOWED),
        write=True,
    ),
    Attempt(
        "choose someone else's language",
        lambda c, me: f"UPDATE users SET language = 'es' WHERE username = '{_someone_else(me)}'",
        _everyone_but(**dict.fromkeys(ROLES[1:], HIDDEN)),
        write=True,
    ),
    Attempt(
        "clear my failed sign-ins",
        lambda c, me: f"UPDATE users SET failed_attempts = 0 WHERE username = '{me}'",
        _everyone_but(),
        write=True,
    ),
    Attempt(
        "change the center's name",
        lambda c, me: "UPDATE settings SET value = '\"Pwned\"' WHERE key = 'center.name'",
        _everyone_but(**dict.fromkeys(ROLES[1:], HIDDEN)),
        write=True,
    ),
    Attempt(
        "change a burnout threshold",
        lambda c, me: (
            "UPDATE settings SET value = '99' WHERE key = 'guardrails.hours_amber_percent'"
        ),
        {
            "admin": ALLOWED,
            "sue": ALLOWED,
            "sam": ALLOWED,
            "fran": HIDDEN,
            "pat": HIDDEN,
            "quinn": HIDDEN,
        },
        write=True,
    ),
    Attempt(
        "write a check-in for someone else",
        lambda c, me: (
            "INSERT INTO wellbeing_checkins (staff_id, taken_at, questionnaire, "
            "answers, scores, created_at, updated_at) VALUES "
            f"({_sid(c, _other_specialist(me))}, now(), 'pulse', '{{}}', '{{}}', now(), now())"
        ),
        _everyone_but(),
        write=True,
    ),
    Attempt(
        "add hours for someone else",
        lambda c, me: (
            "INSERT INTO time_entries (staff_id, worked_on, minutes, kind, version, "
            f"created_at, updated_at) VALUES ({_sid(c, _other_specialist(me))}, current_date, 60, "
            "'outreach', 1, now(), now())"
        ),
        _everyone_but(),
        write=True,
    ),
    Attempt(
        "verify my own training",
        lambda c, me: (
            f"UPDATE training_records SET verified_by_id = {_sid(c, me)}, "
            f"verified_at = now() WHERE staff_id = {_sid(c, me)}"
        ),
        _everyone_but(admin=HIDDEN, sue=HIDDEN, sam=HIDDEN, fran=REFUSED),
        write=True,
    ),
    Attempt(
        "edit an audit event",
        lambda c, me: "UPDATE audit_events SET username = 'nobody'",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "delete audit events",
        lambda c, me: "DELETE FROM audit_events",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "empty the audit trail",
        lambda c, me: "TRUNCATE audit_events",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "move the chain's head",
        lambda c, me: f"UPDATE {PRIVATE_SCHEMA}.audit_head SET events = 0",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "seal a forged event with the server's key",
        lambda c, me: f"SELECT {PRIVATE_SCHEMA}.seal(e) FROM audit_events e",
        _everyone_but(admin=REFUSED),
        write=True,
    ),
    Attempt(
        "add an event in the administrator's name with my own hash",
        lambda c, me: (
            "INSERT INTO audit_events (at, user_id, username, action, entity, "
            "details, prev_hash, hash) VALUES ('2020-01-01', 1, 'admin', 'forged', 'user', '{}', "
            "'0000', 'ffff')"
        ),
        dict.fromkeys(ROLES, SEALED),
        write=True,
    ),
]


RESULTS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module", autouse=True)
def _write_table() -> Iterator[None]:
    """After the attempts, the table of outcomes, role by attempt, for the record."""
    yield
    target = os.environ.get("PEERCENTER_INSIDER_TABLE")
    if not target or len(RESULTS) < len(ATTEMPTS) * len(ROLES):
        return
    lines = [
        "| Attempt | " + " | ".join(ROLE_LABELS[r] for r in ROLES) + " |",
        "|---|" + "---|" * len(ROLES),
    ]
    for attempt in ATTEMPTS:
        cells = " | ".join(RESULTS[(attempt.label, r)] for r in ROLES)
        lines.append(f"| {attempt.label} | {cells} |")
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(center: Center, me: str, attempt: Attempt) -> str:
    sql = attempt.sql(center, me)
    with center.server.connect(me) as conn:
        conn.autocommit = False
        try:
            cursor = conn.execute(sql)
            rows = cursor.fetchall() if cursor.description else []
            changed = cursor.rowcount if not cursor.description else len(rows)
        except psycopg.Error:
            conn.rollback()
            return REFUSED
        if attempt.expected[me] == SEALED:
            conn.commit()
            return _check_sealed(center, me)
        conn.rollback()  # whatever worked is not kept: the next attempt starts the same
    if attempt.write:
        return ALLOWED if changed and changed > 0 else HIDDEN
    return ALLOWED if rows and any(any(v is not None for v in r) for r in rows) else HIDDEN


def _check_sealed(center: Center, me: str) -> str:
    """The forged event is in the trail under the person's own name, with the server's
    seal, chained to the one before: the trail still verifies."""
    event = center.server.superuser_sql(
        "SELECT username, at > '2021-01-01', hash <> 'ffff', prev_hash <> '0000' "
        "FROM audit_events WHERE action = 'forged' ORDER BY id DESC LIMIT 1"
    )[0]
    verdict = center.server.superuser_sql(f"SELECT problem FROM {PRIVATE_SCHEMA}.audit_verify()")
    if event == (me, True, True, True) and verdict == [(None,)]:
        return SEALED
    return f"forged event kept as written: {event}, {verdict}"


@pytest.mark.parametrize("attempt", ATTEMPTS, ids=[a.label for a in ATTEMPTS])
@pytest.mark.parametrize("me", ROLES)
def test_an_insider_gets_no_more_than_the_matrix_allows(
    center: Center, me: str, attempt: Attempt
) -> None:
    outcome = _run(center, me, attempt)
    RESULTS[(attempt.label, me)] = outcome
    assert outcome == attempt.expected[me], f"{ROLE_LABELS[me]}: {attempt.label}"
