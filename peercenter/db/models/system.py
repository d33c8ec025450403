"""Handout topics, the append-only audit trail, center-wide settings and the center's identity."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from peercenter.db.base import Base, Timestamps, UTCDateTime, Versioned, utcnow


class Topic(Timestamps, Versioned, Base):
    """A handout topic; ``sections`` maps a section name (agenda, key points, exercise,
    discussion questions) to its text."""

    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("slug", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80))
    language: Mapped[str] = mapped_column(String(8), default="en")
    title: Mapped[str] = mapped_column(String(160))
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_entity_entity_id", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Kept as text so the trail still says who acted after an account is gone.
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The hash chain (peercenter.domain.audit_chain): SHA-256 hex of this row and the one before.
    # Unique: two writers can never both chain onto the same event (a fork fails loudly).
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Versioned, Base):
    """A center-wide setting. Its version lets a form opened on one computer be refused when
    another changed the setting meanwhile."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(32))


class CenterIdentity(Base):
    """Which center this database is, created with it: its backups carry the id and are
    authenticated with the key, so backups of another database are never taken for its own.
    Exactly one row."""

    __tablename__ = "center_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    center_id: Mapped[str] = mapped_column(String(32))
    backup_key: Mapped[str] = mapped_column(String(64))  # hex; HMAC key for backup files
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
