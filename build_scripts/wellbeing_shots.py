"""Screenshots of the wellbeing screen, its detail charts, the thresholds, the check-in and
the guardrail warning at scheduling. Imported by screenshots.py, after the demo data; adds a
few burnout inventories for one supervised specialist so every chart has something to show."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import Staff, WellbeingCheckIn
from peercenter.domain.enums import StaffStatus
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.schedule.review import Review
from peercenter.services.wellbeing import assignment, questionnaires
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from peercenter.ui.dialogs.wellbeing_checkin import WellbeingCheckInDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.wellbeing import WellbeingScreen


def sample_data(database: Database) -> int:
    """Monthly burnout inventories for the first supervised specialist (the demo data brings
    hours, supervision, leave and weekly pulses); returns their staff id."""
    with database.session() as s:
        tz = settings.center_timezone(s)
        today = local_today(tz)
        person = s.scalars(
            select(Staff)
            .where(
                Staff.is_specialist.is_(True),
                Staff.supervisor_id.is_not(None),
                Staff.status == StaffStatus.ACTIVE,
            )
            .order_by(Staff.id)
        ).first()
        assert person is not None
        for k in range(6):
            taken = datetime.combine(today - timedelta(days=150 - 28 * k), time(12), tz)
            s.add(
                WellbeingCheckIn(
                    staff_id=person.id,
                    taken_at=taken,
                    questionnaire="cbi",
                    answers={},
                    scores={"personal": 30 + 5 * k, "work": 35 + 8 * k, "client": 20 + 3 * k},
                )
            )
        return person.id


def wellbeing_screens(database: Database, admin: Actor, camera: Any, state: Any, show: Any) -> None:
    staff_id = sample_data(database)
    window = MainWindow(AppContext(database, admin, state))
    show(window)
    window.open_screen("wellbeing")
    screen = window.screen_widget("wellbeing")
    assert isinstance(screen, WellbeingScreen)
    screen.select_staff(staff_id)
    camera.screen("50-wellbeing")
    screen.detail.resize(1040, 1150)
    camera.window(screen.detail, "51-wellbeing-detail")

    screen.edit_thresholds()
    assert screen.thresholds_dialog is not None
    panel = screen.thresholds_dialog.panel
    panel.fields["cbi_amber"].setValue(80)
    panel.save()
    camera.screen("52-thresholds-refused")
    screen.thresholds_dialog.reject()

    with database.reader() as s:
        available = questionnaires.available()
    checkin = WellbeingCheckInDialog(database, admin, available, "Your first check-in.", window)
    show(checkin)
    for item_id in ("personal_1", "personal_2", "work_1", "work_2", "work_5"):
        checkin.form.choose(item_id, 4)
    checkin.save()
    camera.screen("53-checkin-refused")
    checkin.reject()

    with database.reader() as s:
        tz = settings.center_timezone(s)
        today = local_today(tz)
        monday = today + timedelta(days=7 - today.weekday())
        proposed = [
            assignment.ProposedSession(
                datetime.combine(monday + timedelta(days=d), time(9), tz),
                datetime.combine(monday + timedelta(days=d), time(19), tz),
                "Recovery Retreat Week",
            )
            for d in range(7)
        ]
        review = Review(s, admin)
        review.assignments([staff_id], proposed)
    warning = GuardrailWarningDialog(review.warnings, "Recovery Retreat Week", window)
    show(warning)
    warning.assign_button.click()  # red: refused without a reason
    camera.screen("54-guardrail-warning")
    warning.reject()
    window.close()
