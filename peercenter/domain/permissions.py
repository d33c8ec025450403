"""Who may do what. The services check this matrix on every call; the UI only uses it to hide
what would be refused anyway."""

from __future__ import annotations

from enum import StrEnum

from peercenter.domain.enums import Role
from peercenter.i18n import N_, _


class Permission(StrEnum):
    MANAGE_STAFF = "manage_staff"
    VIEW_STAFF = "view_staff"
    VIEW_PARTICIPANTS = "view_participants"
    EDIT_PARTICIPANTS = "edit_participants"
    VIEW_PARTICIPANT_CONTACT = "view_participant_contact"
    VIEW_SCHEDULE = "view_schedule"
    MANAGE_SCHEDULE = "manage_schedule"
    MANAGE_ROOMS = "manage_rooms"
    RECORD_ATTENDANCE = "record_attendance"
    CORRECT_PAST_ATTENDANCE = "correct_past_attendance"
    VIEW_OWN_CREDENTIALS = "view_own_credentials"
    VIEW_SUPERVISEE_CREDENTIALS = "view_supervisee_credentials"
    VIEW_TRAINING_ALL = "view_training_all"
    MANAGE_ENROLLMENTS = "manage_enrollments"
    VERIFY_TRAINING = "verify_training"
    LOG_SUPERVISION = "log_supervision"
    VIEW_SUPERVISION_NOTES = "view_supervision_notes"
    MANAGE_CREDENTIAL_PROGRAMS = "manage_credential_programs"
    VIEW_WELLBEING_OTHERS = "view_wellbeing_others"
    VIEW_WELLBEING_ALL = "view_wellbeing_all"
    EDIT_GUARDRAIL_SETTINGS = "edit_guardrail_settings"
    EDIT_CENTER_SETTINGS = "edit_center_settings"
    PRINT_HANDOUTS = "print_handouts"
    PRINT_SIGN_IN = "print_sign_in"
    EDIT_HANDOUT_CONTENT = "edit_handout_content"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_AUDIT = "view_audit"
    VIEW_SERVICE_REPORTS = "view_service_reports"

    @property
    def description(self) -> str:
        return _(_DESCRIPTIONS[self])


_DESCRIPTIONS: dict[Permission, str] = {
    Permission.MANAGE_STAFF: N_("add, edit and deactivate staff and their logins"),
    Permission.VIEW_STAFF: N_("see the staff list"),
    Permission.VIEW_PARTICIPANTS: N_("see participants"),
    Permission.EDIT_PARTICIPANTS: N_("add and edit participants"),
    Permission.VIEW_PARTICIPANT_CONTACT: N_("see participants' phone numbers and e-mail"),
    Permission.VIEW_SCHEDULE: N_("see the schedule"),
    Permission.MANAGE_SCHEDULE: N_("create and change groups and sessions"),
    Permission.MANAGE_ROOMS: N_("add and change rooms"),
    Permission.RECORD_ATTENDANCE: N_(
        "take attendance, and correct or remove a mark on the session's day"
    ),
    Permission.CORRECT_PAST_ATTENDANCE: N_(
        "correct or remove attendance marks after the session's day"
    ),
    Permission.VIEW_OWN_CREDENTIALS: N_(
        "see and record their own training, certification and hours"
    ),
    Permission.VIEW_SUPERVISEE_CREDENTIALS: N_(
        "see and record their supervisees' training, certification and hours"
    ),
    Permission.VIEW_TRAINING_ALL: N_("see and record everyone's training, certification and hours"),
    Permission.MANAGE_ENROLLMENTS: N_(
        "enroll supervisees in credential programs and record credentials achieved"
    ),
    Permission.VERIFY_TRAINING: N_("verify their supervisees' training records"),
    Permission.LOG_SUPERVISION: N_("log supervision sessions"),
    Permission.VIEW_SUPERVISION_NOTES: N_("read confidential supervision notes"),
    Permission.MANAGE_CREDENTIAL_PROGRAMS: N_("add and edit credential programs"),
    Permission.VIEW_WELLBEING_OTHERS: N_(
        "see the wellbeing check-ins and burnout flags of the people they supervise"
    ),
    Permission.VIEW_WELLBEING_ALL: N_("see everyone's wellbeing check-ins and burnout flags"),
    Permission.EDIT_GUARDRAIL_SETTINGS: N_("change burnout guardrail thresholds"),
    Permission.EDIT_CENTER_SETTINGS: N_("change center settings"),
    Permission.PRINT_HANDOUTS: N_("print session handouts"),
    Permission.PRINT_SIGN_IN: N_("print or export sign-in sheets"),
    Permission.EDIT_HANDOUT_CONTENT: N_("edit handout content"),
    Permission.MANAGE_BACKUPS: N_("make and restore backups"),
    Permission.VIEW_AUDIT: N_("review the audit trail"),
    Permission.VIEW_SERVICE_REPORTS: N_("see and save the monthly service report (counts only)"),
}

P = Permission
_EVERYONE = frozenset(
    {
        P.VIEW_STAFF,
        P.VIEW_PARTICIPANTS,
        P.VIEW_SCHEDULE,
        P.RECORD_ATTENDANCE,
        P.PRINT_HANDOUTS,
        P.PRINT_SIGN_IN,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SUPERVISOR: _EVERYONE
    | {
        P.EDIT_PARTICIPANTS,
        P.VIEW_PARTICIPANT_CONTACT,
        P.MANAGE_SCHEDULE,
        P.VIEW_OWN_CREDENTIALS,
        P.VIEW_SUPERVISEE_CREDENTIALS,
        P.MANAGE_ENROLLMENTS,
        P.VERIFY_TRAINING,
        P.LOG_SUPERVISION,
        P.VIEW_SUPERVISION_NOTES,
        P.MANAGE_CREDENTIAL_PROGRAMS,
        P.VIEW_WELLBEING_OTHERS,
        P.EDIT_GUARDRAIL_SETTINGS,
        P.EDIT_HANDOUT_CONTENT,
        P.VIEW_SERVICE_REPORTS,
        P.CORRECT_PAST_ATTENDANCE,
    },
    Role.FRONT_DESK: _EVERYONE
    | {
        P.EDIT_PARTICIPANTS,
        P.VIEW_PARTICIPANT_CONTACT,
        P.MANAGE_SCHEDULE,
        P.MANAGE_ROOMS,
        P.EDIT_HANDOUT_CONTENT,
    },
    Role.SPECIALIST: _EVERYONE | {P.VIEW_OWN_CREDENTIALS},
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def matrix_markdown() -> str:
    """The permission matrix as the Markdown table the README shows."""
    roles = list(Role)
    lines = [
        "| Action | " + " | ".join(r.label for r in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for permission in Permission:
        marks = " | ".join("yes" if allowed(r, permission) else "—" for r in roles)
        lines.append(f"| {_DESCRIPTIONS[permission].capitalize()} | {marks} |")
    return "\n".join(lines)
