"""Take screenshots of PeerCenter's foundation screens on a throw-away database.

Run through screenshots.sh, which provides a virtual X display and a temporary data folder.
Each picture is either the whole X screen (as a person would see it, dialogs over the
window) or one window grabbed by Qt.

    screenshots.py [--language es] [FOLDER]

With ``--language`` every window is built in that language and the pictures go into a folder
named for it inside FOLDER (screenshots/es); without it, in English, into FOLDER itself."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from screenshots_schedule import schedule_screens

from peercenter import i18n, paths
from peercenter.db.engine import Database
from peercenter.documents.printed import Kind
from peercenter.services import settings, setup
from peercenter.services.connection import CenterConnection
from peercenter.services.context import Actor
from peercenter.services.demo import build_demo
from peercenter.services.opening import open_and_upgrade
from peercenter.ui import icons, theme
from peercenter.ui.context import AppContext
from peercenter.ui.first_start import FirstStartWizard
from peercenter.ui.language import apply_language
from peercenter.ui.login_dialog import LoginDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.credentials import CredentialsScreen
from peercenter.ui.screens.handouts import HandoutsScreen
from peercenter.ui.screens.participants import ParticipantsScreen
from peercenter.ui.screens.printing import PrintScreen
from peercenter.ui.screens.programs import ProgramsScreen
from peercenter.ui.screens.settings import SettingsScreen
from peercenter.ui.screens.staff import StaffScreen
from peercenter.ui.screens.time_entries import TimeEntriesScreen
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState

PASSWORD = "correct horse battery"
SETTLE_MS = 400


class Camera:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.importer = shutil.which("import")  # ImageMagick

    def screen(self, name: str) -> None:
        """The whole X screen, as a person sees it."""
        QTest.qWait(SETTLE_MS)
        target = self.out / f"{name}.png"
        if self.importer is None:
            raise SystemExit("ImageMagick's 'import' is needed for screen shots.")
        subprocess.run([self.importer, "-window", "root", str(target)], check=True)
        print(f"  {target}")

    def window(self, widget: QWidget, name: str) -> None:
        """One window only, as Qt draws it."""
        QTest.qWait(SETTLE_MS)
        target = self.out / f"{name}.png"
        widget.grab().save(str(target))
        print(f"  {target}")


def centre(widget: QWidget) -> None:
    """Without a window manager every window would open in the top-left corner."""
    screen = QApplication.primaryScreen().availableGeometry()
    size = widget.frameGeometry().size()
    widget.move(
        QPoint(screen.center().x() - size.width() // 2, screen.center().y() - size.height() // 2)
    )


def show(widget: QWidget) -> None:
    widget.show()
    centre(widget)
    widget.raise_()
    widget.activateWindow()
    QTest.qWait(SETTLE_MS)


def wizard_pages(database: Database, camera: Camera) -> None:
    wizard = FirstStartWizard(database)
    show(wizard)
    camera.screen("01-first-start-welcome")
    wizard.next()
    wizard.center.center_name.setText("Harbor Light Recovery Center")
    wizard.center.timezone.setEditText("America/Chicago")
    camera.screen("02-first-start-center")
    wizard.next()
    page = wizard.admin
    page.first_name.setText("Ada")
    page.last_name.setText("Admin")
    page.username.setText("admin")
    page.password.setText(PASSWORD)
    page.password_again.setText("correct horse battry")
    wizard.validateCurrentPage()  # the mismatch is shown beside the field
    camera.screen("03-first-start-administrator-error")
    wizard.close()
    wizard.deleteLater()


def fill_database(database: Database, demo: bool = True) -> Actor:
    """The center every screenshot shows: set up through the first-start form, with the small
    demo center's people, groups and history unless ``demo`` is False (a new center)."""
    with database.session() as session:
        admin = setup.create_center(
            session,
            setup.FirstStart(
                center_name="Harbor Light Recovery Center",
                timezone="America/Chicago",
                first_name="Ada",
                last_name="Admin",
                username="admin",
                password=PASSWORD,
                password_again=PASSWORD,
            ),
        )
        if demo:
            build_demo(session, admin, PASSWORD, scale="small")
    return admin


def login_dialog(database: Database, camera: Camera) -> None:
    with database.reader() as session:
        center = str(settings.get(session, "center.name"))
    dialog = LoginDialog(CenterConnection.of(database), "admin", center)
    show(dialog)
    camera.screen("04-login")
    dialog.password.setText("not the password")
    dialog.sign_in()
    camera.window(dialog, "05-login-wrong-password")
    dialog.close()
    dialog.deleteLater()


def main_screens(database: Database, admin: Actor, camera: Camera, state_file: Path) -> None:
    window = MainWindow(AppContext(database, admin, UiState.from_file(str(state_file))))
    show(window)
    camera.screen("06-today")
    today_screen = window.screen_widget("today")
    assert isinstance(today_screen, TodayScreen)
    today_screen.set_day(today_screen.day + timedelta(days=3 * 365))  # past every horizon
    camera.screen("06b-today-empty")
    today_screen.go_to_today()

    window.open_screen("staff")
    staff_screen = window.screen_widget("staff")
    assert isinstance(staff_screen, StaffScreen)
    camera.screen("07-staff")
    if staff_screen.proxy.rowCount() > 1:
        staff_screen.table.selectRow(1)
        staff_screen.edit_button.click()
    else:
        staff_screen.add()
    assert staff_screen.dialog is not None
    QTest.qWait(SETTLE_MS)
    camera.screen("08-staff-dialog")
    camera.window(staff_screen.dialog, "09-staff-dialog-window")
    staff_screen.dialog.reject()

    window.open_screen("participants")
    people = window.screen_widget("participants")
    assert isinstance(people, ParticipantsScreen)
    camera.screen("10-participants")
    if people.proxy.rowCount():
        people.table.selectRow(0)
        people.edit_button.click()
    else:
        people.add()
    assert people.dialog is not None
    QTest.qWait(SETTLE_MS)
    camera.screen("11-participant-dialog")
    camera.window(people.dialog, "12-participant-dialog-window")
    people.dialog.reject()
    printing_screens(window, camera)
    credential_screens(window, camera)
    data_safety_screens(window, camera)
    window.close()


def credential_screens(window: MainWindow, camera: Camera) -> None:
    """Training & certification (the overview, a person's progress, training records, the
    supervision log), time entries and the credential programs."""
    window.open_screen("credentials")
    screen = window.screen_widget("credentials")
    assert isinstance(screen, CredentialsScreen)
    if screen.overview is not None:
        screen.tabs.setCurrentWidget(screen.overview)
        camera.screen("50-training-overview")
        if screen.overview.proxy.rowCount():
            screen.open_person(screen.overview.proxy.row_at(0).staff_id)
    screen.tabs.setCurrentWidget(screen.progress)
    camera.screen("51-training-progress")
    screen.tabs.setCurrentWidget(screen.training)
    camera.screen("52-training-records")
    screen.training.add()
    if screen.training.dialog is not None:
        camera.window(screen.training.dialog, "53-training-dialog")
        screen.training.dialog.reject()
    screen.tabs.setCurrentWidget(screen.supervision)
    camera.screen("54-supervision-log")
    screen.supervision.log_button.click()
    if screen.supervision.dialog is not None:
        camera.window(screen.supervision.dialog, "55-supervision-dialog")
        screen.supervision.dialog.reject()
    window.open_screen("time_entries")
    time_screen = window.screen_widget("time_entries")
    assert isinstance(time_screen, TimeEntriesScreen)
    if time_screen.picker.combo.count() > 1:
        time_screen.picker.combo.setCurrentIndex(1)
    camera.screen("56-time-entries")
    window.open_screen("programs")
    programs = window.screen_widget("programs")
    assert isinstance(programs, ProgramsScreen)
    camera.screen("57-credential-programs")
    programs.add_button.click()
    if programs.dialog is not None:
        camera.window(programs.dialog, "58-program-dialog")
        programs.dialog.reject()


SAMPLE_IMPORT = """First Name,Last Name,Phone,Email,Status,Intake Date,Consent on sign-in
Maria,Gonzalez,555-010-2233,maria@example.org,active,2025-03-14,yes
,Nobody,,,,,
Ray,Lopez,12,ray(at)example.org,,,
Sam,Lee,,,retired,03/04/2025,perhaps
Jo,Rivers,,,,,yes
Dee,Smith,,,inactive,2999-01-01,
Ana,Diaz,555-010-7788,,,14 Mar 2025,no
"""


def import_export_dialogs(
    database: Database, admin: Actor, camera: Camera, state_file: Path
) -> None:
    window = MainWindow(AppContext(database, admin, UiState.from_file(str(state_file))))
    show(window)
    window.open_screen("participants")
    people = window.screen_widget("participants")
    assert isinstance(people, ParticipantsScreen)
    sample = paths.data_dir() / "new-participants.csv"
    sample.write_text(SAMPLE_IMPORT, encoding="utf-8")
    people.import_file(sample)
    dialog = people.import_dialog
    assert dialog is not None
    while dialog.preview is None and not dialog.banner.text:
        QTest.qWait(50)
    centre(dialog)
    camera.screen("13-import-participants")
    camera.window(dialog, "14-import-participants-window")
    dialog.reject()
    window.export_calendar_action.trigger()
    assert window.export_dialog is not None
    centre(window.export_dialog)
    camera.screen("15-export-calendar")
    window.export_dialog.reject()
    window.close()


def printing_screens(window: MainWindow, camera: Camera) -> None:
    window.open_screen("print")
    printer = window.screen_widget("print")
    assert isinstance(printer, PrintScreen)
    for kind, name in (
        (Kind.HANDOUT, "20-print-handout"),
        (Kind.SIGN_IN, "21-print-sign-in"),
        (Kind.PACKET, "22-print-packet"),
    ):
        printer.kind.setCurrentIndex(printer.kind.findData(kind))
        with wait_for(printer.built):
            printer.preview_button.click()
        QTest.qWait(1500)  # the preview draws its pages in the background
        camera.screen(name)
    window.open_screen("handouts")
    handouts = window.screen_widget("handouts")
    assert isinstance(handouts, HandoutsScreen)
    handouts.search.setText("cravings")
    handouts.table.setCurrentIndex(handouts.proxy.index(0, 0))
    camera.screen("23-handouts")


@contextmanager
def wait_for(signal: SignalInstance, timeout_ms: int = 60_000) -> Iterator[None]:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    yield
    loop.exec()


def data_safety_screens(window: MainWindow, camera: Camera) -> None:
    """Settings with a backup made, the audit trail, and the idle lock over an open dialog."""
    from peercenter.services.backup import service

    service.back_up_now(window.ctx.database, window.ctx.actor)
    window.open_screen("settings")
    settings_screen = window.screen_widget("settings")
    assert isinstance(settings_screen, SettingsScreen)
    settings_screen.scroller.ensureWidgetVisible(settings_screen.backups, 0, 0)
    camera.screen("60-settings-backups")
    window.open_screen("audit")
    camera.screen("61-audit-trail")
    window.open_screen("participants")
    people = window.screen_widget("participants")
    assert isinstance(people, ParticipantsScreen)
    people.add()
    assert people.dialog is not None
    people.dialog.preferred_name.setText("Half-typed")
    QTest.qWait(SETTLE_MS)
    window.locker.lock()
    window.locker.page.password.setText("wrong password")
    window.locker.page.submit()
    camera.screen("62-idle-lock")
    window.locker.unlock()
    people.dialog.reject()


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="screenshots.py", description="Screenshots of PeerCenter on a throw-away database."
    )
    parser.add_argument("folder", nargs="?", default="screenshots", help="where the PNGs go")
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        help="build every window in this language; the PNGs go into FOLDER/LANGUAGE",
    )
    return parser.parse_args(argv[1:])


def output_folder(folder: str, language: str | None) -> Path:
    """FOLDER for the English set as before; FOLDER/LANGUAGE for a chosen language."""
    out = Path(folder).resolve()
    return out / language if language else out


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    out = output_folder(arguments.folder, arguments.language)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    app.setApplicationName("PeerCenter")
    app.setOrganizationName("PeerCenter")
    app.setWindowIcon(icons.app_icon())
    theme.apply(app)
    # Before any window is built: each takes its words (and English its plurals, "3 sessions")
    # when it is made, as at sign-in.
    apply_language(arguments.language or i18n.ENGLISH)
    camera = Camera(out)

    database = open_and_upgrade(paths.default_database_url())
    try:
        print("Taking screenshots:")
        wizard_pages(database, camera)
        admin = fill_database(database)
        login_dialog(database, camera)
        main_screens(database, admin, camera, paths.data_dir() / "ui-state.ini")
        schedule_screens(database, admin, camera, paths.data_dir() / "ui-state.ini", show)
        import_export_dialogs(database, admin, camera, paths.data_dir() / "ui-state.ini")
        from wellbeing_shots import wellbeing_screens

        wellbeing_screens(
            database, admin, camera, UiState.from_file(str(paths.data_dir() / "ui-state.ini")), show
        )
        from settings_shots import settings_screens

        settings_screens(
            database, admin, camera, UiState.from_file(str(paths.data_dir() / "ui-state.ini")), show
        )
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
