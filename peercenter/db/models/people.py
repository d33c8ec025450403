"""Staff, their logins, and participants."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peercenter.db.base import Base, Timestamps, UTCDateTime, Versioned
from peercenter.db.models._types import enum_type
from peercenter.domain.enums import ParticipantStatus, Role, StaffStatus


class Staff(Timestamps, Versioned, Base):
    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("weekly_hours_cap > 0 AND weekly_hours_cap <= 80", name="hours_cap"),
        CheckConstraint("supervisor_id IS NULL OR supervisor_id <> id", name="not_own_supervisor"),
        CheckConstraint(
            "end_date IS NULL OR hire_date IS NULL OR end_date >= hire_date", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    preferred_name: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_specialist: Mapped[bool] = mapped_column(Boolean, default=True)
    is_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    weekly_hours_cap: Mapped[float] = mapped_column(default=40.0)
    status: Mapped[StaffStatus] = mapped_column(
        enum_type(StaffStatus, "staff_status"), default=StaffStatus.ACTIVE
    )
    hire_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # Notes about a member of staff are for administrators: loaded only when asked for (a
    # server does not let other roles read the column at all).
    notes: Mapped[str | None] = mapped_column(Text, deferred=True)
    # What they sign with, e.g. "LCDC, CPRS", and the number of their credential or licence.
    credentials: Mapped[str | None] = mapped_column(String(80))
    credential_number: Mapped[str | None] = mapped_column(String(60))

    supervisor: Mapped[Staff | None] = relationship(remote_side=[id])
    user: Mapped[User | None] = relationship(back_populates="staff", uselist=False)


class User(Timestamps, Versioned, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role, "user_role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The language of the window after this person signs in ("en", "es"); None follows the
    # computer's. Each person may change their own (on a server, only their own row).
    language: Mapped[str | None] = mapped_column(String(8))

    staff: Mapped[Staff] = relationship(back_populates="user")


class Participant(Timestamps, Versioned, Base):
    __tablename__ = "participants"
    __table_args__ = (CheckConstraint("length(preferred_name) > 0", name="preferred_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    preferred_name: Mapped[str] = mapped_column(String(80), index=True)
    last_name: Mapped[str | None] = mapped_column(String(80), index=True)
    # Loaded only for the roles that may see them (a server hides them from the others).
    phone: Mapped[str | None] = mapped_column(String(40), deferred=True)
    email: Mapped[str | None] = mapped_column(String(254), deferred=True)
    status: Mapped[ParticipantStatus] = mapped_column(
        enum_type(ParticipantStatus, "participant_status"), default=ParticipantStatus.ACTIVE
    )
    intake_date: Mapped[date | None] = mapped_column(Date)
    # Consent flags: what paper and calls may carry. All off by default (minimum necessary).
    consent_on_sign_in: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_full_last_name: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


__all__ = ["Participant", "Staff", "User"]
