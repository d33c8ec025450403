"""Rooms, groups (series), their sessions, rosters and attendance."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peercenter.db.base import Base, Timestamps, UTCDateTime, Versioned
from peercenter.db.models._types import enum_type
from peercenter.domain.enums import (
    AttendanceStatus,
    EnrollmentMode,
    EnrollmentStatus,
    FacilitatorRole,
    GroupKind,
    SessionStatus,
)


class Room(Timestamps, Versioned, Base):
    __tablename__ = "rooms"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        CheckConstraint("is_virtual = false OR meeting_url IS NOT NULL", name="virtual_link"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    accessible: Mapped[bool] = mapped_column(Boolean, default=True)
    accessibility_notes: Mapped[str | None] = mapped_column(String(200))
    is_virtual: Mapped[bool] = mapped_column(Boolean, default=False)
    meeting_url: Mapped[str | None] = mapped_column(String(500))
    location: Mapped[str | None] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Group(Timestamps, Versioned, Base):
    """A series: what repeats, where, with whom."""

    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
        CheckConstraint("min_size IS NULL OR min_size >= 0", name="min_size"),
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 720", name="duration"),
        CheckConstraint("until_date IS NULL OR until_date >= first_date", name="until"),
        CheckConstraint("occurrence_count IS NULL OR occurrence_count > 0", name="count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[GroupKind] = mapped_column(enum_type(GroupKind, "group_kind"))
    description: Mapped[str | None] = mapped_column(Text)
    enrollment_mode: Mapped[EnrollmentMode] = mapped_column(
        enum_type(EnrollmentMode, "enrollment_mode"), default=EnrollmentMode.OPEN
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    min_size: Mapped[int | None] = mapped_column(Integer)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    rrule: Mapped[str] = mapped_column(String(300))
    first_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    until_date: Mapped[date | None] = mapped_column(Date)
    occurrence_count: Mapped[int | None] = mapped_column(Integer)
    default_topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL")
    )
    # Sessions exist up to here; the rolling horizon moves it forward.
    materialized_until: Mapped[date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "This and following" edits end a series and start a new one from the edited session.
    split_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )

    room: Mapped[Room | None] = relationship()
    facilitators: Mapped[list[GroupFacilitator]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class GroupFacilitator(Base):
    __tablename__ = "group_facilitators"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[FacilitatorRole] = mapped_column(
        enum_type(FacilitatorRole, "group_fac_role"), default=FacilitatorRole.LEAD
    )

    group: Mapped[Group] = relationship(back_populates="facilitators")


class GroupSession(Timestamps, Versioned, Base):
    """One occurrence of a group. ``occurrence_start`` is the slot the rule produced (the
    RECURRENCE-ID); ``starts_at`` is where it actually is, after any move."""

    __tablename__ = "sessions"
    __table_args__ = (
        UniqueConstraint("group_id", "occurrence_start"),
        CheckConstraint("ends_at > starts_at", name="time_range"),
        Index("ix_sessions_starts_at_ends_at", "starts_at", "ends_at"),
        Index("ix_sessions_room_id_starts_at", "room_id", "starts_at"),
        Index("ix_sessions_group_id_starts_at", "group_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    occurrence_start: Mapped[datetime] = mapped_column(UTCDateTime())
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    status: Mapped[SessionStatus] = mapped_column(
        enum_type(SessionStatus, "session_status"), default=SessionStatus.SCHEDULED
    )
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    # Edited by hand: regenerating the series leaves it alone.
    is_exception: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # Cancelled by this closure; lifting the closure restores the session.
    closure_id: Mapped[int | None] = mapped_column(
        ForeignKey("closures.id", ondelete="SET NULL"), index=True
    )

    group: Mapped[Group] = relationship()
    room: Mapped[Room | None] = relationship()
    facilitators: Mapped[list[SessionFacilitator]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionFacilitator(Base):
    __tablename__ = "session_facilitators"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[FacilitatorRole] = mapped_column(
        enum_type(FacilitatorRole, "session_fac_role"), default=FacilitatorRole.LEAD
    )

    session: Mapped[GroupSession] = relationship(back_populates="facilitators")


class Enrollment(Timestamps, Versioned, Base):
    """A participant on a group's roster (or its waitlist) for a span of dates."""

    __tablename__ = "enrollments"
    __table_args__ = (
        CheckConstraint("to_date IS NULL OR to_date >= from_date", name="dates"),
        CheckConstraint("waitlist_position IS NULL OR waitlist_position > 0", name="waitlist"),
        Index("ix_enrollments_group_id_from_date", "group_id", "from_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[EnrollmentStatus] = mapped_column(
        enum_type(EnrollmentStatus, "enrollment_status"), default=EnrollmentStatus.ENROLLED
    )
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    # A waitlisted person who has been offered a freed place and not yet answered.
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_type(AttendanceStatus, "attendance_status")
    )
    is_walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Closure(Timestamps, Base):
    """Days the center is closed (holidays, weather)."""

    __tablename__ = "closures"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
