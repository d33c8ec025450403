"""Every mapped class, importable from one place (Alembic and the services use this)."""

from peercenter.db.base import Base
from peercenter.db.models.credentials import (
    CertificateFile,
    CredentialProgram,
    Requirement,
    StaffCredential,
    SupervisionAttendee,
    SupervisionNote,
    SupervisionSession,
    TrainingRecord,
)
from peercenter.db.models.people import Participant, Staff, User
from peercenter.db.models.scheduling import (
    Attendance,
    Closure,
    Enrollment,
    Group,
    GroupFacilitator,
    GroupSession,
    Room,
    SessionFacilitator,
)
from peercenter.db.models.system import AuditEvent, CenterIdentity, Setting, Topic
from peercenter.db.models.work import TimeEntry, WellbeingCheckIn

__all__ = [
    "Attendance",
    "AuditEvent",
    "Base",
    "CenterIdentity",
    "CertificateFile",
    "Closure",
    "CredentialProgram",
    "Enrollment",
    "Group",
    "GroupFacilitator",
    "GroupSession",
    "Participant",
    "Requirement",
    "Room",
    "SessionFacilitator",
    "Setting",
    "Staff",
    "StaffCredential",
    "SupervisionAttendee",
    "SupervisionNote",
    "SupervisionSession",
    "TimeEntry",
    "Topic",
    "TrainingRecord",
    "User",
    "WellbeingCheckIn",
]
