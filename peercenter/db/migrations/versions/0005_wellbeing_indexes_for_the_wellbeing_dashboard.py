"""Indexes for the wellbeing dashboard

Revision ID: 0005_wellbeing
Revises: 0004_auditchain
Create Date: 2026-11-25 01:55:54.355626
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_wellbeing'
down_revision: str | Sequence[str] | None = '0004_auditchain'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('supervision_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_sessions_held_on', ['held_on'], unique=False)

    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index('ix_time_entries_staff_id_kind_worked_on', ['staff_id', 'kind', 'worked_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_time_entries_staff_id_kind_worked_on')

    with op.batch_alter_table('supervision_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_sessions_held_on')
