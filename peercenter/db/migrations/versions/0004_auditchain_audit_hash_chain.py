"""audit hash chain

Revision ID: 0004_auditchain
Revises: 0003_creds
Create Date: 2026-11-25 01:02:19.253241
"""
from collections.abc import Sequence
from datetime import UTC

import sqlalchemy as sa
from alembic import op

from peercenter.domain.audit_chain import GENESIS, ChainedFields, event_hash

revision: str = '0004_auditchain'
down_revision: str | Sequence[str] | None = '0003_creds'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    # Chain the events written before this revision, oldest first.
    events = sa.table('audit_events', sa.column('id', sa.Integer()),
                      sa.column('at', sa.DateTime(timezone=True)),
                      sa.column('user_id', sa.Integer()), sa.column('username', sa.String()),
                      sa.column('action', sa.String()), sa.column('entity', sa.String()),
                      sa.column('entity_id', sa.String()), sa.column('details', sa.JSON()),
                      sa.column('prev_hash', sa.String()), sa.column('hash', sa.String()))
    conn = op.get_bind()
    prev = GENESIS
    for row in conn.execute(sa.select(events).order_by(events.c.id)).all():
        at = row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=UTC)
        fields = ChainedFields(at=at, user_id=row.user_id, username=row.username,
                               action=row.action, entity=row.entity, entity_id=row.entity_id,
                               details=row.details or {})
        digest = event_hash(fields, prev)
        conn.execute(events.update().where(events.c.id == row.id)
                     .values(prev_hash=prev, hash=digest))
        prev = digest

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_events_prev_hash'), ['prev_hash'])


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_events_prev_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
