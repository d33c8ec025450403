"""Screenshots of the front desk's day on a demo center, as a 1366×768 laptop shows it: Today
(and a new center's first steps), the calendar, the group form (with its errors and its date
calendar open), check-in with the walk-in search, the cancel question. Run it through
frontdesk_shots.sh, which gives it a virtual screen of that size, at 1× or at 2×."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import PASSWORD, centre, fill_database

from peercenter import i18n
from peercenter.db import migrate
from peercenter.db.engine import Database, make_engine
from peercenter.services import auth
from peercenter.services.today import agenda
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.dialogs.cancel_session import CancelSessionPrompt
from peercenter.ui.dialogs.group_dialog import GroupDialog
from peercenter.ui.language import apply_language
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState

SETTLE_MS = 500


def shoot(out: Path, name: str) -> None:
    """The whole screen, dialogs over the window, as a person sees it."""
    QTest.qWait(SETTLE_MS)
    subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)
    print(f"  {out / name}.png")


def center_database(folder: Path, demo: bool) -> Database:
    url = f"sqlite:///{folder / ('demo' if demo else 'new')}.sqlite3"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    database = Database.from_url(url)
    fill_database(database, demo=demo)
    return database


def window_for(database: Database, user: str, folder: Path) -> MainWindow:
    actor = auth.login(database, user, PASSWORD)
    window = MainWindow(AppContext(database, actor, UiState.from_file(str(folder / f"{user}.ini"))))
    window.show()  # at its first size, centred by itself
    window.activateWindow()
    QTest.qWait(SETTLE_MS)
    return window


def today_and_check_in(window: MainWindow, out: Path) -> None:
    today = window.screen_widget("today")
    assert isinstance(today, TodayScreen)
    with window.ctx.database.reader() as session:  # the busiest of the coming days
        days = [today.day + timedelta(days=n) for n in range(7)]
        busiest_day = max(days, key=lambda d: len(agenda(session, window.ctx.actor, d)))
    today.set_day(busiest_day)
    today.table.setFocus()
    shoot(out, "01-today")
    rows = [today.proxy.row_at(r) for r in range(today.proxy.rowCount())]
    busiest = max(range(len(rows)), key=lambda r: rows[r].enrolled, default=None)
    if busiest is None:
        return
    today.table.selectRow(busiest)
    today.take_attendance()
    sheet = today.dialog
    assert isinstance(sheet, AttendanceDialog)
    centre(sheet)
    sheet.table.setFocus()
    shoot(out, "02-check-in")
    sheet.add_walk_in()
    assert sheet.picker is not None
    centre(sheet.picker)
    QTest.keyClicks(sheet.picker.search, "a")
    shoot(out, "03-walk-in-search")
    sheet.picker.reject()
    sheet.reject()
    today.cancel_session()
    prompt = today.dialog
    if isinstance(prompt, CancelSessionPrompt):
        centre(prompt)
        prompt.cancel_button.click()  # no reason: the question stays and says so
        shoot(out, "04-cancel-question")
        prompt.reject()


def calendar_and_group_form(window: MainWindow, out: Path) -> None:
    window.open_screen("calendar")
    calendar = window.screen_widget("calendar")
    assert isinstance(calendar, CalendarScreen)
    calendar.week_view.setFocus()
    shoot(out, "05-calendar-week")
    calendar.new_group_at_cursor()
    form = calendar.dialog
    assert isinstance(form, GroupDialog)
    centre(form)
    shoot(out, "06-group-form")
    form.submit()  # nothing typed: each problem under its field
    shoot(out, "07-group-form-errors")
    form.first_date.show_calendar()
    shoot(out, "08-date-calendar")
    form.reject()


def main(argv: list[str]) -> int:
    out = Path(argv[1]).resolve()
    folder = Path(argv[2]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv)
    theme.apply(app)
    apply_language(i18n.ENGLISH)  # as at sign-in: the words, with English plurals
    demo = center_database(folder, demo=True)
    window = window_for(demo, "frontdesk", folder)
    today_and_check_in(window, out)
    calendar_and_group_form(window, out)
    window.close()
    fresh = window_for(center_database(folder, demo=False), "admin", folder)
    shoot(out, "09-today-new-center")
    fresh.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
