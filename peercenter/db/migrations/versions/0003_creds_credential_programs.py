"""credentials: shipped program files, requirement domains and periods, course dates,
certificate files

Revision ID: 0003_creds
Revises: 0002_sched
Create Date: 2026-11-25 01:05:52.926201
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003_creds'
down_revision: str | Sequence[str] | None = '0002_sched'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _requirements_0001() -> None:
    op.create_table('requirements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('training_hours', 'experience_hours', 'supervision_hours', 'continuing_education', 'supervision_frequency', name='requirement_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('label', sa.String(length=160), nullable=False),
    sa.Column('hours', sa.Double(), nullable=True),
    sa.Column('domain', sa.String(length=80), nullable=True),
    sa.Column('phase', sa.String(length=10), nullable=False),
    sa.Column('within_months', sa.Integer(), nullable=True),
    sa.Column('every_days', sa.Integer(), nullable=True),
    sa.Column('counts_unverified', sa.Boolean(), nullable=False),
    sa.CheckConstraint('every_days IS NULL OR every_days > 0', name=op.f('ck_requirements_every_days')),
    sa.CheckConstraint('hours IS NULL OR hours >= 0', name=op.f('ck_requirements_hours')),
    sa.CheckConstraint('within_months IS NULL OR within_months > 0', name=op.f('ck_requirements_within')),
    sa.ForeignKeyConstraint(['program_id'], ['credential_programs.id'], name=op.f('fk_requirements_program_id_credential_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirements'))
    )
    with op.batch_alter_table('requirements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirements_program_id'), ['program_id'], unique=False)


def upgrade() -> None:
    op.create_table('certificate_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('size > 0', name=op.f('ck_certificate_files_size')),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_certificate_files'))
    )
    with op.batch_alter_table('credential_programs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('file_sha256', sa.String(length=64), nullable=True))

    # Nothing wrote requirements before this revision: the table is rebuilt in its new shape
    # (a list of domains, a look-back window, a calendar period) rather than altered.
    op.drop_table('requirements')
    op.create_table('requirements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('training_hours', 'experience_hours', 'supervision_hours', 'continuing_education', 'supervision_frequency', name='requirement_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('label', sa.String(length=160), nullable=False),
    sa.Column('hours', sa.Double(), nullable=True),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('phase', sa.Enum('initial', 'renewal', name='requirement_phase', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('within_months', sa.Integer(), nullable=True),
    sa.Column('lookback_months', sa.Integer(), nullable=True),
    sa.Column('period', sa.Enum('week', 'month', name='requirement_period', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('counts_unverified', sa.Boolean(), nullable=False),
    sa.CheckConstraint('hours IS NULL OR hours > 0', name=op.f('ck_requirements_hours')),
    sa.CheckConstraint('within_months IS NULL OR within_months > 0', name=op.f('ck_requirements_within')),
    sa.CheckConstraint('lookback_months IS NULL OR lookback_months > 0', name=op.f('ck_requirements_lookback')),
    sa.ForeignKeyConstraint(['program_id'], ['credential_programs.id'], name=op.f('fk_requirements_program_id_credential_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirements'))
    )
    with op.batch_alter_table('requirements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirements_program_id'), ['program_id'], unique=False)

    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('started_on', sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            'course_dates', 'started_on IS NULL OR started_on <= taken_on')


def downgrade() -> None:
    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_training_records_course_dates'), type_='check')
        batch_op.drop_column('started_on')
    op.drop_table('requirements')
    _requirements_0001()
    with op.batch_alter_table('credential_programs', schema=None) as batch_op:
        batch_op.drop_column('file_sha256')
    op.drop_table('certificate_files')
