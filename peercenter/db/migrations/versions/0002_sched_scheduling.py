"""scheduling: closures on sessions, waitlist offers, split series

Revision ID: 0002_sched
Revises: 0001
Create Date: 2026-11-25 01:01:18.448831
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_sched'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('offered_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('split_from_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_groups_split_from_id'), ['split_from_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_groups_split_from_id_groups'), 'groups', ['split_from_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closure_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_sessions_closure_id'), ['closure_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_sessions_closure_id_closures'), 'closures', ['closure_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sessions_closure_id_closures'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_sessions_closure_id'))
        batch_op.drop_column('closure_id')

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_groups_split_from_id_groups'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_groups_split_from_id'))
        batch_op.drop_column('split_from_id')

    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_column('offered_at')

