"""Supervision notes in their own table; settings carry a version

Revision ID: 0007_server
Revises: 0006_identity
Create Date: 2026-12-02 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_server'
down_revision: str | Sequence[str] | None = '0006_identity'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))

    op.create_table('supervision_notes',
    sa.Column('supervision_id', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['supervision_id'], ['supervision_sessions.id'], name=op.f('fk_supervision_notes_supervision_id_supervision_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('supervision_id', name=op.f('pk_supervision_notes'))
    )
    op.execute(
        "INSERT INTO supervision_notes (supervision_id, notes) "
        "SELECT id, confidential_notes FROM supervision_sessions "
        "WHERE confidential_notes IS NOT NULL AND confidential_notes <> ''"
    )
    # Dropped in place (SQLite 3.35 and newer can): copying the table, as batch mode does
    # otherwise, would delete it first, and with it, through their foreign keys, every
    # attendee and the notes just moved.
    with op.batch_alter_table('supervision_sessions', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('confidential_notes')


def downgrade() -> None:
    with op.batch_alter_table('supervision_sessions', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('confidential_notes', sa.Text(), nullable=True))
    op.execute(
        "UPDATE supervision_sessions SET confidential_notes = (SELECT notes FROM "
        "supervision_notes WHERE supervision_notes.supervision_id = supervision_sessions.id)"
    )
    op.drop_table('supervision_notes')
    with op.batch_alter_table('settings', schema=None) as batch_op:
        batch_op.drop_column('version')
