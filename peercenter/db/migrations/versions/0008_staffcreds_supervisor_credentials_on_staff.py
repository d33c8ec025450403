"""Credentials and credential number on staff records (for signatures on hours reports)

Revision ID: 0008_staffcreds
Revises: 0007_server
Create Date: 2026-12-06 04:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_staffcreds'
down_revision: str | Sequence[str] | None = '0007_server'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('credentials', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('credential_number', sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('credential_number')
        batch_op.drop_column('credentials')
