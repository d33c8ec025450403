"""What staff do and how they are: time entries and wellbeing check-ins."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peercenter.db.base import Base, Timestamps, UTCDateTime, Versioned
from peercenter.db.models._types import enum_type
from peercenter.domain.enums import TimeEntryKind


class TimeEntry(Timestamps, Versioned, Base):
    __tablename__ = "time_entries"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes"),
        Index("ix_time_entries_staff_id_worked_on", "staff_id", "worked_on"),
        # Each person's last day of leave, without reading all their other entries.
        Index("ix_time_entries_staff_id_kind_worked_on", "staff_id", "kind", "worked_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    worked_on: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[TimeEntryKind] = mapped_column(enum_type(TimeEntryKind, "time_entry_kind"))
    note: Mapped[str | None] = mapped_column(String(300))


class WellbeingCheckIn(Timestamps, Base):
    __tablename__ = "wellbeing_checkins"
    __table_args__ = (Index("ix_wellbeing_checkins_staff_id_taken_at", "staff_id", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())
    questionnaire: Mapped[str] = mapped_column(String(60))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)


__all__ = ["TimeEntry", "WellbeingCheckIn"]
