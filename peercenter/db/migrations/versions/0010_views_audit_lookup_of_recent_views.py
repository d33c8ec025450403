"""A lookup of recent views in the audit trail: the record, who, when

Revision ID: 0010_views
Revises: 0009_language
Create Date: 2026-12-11 06:00:00.000000
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0010_views'
down_revision: str | Sequence[str] | None = '0009_language'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Whether someone saw a record within the hour is one seek, however often it was seen
    # before; the record's events (an accounting) are still found by its first columns.
    op.drop_index('ix_audit_events_entity_entity_id', table_name='audit_events')
    op.create_index(
        'ix_audit_events_entity_entity_id_username_at',
        'audit_events',
        ['entity', 'entity_id', 'username', 'at'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_audit_events_entity_entity_id_username_at', table_name='audit_events')
    op.create_index(
        'ix_audit_events_entity_entity_id', 'audit_events', ['entity', 'entity_id'], unique=False
    )
