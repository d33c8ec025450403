"""Checking the audit trail on a server: the server recomputes every seal with its key and
compares the end of the trail with the head it keeps (the program never sees the key)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain.audit_chain import ChainVerdict


def server_verdict(session: Session) -> ChainVerdict:
    rows, first_bad, problem, last_hash = session.execute(
        text(f"SELECT * FROM {PRIVATE_SCHEMA}.audit_verify()")
    ).one()
    return ChainVerdict(int(rows), first_bad, problem or "", last_hash)
