"""The passphrase for encrypted backups. The database keeps only the public key derived from
it (every computer of the center can then make encrypted backups); the passphrase and the
private key are never stored, so a copy of the database opens no backup."""

from __future__ import annotations

from sqlalchemy.orm import Session

from peercenter.db.models import Setting
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit
from peercenter.services.backup.crypto import Recipient, check_passphrase
from peercenter.services.context import Actor, require

KEY_SETTING = "backup.encryption"


def set_passphrase(session: Session, actor: Actor, passphrase: str, again: str) -> None:
    require(actor, Permission.MANAGE_BACKUPS)
    check_passphrase(passphrase)
    if passphrase != again:
        raise ValidationError(_("The two passphrases are not the same."), field="again")
    recipient = Recipient.from_passphrase(passphrase)
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        session.add(Setting(key=KEY_SETTING, value=recipient.to_json(), updated_by=actor.username))
    else:
        row.value, row.updated_by = recipient.to_json(), actor.username
    audit.record(session, actor, "update", "setting", KEY_SETTING, {"encryption": "on"})


def clear_passphrase(session: Session, actor: Actor) -> None:
    """Later backups are not encrypted; earlier ones still need the passphrase."""
    require(actor, Permission.MANAGE_BACKUPS)
    row = session.get(Setting, KEY_SETTING)
    if row is not None:
        session.delete(row)
        audit.record(session, actor, "update", "setting", KEY_SETTING, {"encryption": "off"})


def stored_recipient(session: Session) -> Recipient | None:
    row = session.get(Setting, KEY_SETTING)
    return None if row is None else Recipient.from_json(row.value)
