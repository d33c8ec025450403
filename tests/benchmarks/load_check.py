"""No lost writes: after the load run, every change a desk was told was saved is in the
database, read by the server's superuser.

- Each acknowledged change has its event in the audit trail, written by that desk's person
  in the same transaction (and no event is there that no desk was told about).
- What the database ends with is what the acknowledged changes add up to: each desk's own
  regulars carry the last mark it gave them; every walk-in it added is there; each mover's
  enrollment is open, ended today or gone as its last acknowledged change left it; each
  session starts when its last move (in the order the server committed them) put it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.benchmarks.load_center import LoadCenter

# The audit events of each acknowledged kind of change.
MARK_ACTIONS = ("check_in", "correct", "remove")


@dataclass
class Verdict:
    checked: int = 0  # acknowledged changes looked at
    lost: list[str] = field(default_factory=list)
    unacknowledged: list[str] = field(default_factory=list)


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _ack_key(ack: dict[str, Any]) -> tuple[Any, ...]:
    kind, user = ack["kind"], ack["user"]
    if kind == "mark":
        return ("mark", user, ack["session"], ack["participant"], ack["status"])
    if kind == "walk_in":
        return ("walk_in", user, ack["session"], ack["participant"])
    if kind in ("enroll", "end"):
        return (kind, user, ack["enrollment"])
    if kind == "move":
        return ("move", user, ack["session"], _instant(ack["starts_at"]))
    raise ValueError(kind)


def _event_key(
    user: str, action: str, entity: str, entity_id: str, details: Any
) -> tuple[Any, ...] | None:
    if entity == "attendance" and action in MARK_ACTIONS:
        status = details.get("status") if action != "remove" else None
        return ("mark", user, int(entity_id), details["participant"], status)
    if entity == "attendance" and action == "walk_in":
        return ("walk_in", user, int(entity_id), details["participant"])
    if entity == "enrollment" and action in ("enroll", "waitlist"):
        return ("enroll", user, int(entity_id))
    if entity == "enrollment" and action in ("end", "remove"):
        return ("end", user, int(entity_id))
    if entity == "session" and action == "update":
        moved = details.get("starts_at")
        return ("move", user, int(entity_id), _instant(moved[1]) if moved else None)
    return None


def verify(center: LoadCenter, results: Iterable[dict[str, Any]], after_event: int) -> Verdict:
    results = list(results)
    verdict = Verdict()
    acks = [ack for r in results for ack in r["acks"]]
    verdict.checked = len(acks)
    engine = create_engine(make_url(center.superuser).set(database=center.database))
    try:
        with engine.connect() as conn:
            events = conn.execute(
                text(
                    "SELECT id, username, action, entity, entity_id, details FROM audit_events "
                    "WHERE id > :after AND username = ANY(:desks) ORDER BY id"
                ),
                {"after": after_event, "desks": center.desks},
            ).all()
            said = Counter(_ack_key(a) for a in acks)
            done = Counter(
                key
                for e in events
                if (key := _event_key(e.username, e.action, e.entity, e.entity_id, e.details))
                is not None
            )
            verdict.lost += [f"no audit event for {k}" for k in (said - done).elements()]
            verdict.unacknowledged += [
                f"audit event nobody was told of: {k}" for k in (done - said).elements()
            ]
            _check_marks(conn, results, verdict)
            _check_walk_ins(conn, acks, verdict)
            _check_enrollments(conn, events, verdict)
            _check_moves(conn, events, verdict)
    finally:
        engine.dispose()
    return verdict


def _check_marks(conn: Any, results: list[dict[str, Any]], verdict: Verdict) -> None:
    rows = {
        (r.session_id, r.participant_id): r.status
        for r in conn.execute(
            text("SELECT session_id, participant_id, status FROM attendance WHERE NOT is_walk_in")
        )
    }
    for result in results:
        for session_id, person, status in result["marks"]:
            found = rows.get((session_id, person))
            found = found.lower() if isinstance(found, str) else found
            if found != status:
                verdict.lost.append(
                    f"{result['desk']} marked {person} {status} at session {session_id}, "
                    f"the database says {found}"
                )


def _check_walk_ins(conn: Any, acks: list[dict[str, Any]], verdict: Verdict) -> None:
    rows = set(
        conn.execute(
            text("SELECT session_id, participant_id FROM attendance WHERE is_walk_in")
        ).all()
    )
    for ack in acks:
        if ack["kind"] == "walk_in" and (ack["session"], ack["participant"]) not in rows:
            verdict.lost.append(f"walk-in {ack} is not in the database")


def _check_enrollments(conn: Any, events: Sequence[Any], verdict: Verdict) -> None:
    last: dict[int, str] = {}
    for e in events:
        if e.entity == "enrollment":
            last[int(e.entity_id)] = e.action
    rows = {
        r.id: r.to_date
        for r in conn.execute(
            text("SELECT id, to_date FROM enrollments WHERE id = ANY(:ids)"), {"ids": list(last)}
        )
    }
    for enrollment, action in last.items():
        if action in ("enroll", "waitlist") and (enrollment not in rows or rows[enrollment]):
            verdict.lost.append(f"enrollment {enrollment} ({action}) is not open")
        elif action == "end" and not isinstance(rows.get(enrollment), date):
            verdict.lost.append(f"enrollment {enrollment} was ended, the database says not")
        elif action == "remove" and enrollment in rows:
            verdict.lost.append(f"enrollment {enrollment} was removed, it is still there")


def _check_moves(conn: Any, events: Sequence[Any], verdict: Verdict) -> None:
    expected: dict[int, datetime] = {}
    for e in events:
        moved = e.details.get("starts_at") if e.entity == "session" else None
        if e.action == "update" and moved:
            expected[int(e.entity_id)] = datetime.fromisoformat(moved[1])
    rows = dict(
        conn.execute(
            text("SELECT id, starts_at FROM sessions WHERE id = ANY(:ids)"),
            {"ids": list(expected)},
        ).all()
    )
    for session_id, starts in expected.items():
        if rows.get(session_id) != starts:
            verdict.lost.append(
                f"session {session_id} was last moved to {starts}, it starts {rows.get(session_id)}"
            )
