"""The audit trail's hash chain: each event's hash covers its own fields and the hash of the
event before it, so editing, deleting or slipping in a row breaks the chain from there on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from peercenter.i18n import _

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainedFields:
    """What the hash covers: everything an event says, but not its row id, which only the
    database assigns."""

    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str | None
    details: dict[str, Any]


def normalise_details(details: dict[str, Any] | None) -> dict[str, Any]:
    """Details exactly as they come back from a JSON column (string keys, plain values), so
    the hash computed before saving matches the one recomputed after reading."""
    text = json.dumps(details or {}, default=str, ensure_ascii=False)
    # Lone surrogates (undecodable input) cannot be stored: they become "?".
    result: dict[str, Any] = json.loads(text.encode("utf-8", "replace").decode("utf-8"))
    return result


def canonical(fields: ChainedFields, prev_hash: str) -> bytes:
    at = fields.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    document = {
        "at": at,
        "user_id": fields.user_id,
        "username": fields.username,
        "action": fields.action,
        "entity": fields.entity,
        "entity_id": fields.entity_id,
        "details": fields.details,
        "prev_hash": prev_hash,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def event_hash(fields: ChainedFields, prev_hash: str) -> str:
    return hashlib.sha256(canonical(fields, prev_hash)).hexdigest()


@dataclass(frozen=True)
class ChainRow:
    id: int
    fields: ChainedFields
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainVerdict:
    rows_checked: int
    first_bad_id: int | None
    problem: str
    last_hash: str
    backups_compared: int = 0  # backups whose recorded newest event is still as recorded
    against_backups: bool = False  # the problem was found by comparing with a backup

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


# A gap left by deleting expired views: (id of the event after it, hash of the event kept
# before it) -> the hash the event after it was chained to. Recorded by the deletion's event.
Bridges = Mapping[tuple[int, str], str]


def bridges_of(details: Mapping[str, Any]) -> dict[tuple[int, str], str]:
    """The gaps a prune event names (anything malformed names none)."""
    found: dict[tuple[int, str], str] = {}
    listed = details.get("bridges")
    for item in listed if isinstance(listed, list) else []:
        if isinstance(item, list) and len(item) == 3:
            try:
                found[(int(item[0]), str(item[1]))] = str(item[2])
            except (TypeError, ValueError):
                continue
    return found


def verify(rows: Iterable[ChainRow], bridges: Bridges | None = None) -> ChainVerdict:
    """Walk the rows in id order; stop at the first that does not fit. A link to an event
    that is gone is accepted only where ``bridges`` name exactly that gap."""
    expected_prev = GENESIS
    count = 0
    gaps = bridges or {}
    for row in rows:
        count += 1
        if row.prev_hash != expected_prev and gaps.get((row.id, expected_prev)) != row.prev_hash:
            return ChainVerdict(
                count,
                row.id,
                _(
                    "event #{id} does not follow the event before it: an event just before "
                    "it was deleted or changed, or this one was inserted"
                ).format(id=row.id),
                expected_prev,
            )
        if event_hash(row.fields, row.prev_hash) != row.hash:
            return ChainVerdict(
                count,
                row.id,
                _("event #{id} was changed after it was written").format(id=row.id),
                expected_prev,
            )
        expected_prev = row.hash
    return ChainVerdict(count, None, "", expected_prev)
