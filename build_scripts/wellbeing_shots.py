"""Screenshots of the wellbeing screen, its detail charts, the thresholds, the check-in and
the guardrail warning at scheduling. Imported by screenshots.py; adds a few months of hours,
supervision and check-ins for one supervised specialist so the charts have something to
show."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import (
    Staff,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    WellbeingCheckIn,
)
from peercenter.domain.enums import StaffStatus, SupervisionFormat, TimeEntryKind
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.wellbeing import assignment, questionnaires
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.checkin_dialog import CheckInDialog
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.wellbeing import WellbeingScreen


def sample_data(database: Database) -> int:
    """Twelve weeks of rising hours, fortnightly supervision and monthly check-ins for the
    first supervised specialist; returns their staff id."""
    rnd = random.Random(7)
    with database.session() as s:
        tz = settings.center_timezone(s)
        today = local_today(tz)
        person = s.scalars(select(Staff).where(
            Staff.is_specialist.is_(True), Staff.supervisor_id.is_not(None),
            Staff.status == StaffStatus.ACTIVE).order_by(Staff.id)).first()
        assert person is not None and person.supervisor_id is not None
        monday = today - timedelta(days=today.weekday())
        for week in range(12):
            first = monday - timedelta(weeks=11 - week)
            for day in range(5):
                hours = 5.5 + week * 0.3 + rnd.random()
                s.add(TimeEntry(staff_id=person.id, worked_on=first + timedelta(days=day),
                                minutes=round(hours * 60), kind=TimeEntryKind.DIRECT_SERVICE))
            if week % 2 == 0 and week < 10:
                row = SupervisionSession(supervisor_id=person.supervisor_id,
                                         held_on=first + timedelta(days=2),
                                         minutes=45 + 15 * (week % 3),
                                         format=SupervisionFormat.INDIVIDUAL)
                row.supervisees = [SupervisionAttendee(staff_id=person.id)]
                s.add(row)
        for k in range(6):
            taken = datetime.combine(today - timedelta(days=150 - 28 * k), time(12), tz)
            s.add(WellbeingCheckIn(staff_id=person.id, taken_at=taken, questionnaire="cbi",
                                   answers={}, scores={"personal": 30 + 5 * k,
                                                       "work": 35 + 8 * k,
                                                       "client": 20 + 3 * k}))
        for k in range(10):
            taken = datetime.combine(today - timedelta(days=7 * (10 - k)), time(12), tz)
            s.add(WellbeingCheckIn(staff_id=person.id, taken_at=taken, questionnaire="pulse",
                                   answers={"mood": 4 - k // 4}, scores={"pulse": 4 - k // 4}))
        return person.id


def wellbeing_screens(database: Database, admin: Actor, camera: Any, state: Any,
                      show: Any) -> None:
    staff_id = sample_data(database)
    window = MainWindow(AppContext(database, admin, state))
    show(window)
    window.open_screen("wellbeing")
    screen = window.screen_widget("wellbeing")
    assert isinstance(screen, WellbeingScreen)
    screen.select_staff(staff_id)
    camera.screen("13-wellbeing")
    screen.detail.resize(1040, 1150)
    camera.window(screen.detail, "14-wellbeing-detail")

    screen.edit_thresholds()
    assert screen.thresholds_dialog is not None
    panel = screen.thresholds_dialog.panel
    panel.fields["cbi_amber"].setValue(80)
    panel.save()
    camera.screen("15-thresholds-refused")
    screen.thresholds_dialog.reject()

    with database.reader() as s:
        available = questionnaires.available()
    checkin = CheckInDialog(database, admin, available, "Your first check-in.", window)
    show(checkin)
    for item_id in ("personal_1", "personal_2", "work_1", "work_2", "work_5"):
        checkin.form.choose(item_id, 4)
    checkin.save()
    camera.screen("16-checkin-refused")
    checkin.reject()

    with database.reader() as s:
        tz = settings.center_timezone(s)
        today = local_today(tz)
        saturday = today + timedelta(days=5 - today.weekday())
        begins = datetime.combine(saturday, time(9), tz)
        proposed = [assignment.ProposedSession(begins + timedelta(weeks=w),
                                               begins + timedelta(weeks=w, hours=8),
                                               "Saturday Recovery Retreat") for w in range(4)]
        check = assignment.check_assignment(s, admin, staff_id, proposed)
    warning = GuardrailWarningDialog(check, "Saturday Recovery Retreat", window)
    show(warning)
    warning.assign_button.click()   # red: refused without a reason
    camera.screen("17-guardrail-warning")
    warning.reject()
    window.close()


