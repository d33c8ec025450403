"""The passphrase for encrypted automatic backups. Only a key derived from it is kept (in the
database, so every computer of the center uses it); the passphrase itself is never stored."""

from __future__ import annotations

from sqlalchemy.orm import Session

from peercenter.db.models import Setting
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.services import audit
from peercenter.services.backup.fileformat import BackupKey
from peercenter.services.context import Actor, require

KEY_SETTING = "backup.key"
MIN_PASSPHRASE = 10


def set_passphrase(session: Session, actor: Actor, passphrase: str, again: str) -> None:
    require(actor, Permission.MANAGE_BACKUPS)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"The backup passphrase must be at least {MIN_PASSPHRASE} characters long.",
            field="passphrase",
        )
    if passphrase != again:
        raise ValidationError("The two passphrases are not the same.", field="again")
    key = BackupKey.from_passphrase(passphrase)
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        session.add(Setting(key=KEY_SETTING, value=key.to_json(), updated_by=actor.username))
    else:
        row.value, row.updated_by = key.to_json(), actor.username
    audit.record(session, actor, "update", "setting", KEY_SETTING, {"encryption": "on"})


def clear_passphrase(session: Session, actor: Actor) -> None:
    """Later automatic backups are not encrypted; earlier ones still need the passphrase."""
    require(actor, Permission.MANAGE_BACKUPS)
    row = session.get(Setting, KEY_SETTING)
    if row is not None:
        session.delete(row)
        audit.record(session, actor, "update", "setting", KEY_SETTING, {"encryption": "off"})


def stored_key(session: Session) -> BackupKey | None:
    row = session.get(Setting, KEY_SETTING)
    return None if row is None else BackupKey.from_json(row.value)
