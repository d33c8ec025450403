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
        return {"active": "Active", "on_leave": "On leave", "inactive": "Inactive"}[self.value]


class ParticipantStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class GroupKind(StrEnum):
    PEER_SUPPORT = "peer_support"
    MENTORING = "mentoring"
    COMMUNITY = "community"
    TRAINING = "training"

    @property
    def label(self) -> str:
        return {
            GroupKind.PEER_SUPPORT: "Peer support group",
            GroupKind.MENTORING: "One-to-one mentoring",
            GroupKind.COMMUNITY: "Community activity",
            GroupKind.TRAINING: "Training",
        }[self]


class EnrollmentMode(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


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
        return self.value.capitalize()


class TimeEntryKind(StrEnum):
    DIRECT_SERVICE = "direct_service"
    DOCUMENTATION = "documentation"
    OUTREACH = "outreach"
    TRAINING = "training"
    ADMIN = "admin"
    LEAVE = "leave"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


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
