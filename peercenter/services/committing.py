"""What a unit of work does as it commits, in a fixed order: first the rows a form's version
was checked against are written (concurrency.py), then the audit events handed to a center's
server (audit.py). The events come last so that the server's one lock on its audit trail is
taken after every row lock of the transaction and held only until its commit: two desks'
actions then never wait for each other in a circle (PostgreSQL would end one of them as a
deadlock).

Work done in a savepoint that was rolled back (a change waiting for a warning's go-ahead)
leaves nothing for the commit: ``kept`` says so."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

_ROLLED_BACK = "peercenter_rolled_back"
_STEPS: list[tuple[int, Callable[[Session], None]]] = []

Step = Callable[[Session], None]


def at_commit(order: int) -> Callable[[Step], Step]:
    """Run the decorated function at every commit of a whole unit of work, lowest first."""

    def register(step: Step) -> Step:
        _STEPS.append((order, step))
        _STEPS.sort(key=lambda found: found[0])
        return step

    return register


def within(session: Session) -> SessionTransaction | None:
    """The transaction or savepoint open now."""
    return session.get_nested_transaction() or session.get_transaction()


def kept(session: Session, transaction: SessionTransaction | None) -> bool:
    """Whether work done in ``transaction`` is still to be committed (neither it nor a
    transaction around it was rolled back)."""
    rolled_back = session.info.get(_ROLLED_BACK, [])
    while transaction is not None:
        if any(transaction is gone for gone in rolled_back):
            return False
        transaction = transaction.parent
    return True


@event.listens_for(Session, "after_soft_rollback")
def _note_rollback(session: Session, previous: SessionTransaction) -> None:
    session.info.setdefault(_ROLLED_BACK, []).append(previous)


@event.listens_for(Session, "before_commit")
def _commit_steps(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the unit of work goes on
    try:
        for _order, step in _STEPS:
            step(session)
    finally:
        session.info.pop(_ROLLED_BACK, None)
