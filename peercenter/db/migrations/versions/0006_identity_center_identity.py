"""Center identity, and encrypted backups with a public key only

Revision ID: 0006_identity
Revises: 0005_wellbeing
Create Date: 2026-12-06 10:00:00.000000
"""
import base64
import secrets
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

revision: str = '0006_identity'
down_revision: str | Sequence[str] | None = '0005_wellbeing'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of how a backup key pair comes from the scrypt output (services/backup/crypto).
_X25519_INFO = b"peercenter backup x25519 key"


def _public_key(master: bytes) -> bytes:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_X25519_INFO).derive(master)
    return X25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


def _now(conn: sa.Connection) -> datetime:
    now = datetime.now(UTC)
    return now.replace(tzinfo=None) if conn.dialect.name == 'sqlite' else now


def upgrade() -> None:
    identity = op.create_table(
        'center_identity',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('center_id', sa.String(length=32), nullable=False),
        sa.Column('backup_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_center_identity_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_center_identity')),
    )
    conn = op.get_bind()
    # Every database, new or upgraded, gets its own identity here.
    op.bulk_insert(identity, [{
        'id': 1,
        'center_id': uuid.uuid4().hex,
        'backup_key': secrets.token_hex(32),
        'created_at': _now(conn),
    }])

    # The key derived from the backup passphrase used to be kept here, which let anyone with
    # the database file decrypt every backup. Only its public half is kept from now on; the
    # administrator is asked to choose a new passphrase (copies of the old file still hold
    # the old key).
    settings = sa.table('settings', sa.column('key', sa.String()), sa.column('value', sa.JSON()),
                        sa.column('updated_at', sa.DateTime(timezone=True)),
                        sa.column('updated_by', sa.String()))
    old = conn.execute(sa.select(settings.c.value).where(settings.c.key == 'backup.key')).first()
    if old is None or not isinstance(old.value, dict):
        return
    if conn.dialect.name == 'sqlite':
        conn.exec_driver_sql('PRAGMA secure_delete = ON')  # overwrite the old key's bytes
    value = old.value
    public = _public_key(base64.b64decode(value['master']))
    conn.execute(settings.delete().where(settings.c.key == 'backup.key'))
    conn.execute(settings.insert().values(
        key='backup.encryption',
        value={'public_key': base64.b64encode(public).decode('ascii'), 'salt': value['salt'],
               'n': value['n'], 'r': value['r'], 'p': value['p'], 'renew': True},
        updated_at=_now(conn),
        updated_by='system',
    ))


def downgrade() -> None:
    # The older version cannot use a public key: its backups go unencrypted until a
    # passphrase is set again.
    settings = sa.table('settings', sa.column('key', sa.String()))
    op.execute(settings.delete().where(settings.c.key == 'backup.encryption'))
    op.drop_table('center_identity')
