"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('credential_programs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('issuer', sa.String(length=160), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('renewal_months', sa.Integer(), nullable=True),
    sa.Column('initial_period_months', sa.Integer(), nullable=True),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('initial_period_months IS NULL OR initial_period_months > 0', name=op.f('ck_credential_programs_initial_period')),
    sa.CheckConstraint('renewal_months IS NULL OR renewal_months > 0', name=op.f('ck_credential_programs_renewal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credential_programs')),
    sa.UniqueConstraint('code', name=op.f('uq_credential_programs_code'))
    )
    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('preferred_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('status', sa.Enum('active', 'inactive', name='participant_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('intake_date', sa.Date(), nullable=True),
    sa.Column('consent_on_sign_in', sa.Boolean(), nullable=False),
    sa.Column('consent_full_last_name', sa.Boolean(), nullable=False),
    sa.Column('consent_contact', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(preferred_name) > 0', name=op.f('ck_participants_preferred_name')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_last_name'), ['last_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_participants_preferred_name'), ['preferred_name'], unique=False)

    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('accessibility_notes', sa.String(length=200), nullable=True),
    sa.Column('is_virtual', sa.Boolean(), nullable=False),
    sa.Column('meeting_url', sa.String(length=500), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_rooms_capacity')),
    sa.CheckConstraint('is_virtual = false OR meeting_url IS NOT NULL', name=op.f('ck_rooms_virtual_link')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('name', name=op.f('uq_rooms_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=False),
    sa.Column('preferred_name', sa.String(length=80), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('is_specialist', sa.Boolean(), nullable=False),
    sa.Column('is_supervisor', sa.Boolean(), nullable=False),
    sa.Column('supervisor_id', sa.Integer(), nullable=True),
    sa.Column('weekly_hours_cap', sa.Double(), nullable=False),
    sa.Column('status', sa.Enum('active', 'on_leave', 'inactive', name='staff_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('hire_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR hire_date IS NULL OR end_date >= hire_date', name=op.f('ck_staff_dates')),
    sa.CheckConstraint('supervisor_id IS NULL OR supervisor_id <> id', name=op.f('ck_staff_not_own_supervisor')),
    sa.CheckConstraint('weekly_hours_cap > 0 AND weekly_hours_cap <= 80', name=op.f('ck_staff_hours_cap')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['staff.id'], name=op.f('fk_staff_supervisor_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_supervisor_id'), ['supervisor_id'], unique=False)

    op.create_table('topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('sections', sa.JSON(), nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topics')),
    sa.UniqueConstraint('slug', 'language', name=op.f('uq_topics_slug_language'))
    )
    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('peer_support', 'mentoring', 'community', 'training', name='group_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('enrollment_mode', sa.Enum('open', 'closed', name='enrollment_mode', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('min_size', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('rrule', sa.String(length=300), nullable=False),
    sa.Column('first_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('until_date', sa.Date(), nullable=True),
    sa.Column('occurrence_count', sa.Integer(), nullable=True),
    sa.Column('default_topic_id', sa.Integer(), nullable=True),
    sa.Column('materialized_until', sa.Date(), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_groups_capacity')),
    sa.CheckConstraint('duration_minutes > 0 AND duration_minutes <= 720', name=op.f('ck_groups_duration')),
    sa.CheckConstraint('min_size IS NULL OR min_size >= 0', name=op.f('ck_groups_min_size')),
    sa.CheckConstraint('occurrence_count IS NULL OR occurrence_count > 0', name=op.f('ck_groups_count')),
    sa.CheckConstraint('until_date IS NULL OR until_date >= first_date', name=op.f('ck_groups_until')),
    sa.ForeignKeyConstraint(['default_topic_id'], ['topics.id'], name=op.f('fk_groups_default_topic_id_topics'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_groups_room_id_rooms'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups'))
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_name'), ['name'], unique=False)

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

    op.create_table('staff_credentials',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('achieved_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('credential_number', sa.String(length=60), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('achieved_on IS NULL OR achieved_on >= started_on', name=op.f('ck_staff_credentials_achieved')),
    sa.CheckConstraint('expires_on IS NULL OR achieved_on IS NULL OR expires_on > achieved_on', name=op.f('ck_staff_credentials_expires')),
    sa.ForeignKeyConstraint(['program_id'], ['credential_programs.id'], name=op.f('fk_staff_credentials_program_id_credential_programs'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_credentials_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_credentials')),
    sa.UniqueConstraint('staff_id', 'program_id', name=op.f('uq_staff_credentials_staff_id_program_id'))
    )
    with op.batch_alter_table('staff_credentials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_credentials_program_id'), ['program_id'], unique=False)

    op.create_table('supervision_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supervisor_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('format', sa.Enum('individual', 'group', name='supervision_format', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=True),
    sa.Column('confidential_notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 600', name=op.f('ck_supervision_sessions_minutes')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['staff.id'], name=op.f('fk_supervision_sessions_supervisor_id_staff'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_sessions'))
    )
    with op.batch_alter_table('supervision_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_sessions_supervisor_id_held_on', ['supervisor_id', 'held_on'], unique=False)

    op.create_table('time_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('direct_service', 'documentation', 'outreach', 'training', 'admin', 'leave', name='time_entry_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 1440', name=op.f('ck_time_entries_minutes')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_time_entries_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entries'))
    )
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index('ix_time_entries_staff_id_worked_on', ['staff_id', 'worked_on'], unique=False)

    op.create_table('training_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('provider', sa.String(length=160), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=80), nullable=True),
    sa.Column('is_continuing_education', sa.Boolean(), nullable=False),
    sa.Column('certificate_file', sa.String(length=260), nullable=True),
    sa.Column('certificate_sha256', sa.String(length=64), nullable=True),
    sa.Column('verified_by_id', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 12000', name=op.f('ck_training_records_minutes')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_training_records_staff_id_staff'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['verified_by_id'], ['staff.id'], name=op.f('fk_training_records_verified_by_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_records'))
    )
    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.create_index('ix_training_records_staff_id_taken_on', ['staff_id', 'taken_on'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('role', sa.Enum('admin', 'supervisor', 'front_desk', 'specialist', name='user_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('failed_attempts >= 0', name=op.f('ck_users_failed_attempts')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_users_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('staff_id', name=op.f('uq_users_staff_id')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('wellbeing_checkins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('questionnaire', sa.String(length=60), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_wellbeing_checkins_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wellbeing_checkins'))
    )
    with op.batch_alter_table('wellbeing_checkins', schema=None) as batch_op:
        batch_op.create_index('ix_wellbeing_checkins_staff_id_taken_at', ['staff_id', 'taken_at'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_events_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_events_entity_entity_id', ['entity', 'entity_id'], unique=False)

    op.create_table('closures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_closures_dates')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_closures_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closures'))
    )
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closures_start_date'), ['start_date'], unique=False)

    op.create_table('enrollments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('enrolled', 'waitlisted', name='enrollment_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.Column('waitlist_position', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('to_date IS NULL OR to_date >= from_date', name=op.f('ck_enrollments_dates')),
    sa.CheckConstraint('waitlist_position IS NULL OR waitlist_position > 0', name=op.f('ck_enrollments_waitlist')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_enrollments_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_enrollments_participant_id_participants'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments'))
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index('ix_enrollments_group_id_from_date', ['group_id', 'from_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollments_participant_id'), ['participant_id'], unique=False)

    op.create_table('group_facilitators',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'co', name='group_fac_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_group_facilitators_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_group_facilitators_staff_id_staff'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('group_id', 'staff_id', name=op.f('pk_group_facilitators'))
    )
    with op.batch_alter_table('group_facilitators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_facilitators_staff_id'), ['staff_id'], unique=False)

    op.create_table('sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('topic_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('scheduled', 'cancelled', name='session_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('is_exception', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_sessions_time_range')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_sessions_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_sessions_room_id_rooms'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_sessions_topic_id_topics'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions')),
    sa.UniqueConstraint('group_id', 'occurrence_start', name=op.f('uq_sessions_group_id_occurrence_start'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_group_id_starts_at', ['group_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_sessions_room_id_starts_at', ['room_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_sessions_starts_at_ends_at', ['starts_at', 'ends_at'], unique=False)

    op.create_table('supervision_attendees',
    sa.Column('supervision_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_supervision_attendees_staff_id_staff'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supervision_id'], ['supervision_sessions.id'], name=op.f('fk_supervision_attendees_supervision_id_supervision_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('supervision_id', 'staff_id', name=op.f('pk_supervision_attendees'))
    )
    with op.batch_alter_table('supervision_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_attendees_staff_id'), ['staff_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'late', 'excused', 'absent', name='attendance_status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('is_walk_in', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_attendance_participant_id_participants'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_attendance_recorded_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attendance_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'participant_id', name=op.f('uq_attendance_session_id_participant_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_participant_id'), ['participant_id'], unique=False)

    op.create_table('session_facilitators',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'co', name='session_fac_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_facilitators_session_id_sessions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_session_facilitators_staff_id_staff'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('session_id', 'staff_id', name=op.f('pk_session_facilitators'))
    )
    with op.batch_alter_table('session_facilitators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_facilitators_staff_id'), ['staff_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_facilitators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_facilitators_staff_id'))

    op.drop_table('session_facilitators')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_participant_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('supervision_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supervision_attendees_staff_id'))

    op.drop_table('supervision_attendees')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_sessions_starts_at_ends_at')
        batch_op.drop_index('ix_sessions_room_id_starts_at')
        batch_op.drop_index('ix_sessions_group_id_starts_at')

    op.drop_table('sessions')
    with op.batch_alter_table('group_facilitators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_facilitators_staff_id'))

    op.drop_table('group_facilitators')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollments_participant_id'))
        batch_op.drop_index('ix_enrollments_group_id_from_date')

    op.drop_table('enrollments')
    with op.batch_alter_table('closures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closures_start_date'))

    op.drop_table('closures')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_entity_entity_id')
        batch_op.drop_index('ix_audit_events_at')

    op.drop_table('audit_events')
    with op.batch_alter_table('wellbeing_checkins', schema=None) as batch_op:
        batch_op.drop_index('ix_wellbeing_checkins_staff_id_taken_at')

    op.drop_table('wellbeing_checkins')
    op.drop_table('users')
    with op.batch_alter_table('training_records', schema=None) as batch_op:
        batch_op.drop_index('ix_training_records_staff_id_taken_on')

    op.drop_table('training_records')
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_time_entries_staff_id_worked_on')

    op.drop_table('time_entries')
    with op.batch_alter_table('supervision_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_sessions_supervisor_id_held_on')

    op.drop_table('supervision_sessions')
    with op.batch_alter_table('staff_credentials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_credentials_program_id'))

    op.drop_table('staff_credentials')
    with op.batch_alter_table('requirements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirements_program_id'))

    op.drop_table('requirements')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_name'))

    op.drop_table('groups')
    op.drop_table('topics')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_supervisor_id'))

    op.drop_table('staff')
    op.drop_table('settings')
    op.drop_table('rooms')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_preferred_name'))
        batch_op.drop_index(batch_op.f('ix_participants_last_name'))

    op.drop_table('participants')
    op.drop_table('credential_programs')
