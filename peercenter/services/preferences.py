"""A person's own preferences, which everyone may change for themselves and nobody for
someone else: the language of their window (English or Spanish; none follows the computer)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from peercenter.db.models import User
from peercenter.domain.errors import ValidationError
from peercenter.i18n import LANGUAGES, _
from peercenter.services import audit
from peercenter.services.context import Actor


def my_language(session: Session, actor: Actor) -> str | None:
    """The signed-in person's language, None when they follow the computer's."""
    return session.scalar(select(User.language).where(User.id == actor.user_id))


def set_my_language(session: Session, actor: Actor, language: str | None) -> None:
    """Their window speaks ``language`` from their next sign-in (None: the computer's).
    Only the person's own row is changed (on a server, all their role may change)."""
    if language is not None and language not in LANGUAGES:
        raise ValidationError(
            _("Choose English or Spanish, or the language of this computer."), field="language"
        )
    before = my_language(session, actor)
    if before == language:
        return
    session.execute(
        update(User)
        .where(User.id == actor.user_id)
        .values(language=language)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        session, actor, "change_language", "user", actor.user_id, {"from": before, "to": language}
    )
