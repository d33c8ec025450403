"""Credential programs and their requirements, staff enrollment in them, training records and
supervision."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peercenter.db.base import Base, Timestamps, UTCDateTime, Versioned, utcnow
from peercenter.db.models._types import enum_type
from peercenter.domain.credentials.program import Period, Phase
from peercenter.domain.enums import RequirementKind, SupervisionFormat


class CredentialProgram(Timestamps, Versioned, Base):
    __tablename__ = "credential_programs"
    __table_args__ = (
        CheckConstraint("renewal_months IS NULL OR renewal_months > 0", name="renewal"),
        CheckConstraint(
            "initial_period_months IS NULL OR initial_period_months > 0", name="initial_period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    issuer: Mapped[str | None] = mapped_column(String(160))
    source: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    renewal_months: Mapped[int | None] = mapped_column(Integer)
    initial_period_months: Mapped[int | None] = mapped_column(Integer)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # For a shipped program: the SHA-256 of the file it was loaded from, so a newer release's
    # file replaces it (see services/credentials/shipped.py).
    file_sha256: Mapped[str | None] = mapped_column(String(64))

    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="program", cascade="all, delete-orphan", order_by="Requirement.position"
    )


class Requirement(Base):
    __tablename__ = "requirements"
    __table_args__ = (
        CheckConstraint("hours IS NULL OR hours > 0", name="hours"),
        CheckConstraint("within_months IS NULL OR within_months > 0", name="within"),
        CheckConstraint("lookback_months IS NULL OR lookback_months > 0", name="lookback"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("credential_programs.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[RequirementKind] = mapped_column(enum_type(RequirementKind, "requirement_kind"))
    label: Mapped[str] = mapped_column(String(160))
    hours: Mapped[float | None] = mapped_column()
    # Training domains that count toward it; empty: any domain.
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    phase: Mapped[Phase] = mapped_column(
        enum_type(Phase, "requirement_phase"), default=Phase.INITIAL
    )
    within_months: Mapped[int | None] = mapped_column(Integer)
    lookback_months: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[Period | None] = mapped_column(enum_type(Period, "requirement_period"))
    counts_unverified: Mapped[bool] = mapped_column(Boolean, default=False)

    program: Mapped[CredentialProgram] = relationship(back_populates="requirements")


class StaffCredential(Timestamps, Versioned, Base):
    """A staff member working toward (or holding) a credential."""

    __tablename__ = "staff_credentials"
    __table_args__ = (
        UniqueConstraint("staff_id", "program_id"),
        CheckConstraint("achieved_on IS NULL OR achieved_on >= started_on", name="achieved"),
        CheckConstraint(
            "expires_on IS NULL OR achieved_on IS NULL OR expires_on > achieved_on", name="expires"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(
        ForeignKey("credential_programs.id", ondelete="RESTRICT"), index=True
    )
    started_on: Mapped[date] = mapped_column(Date)
    achieved_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    credential_number: Mapped[str | None] = mapped_column(String(60))


class TrainingRecord(Timestamps, Versioned, Base):
    __tablename__ = "training_records"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 12000", name="minutes"),
        CheckConstraint("started_on IS NULL OR started_on <= taken_on", name="course_dates"),
        Index("ix_training_records_staff_id_taken_on", "staff_id", "taken_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    # A course over several days runs from started_on to taken_on (the completion date).
    started_on: Mapped[date | None] = mapped_column(Date)
    taken_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(160))
    minutes: Mapped[int] = mapped_column(Integer)
    domain: Mapped[str | None] = mapped_column(String(80))
    is_continuing_education: Mapped[bool] = mapped_column(Boolean, default=False)
    # The certificate's original file name; the file itself is stored by its SHA-256.
    certificate_file: Mapped[str | None] = mapped_column(String(260))
    certificate_sha256: Mapped[str | None] = mapped_column(String(64))
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SupervisionSession(Timestamps, Versioned, Base):
    __tablename__ = "supervision_sessions"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 600", name="minutes"),
        Index("ix_supervision_sessions_supervisor_id_held_on", "supervisor_id", "held_on"),
        # The wellbeing dashboard asks for everyone's supervision in a span of dates.
        Index("ix_supervision_sessions_held_on", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    held_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    format: Mapped[SupervisionFormat] = mapped_column(
        enum_type(SupervisionFormat, "supervision_format")
    )
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    topics: Mapped[str | None] = mapped_column(Text)

    supervisees: Mapped[list[SupervisionAttendee]] = relationship(
        back_populates="supervision", cascade="all, delete-orphan"
    )
    note: Mapped[SupervisionNote | None] = relationship(
        back_populates="supervision", cascade="all, delete-orphan", passive_deletes=True
    )


class SupervisionNote(Base):
    """A supervision session's confidential notes, in a table of their own so a server can
    let a supervisor read the session (for the hours) without its notes."""

    __tablename__ = "supervision_notes"

    supervision_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    notes: Mapped[str] = mapped_column(Text)

    supervision: Mapped[SupervisionSession] = relationship(back_populates="note")


class SupervisionAttendee(Base):
    __tablename__ = "supervision_attendees"

    supervision_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    supervision: Mapped[SupervisionSession] = relationship(back_populates="supervisees")


class CertificateFile(Base):
    """Certificate contents for a database that has no folder beside it (PostgreSQL): every
    computer reads them from here. SQLite keeps them as files next to the database."""

    __tablename__ = "certificate_files"
    __table_args__ = (CheckConstraint("size > 0", name="size"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
