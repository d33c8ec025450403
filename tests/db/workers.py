"""Work done in separate processes by the multi-process tests (spawned, so importable)."""

from __future__ import annotations

from peercenter.db.engine import Database
from peercenter.services import participants
from peercenter.services.context import Actor


def add_participants(url: str, actor: Actor, count: int, tag: str) -> None:
    db = Database.from_url(url)
    try:
        for i in range(count):
            with db.session() as s:
                participants.create(s, actor, participants.ParticipantForm(
                    preferred_name=f"{tag}{i}"))
    finally:
        db.dispose()
