"""Work done in separate processes by the multi-process tests (spawned, so importable)."""

from __future__ import annotations

from dataclasses import replace
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event

from peercenter.db.engine import Database
from peercenter.db.models import Participant
from peercenter.domain.errors import ConcurrentEditError
from peercenter.services import participants
from peercenter.services.context import Actor


def add_participants(url: str, actor: Actor, count: int, tag: str) -> None:
    db = Database.from_url(url)
    try:
        for i in range(count):
            with db.session() as s:
                participants.create(
                    s, actor, participants.ParticipantForm(preferred_name=f"{tag}{i}")
                )
    finally:
        db.dispose()


def edit_form(
    url: str,
    actor: Actor,
    participant_id: int,
    notes: str,
    opened: Event,
    go: Event,
    results: Queue[tuple[str, str]],
) -> None:
    """A person opens the participant's form, waits, then saves; on a conflict they reload
    and save again, as the dialog's Reload button does."""
    db = Database.from_url(url)
    try:
        with db.reader() as s:
            loaded = participants.get(s, actor, participant_id)
        opened.set()
        go.wait(60)
        form = replace(loaded.form, notes=notes)
        try:
            with db.session() as s:
                participants.update(s, actor, participant_id, form, loaded.version)
            results.put(("saved", notes))
        except ConcurrentEditError as exc:
            results.put(("conflict", exc.message))
            with db.reader() as s:
                fresh = participants.get(s, actor, participant_id)
            with db.session() as s:
                participants.update(
                    s,
                    actor,
                    participant_id,
                    replace(fresh.form, notes=fresh.form.notes + " + " + notes),
                    fresh.version,
                )
            results.put(("saved after reload", notes))
    finally:
        db.dispose()


def save_in_open_transaction(
    url: str, participant_id: int, loaded: Event, other_done: Event, results: Queue[tuple[str, str]]
) -> None:
    """Loads the row inside a transaction, waits until someone else has saved it, then saves
    its own change: the version column must refuse it."""
    db = Database.from_url(url)
    try:
        try:
            with db.session() as s:
                row = s.get(Participant, participant_id)
                assert row is not None
                loaded.set()
                other_done.wait(60)
                row.notes = "from the slow process"
            results.put(("saved", ""))
        except ConcurrentEditError as exc:
            results.put(("conflict", exc.message))
    finally:
        db.dispose()


def hammer(url: str, actor: Actor, count: int, tag: str, results: Queue[tuple[str, str]]) -> None:
    """Many small writes as fast as possible; reports any error a user would have seen."""
    db = Database.from_url(url)
    try:
        for i in range(count):
            try:
                with db.session() as s:
                    participants.create(
                        s,
                        actor,
                        participants.ParticipantForm(preferred_name=f"{tag}{i}", notes="z" * 800),
                    )
            except Exception as exc:
                results.put(("error", f"{exc.__class__.__name__}: {exc}"))
                return
        results.put(("done", tag))
    finally:
        db.dispose()
