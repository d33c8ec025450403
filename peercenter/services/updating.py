"""The shared middle of saving an edit form: refuse a form opened at an older version, clean
its input, apply it, and write one audit event saying what changed. Loading the record and
checking who may change it stay with each service, since they differ."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, Protocol

from sqlalchemy.orm import Session

from peercenter.services import audit
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor


class Editable(Protocol):
    id: int
    version: int


def update_audited(
    session: Session,
    actor: Actor,
    entity: str,
    row: Editable,
    expected_version: int | None,
    clean: Callable[[], Mapping[str, Any]],
    *,
    private: Collection[str] = (),
    amend: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Apply ``clean()`` (the form's checked values by attribute; it raises ValidationError)
    to ``row`` and audit the change. ``private`` fields are recorded as changed, never with
    what they say. ``amend(diff)`` may change more and add it to the event before it is
    written. Returns what changed; nothing is written to the trail when nothing did."""
    check_version(row, expected_version)
    values = clean()
    before = {key: getattr(row, key) for key in values}
    for key, value in values.items():
        setattr(row, key, value)
    diff = audit.changes(before, dict(values))
    for key in private:
        if key in diff:
            diff[key] = "changed"
    if amend is not None:
        amend(diff)
    if diff:
        audit.record(session, actor, "update", entity, row.id, diff)
    return diff
