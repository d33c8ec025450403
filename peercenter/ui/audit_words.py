"""What the audit trail's action and record codes mean, in the window's language. The trail
keeps the codes (stable, and what the CSV export writes); the screen shows these words. A code
not listed here (one added later) is shown as it is stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peercenter.ui.language import QT_TRANSLATE_NOOP

CONTEXT = "AuditWords"

ACTIONS = {
    "accept_offer": QT_TRANSLATE_NOOP("AuditWords", "Took the place offered"),
    "accept_warning": QT_TRANSLATE_NOOP("AuditWords", "Went ahead despite a warning"),
    "account": QT_TRANSLATE_NOOP("AuditWords", "Made an accounting of access"),
    "attach": QT_TRANSLATE_NOOP("AuditWords", "Attached a file"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "Backed up"),
    "cancel": QT_TRANSLATE_NOOP("AuditWords", "Cancelled"),
    "change_language": QT_TRANSLATE_NOOP("AuditWords", "Changed the language"),
    "change_password": QT_TRANSLATE_NOOP("AuditWords", "Changed a password"),
    "create": QT_TRANSLATE_NOOP("AuditWords", "Added"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "Deleted"),
    "end": QT_TRANSLATE_NOOP("AuditWords", "Ended"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Exported"),
    "extend_horizon": QT_TRANSLATE_NOOP("AuditWords", "Planned further ahead"),
    "guardrail_override": QT_TRANSLATE_NOOP("AuditWords", "Went ahead despite an alert"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "Imported"),
    "login": QT_TRANSLATE_NOOP("AuditWords", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditWords", "Sign-in failed"),
    "login_refused_inactive": QT_TRANSLATE_NOOP("AuditWords", "Sign-in refused: switched off"),
    "login_refused_locked": QT_TRANSLATE_NOOP("AuditWords", "Sign-in refused: locked"),
    "offer_place": QT_TRANSLATE_NOOP("AuditWords", "Offered a place"),
    "prune": QT_TRANSLATE_NOOP("AuditWords", "Deleted old views"),
    "remove": QT_TRANSLATE_NOOP("AuditWords", "Removed"),
    "renew": QT_TRANSLATE_NOOP("AuditWords", "Renewed"),
    "reorder_waitlist": QT_TRANSLATE_NOOP("AuditWords", "Reordered the waitlist"),
    "report": QT_TRANSLATE_NOOP("AuditWords", "Made a report"),
    "restore": QT_TRANSLATE_NOOP("AuditWords", "Restored"),
    "retire": QT_TRANSLATE_NOOP("AuditWords", "Retired"),
    "split": QT_TRANSLATE_NOOP("AuditWords", "Split"),
    "sync": QT_TRANSLATE_NOOP("AuditWords", "Brought up to date"),
    "unlock": QT_TRANSLATE_NOOP("AuditWords", "Unlocked"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "Changed"),
    "verify": QT_TRANSLATE_NOOP("AuditWords", "Checked"),
    "view": QT_TRANSLATE_NOOP("AuditWords", "Looked at"),
    "walk_in": QT_TRANSLATE_NOOP("AuditWords", "Added a walk-in"),
}

RECORDS = {
    "attendance": QT_TRANSLATE_NOOP("AuditWords", "Attendance"),
    "audit": QT_TRANSLATE_NOOP("AuditWords", "Audit trail"),
    "calendar": QT_TRANSLATE_NOOP("AuditWords", "Calendar"),
    "center": QT_TRANSLATE_NOOP("AuditWords", "Center"),
    "certificate": QT_TRANSLATE_NOOP("AuditWords", "Certificate"),
    "certification_progress": QT_TRANSLATE_NOOP("AuditWords", "Certification progress"),
    "closure": QT_TRANSLATE_NOOP("AuditWords", "Closure"),
    "credential_program": QT_TRANSLATE_NOOP("AuditWords", "Credential program"),
    "database": QT_TRANSLATE_NOOP("AuditWords", "Database"),
    "demo_data": QT_TRANSLATE_NOOP("AuditWords", "Demo data"),
    "enrollment": QT_TRANSLATE_NOOP("AuditWords", "Enrollment"),
    "group": QT_TRANSLATE_NOOP("AuditWords", "Group"),
    "hours_report": QT_TRANSLATE_NOOP("AuditWords", "Hours report"),
    "participant": QT_TRANSLATE_NOOP("AuditWords", "Participant"),
    "participant_attendance": QT_TRANSLATE_NOOP("AuditWords", "Participant's attendance"),
    "participant_search": QT_TRANSLATE_NOOP("AuditWords", "List of participants"),
    "roster": QT_TRANSLATE_NOOP("AuditWords", "Roster"),
    "room": QT_TRANSLATE_NOOP("AuditWords", "Room"),
    "schedule": QT_TRANSLATE_NOOP("AuditWords", "Schedule"),
    "service_report": QT_TRANSLATE_NOOP("AuditWords", "Service report"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "Session"),
    "setting": QT_TRANSLATE_NOOP("AuditWords", "Setting"),
    "sign_in_sheet": QT_TRANSLATE_NOOP("AuditWords", "Sign-in sheet"),
    "staff": QT_TRANSLATE_NOOP("AuditWords", "Staff member"),
    "staff_credential": QT_TRANSLATE_NOOP("AuditWords", "Credential"),
    "supervision": QT_TRANSLATE_NOOP("AuditWords", "Supervision"),
    "supervision_notes": QT_TRANSLATE_NOOP("AuditWords", "Supervision notes"),
    "time_entries": QT_TRANSLATE_NOOP("AuditWords", "Hours"),
    "time_entry": QT_TRANSLATE_NOOP("AuditWords", "Hours entry"),
    "topic": QT_TRANSLATE_NOOP("AuditWords", "Handout topic"),
    "training": QT_TRANSLATE_NOOP("AuditWords", "Training"),
    "training_record": QT_TRANSLATE_NOOP("AuditWords", "Training record"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "Login"),
    "wellbeing_checkin": QT_TRANSLATE_NOOP("AuditWords", "Wellbeing check-in"),
    "wellbeing_checkins": QT_TRANSLATE_NOOP("AuditWords", "Wellbeing check-ins"),
    "wellbeing_dashboard": QT_TRANSLATE_NOOP("AuditWords", "Wellbeing overview"),
    "wellbeing_detail": QT_TRANSLATE_NOOP("AuditWords", "A person's wellbeing"),
    "wellbeing_flags": QT_TRANSLATE_NOOP("AuditWords", "Burnout alerts"),
}


def action_label(code: str) -> str:
    words = ACTIONS.get(code)
    return QCoreApplication.translate(CONTEXT, words) if words else code


def record_label(code: str) -> str:
    words = RECORDS.get(code)
    return QCoreApplication.translate(CONTEXT, words) if words else code
