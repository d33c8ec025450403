"""The closed vocabularies of the domain. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum

from peercenter.i18n import N_, _


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    FRONT_DESK = "front_desk"
    SPECIALIST = "specialist"

    @property
    def label(self) -> str:
        return _(_ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.ADMIN: N_("Administrator"),
    Role.SUPERVISOR: N_("Supervisor"),
    Role.FRONT_DESK: N_("Front desk"),
    Role.SPECIALIST: N_("Peer specialist"),
}


class StaffStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return _(_STAFF_STATUS_LABELS[self])


_STAFF_STATUS_LABELS = {
    StaffStatus.ACTIVE: N_("Active"),
    StaffStatus.ON_LEAVE: N_("On leave"),
    StaffStatus.INACTIVE: N_("Inactive"),
}


class ParticipantStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return _(_PARTICIPANT_STATUS_LABELS[self])


_PARTICIPANT_STATUS_LABELS = {
    ParticipantStatus.ACTIVE: N_("Active"),
    ParticipantStatus.INACTIVE: N_("Inactive"),
}


class GroupKind(StrEnum):
    PEER_SUPPORT = "peer_support"
    MENTORING = "mentoring"
    COMMUNITY = "community"
    TRAINING = "training"

    @property
    def label(self) -> str:
        return _(_GROUP_KIND_LABELS[self])


_GROUP_KIND_LABELS = {
    GroupKind.PEER_SUPPORT: N_("Peer support group"),
    GroupKind.MENTORING: N_("One-to-one mentoring"),
    GroupKind.COMMUNITY: N_("Community activity"),
    GroupKind.TRAINING: N_("Training"),
}


class EnrollmentMode(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _(_SESSION_STATUS_LABELS[self])


_SESSION_STATUS_LABELS = {
    SessionStatus.SCHEDULED: N_("Scheduled"),
    SessionStatus.CANCELLED: N_("Cancelled"),
}


class FacilitatorRole(StrEnum):
    LEAD = "lead"
    CO = "co"


class EnrollmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return _(_ATTENDANCE_LABELS[self])


_ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.LATE: N_("Late"),
    AttendanceStatus.EXCUSED: N_("Excused"),
    AttendanceStatus.ABSENT: N_("Absent"),
}


class TimeEntryKind(StrEnum):
    DIRECT_SERVICE = "direct_service"
    DOCUMENTATION = "documentation"
    OUTREACH = "outreach"
    TRAINING = "training"
    ADMIN = "admin"
    LEAVE = "leave"

    @property
    def label(self) -> str:
        return _(_TIME_ENTRY_LABELS[self])


_TIME_ENTRY_LABELS = {
    TimeEntryKind.DIRECT_SERVICE: N_("Direct service"),
    TimeEntryKind.DOCUMENTATION: N_("Documentation"),
    TimeEntryKind.OUTREACH: N_("Outreach"),
    TimeEntryKind.TRAINING: N_("Training"),
    TimeEntryKind.ADMIN: N_("Admin"),
    TimeEntryKind.LEAVE: N_("Leave"),
}


class SupervisionFormat(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class RequirementKind(StrEnum):
    TRAINING_HOURS = "training_hours"
    EXPERIENCE_HOURS = "experience_hours"
    SUPERVISION_HOURS = "supervision_hours"
    CONTINUING_EDUCATION = "continuing_education"
    SUPERVISION_FREQUENCY = "supervision_frequency"


def choices(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of an enum, for check constraints and validation."""
    return tuple(member.value for member in enum)
