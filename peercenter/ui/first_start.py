"""The first-start wizard: name the center, pick its time zone, create the first
administrator (everything is saved together when Finish is pressed); or restore the center
from a backup, as on a new computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peercenter.db.engine import Database
from peercenter.domain.errors import ValidationError
from peercenter.services import setup
from peercenter.services.clock import detect_local_timezone
from peercenter.services.context import Actor
from peercenter.ui import formatting, icons, theme
from peercenter.ui.password_dialog import password_edit, password_rules
from peercenter.ui.restore_flow import choose_backup_file, restore_file
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.form import FormFields
from peercenter.ui.widgets.timezone_combo import timezone_combo

TEXT_WIDTH = 600  # the welcome text's width inside the wizard's 660 pixels


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.fields = FormFields()
        layout.addLayout(self.fields.layout)
        layout.addStretch(1)


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to PeerCenter"))
        self.setSubTitle(self.tr("Let's set up this computer for your center."))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<p>PeerCenter keeps your program's schedule, participants, staff training and "
                "wellbeing in one place, and prints the day's handouts and sign-in sheets.</p>"
                "<p>Before the first use it needs two things:</p>"
                "<ol><li>the <b>name of your center</b> and its <b>time zone</b>, so sessions "
                "show at the right local time;</li>"
                "<li>a first <b>administrator</b> login. The administrator adds the other staff "
                "and their logins later.</li></ol>"
                "<p>Everything you enter stays in your center's own database: on this computer, "
                "or on your center's server if PeerCenter was set up to use one.</p>"
                "<p>This takes about a minute. The center name and time zone can be changed "
                "later, in Settings.</p>"
            )
        )
        text.setObjectName("welcome")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        # All of it shows, however long the words run in the window's language: the wizard
        # grows taller rather than cutting the text off.
        text.ensurePolished()  # measured in the font the style sheet gives it
        text.setMinimumHeight(text.heightForWidth(TEXT_WIDTH))
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addSpacing(10)
        layout.addWidget(
            theme.hint_label(
                self.tr(
                    "Moving PeerCenter to a new computer, or starting again after one broke? "
                    "Put your center back from a backup file instead; its own logins sign in "
                    "afterwards."
                )
            )
        )
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)


class CenterPage(_FormPage):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("CenterPage", "Your center"),
            QCoreApplication.translate(
                "CenterPage", "How your center is named on screen and on paper."
            ),
        )
        self.center_name = QLineEdit()
        self.center_name.setMaxLength(120)
        self.center_name.setPlaceholderText(self.tr("For example: Harbor Light Recovery Center"))
        self.timezone = timezone_combo(detect_local_timezone())
        self.fields.add("center_name", self.tr("Center name"), self.center_name)
        self.fields.add(
            "timezone",
            self.tr("Time zone"),
            self.timezone,
            hint=self.tr(
                "Every computer shows sessions at this local time. Type part of "
                "a city name to find it, for example Chicago."
            ),
        )


class AdminPage(_FormPage):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate("AdminPage", "The first administrator"),
            QCoreApplication.translate(
                "AdminPage",
                "The person who adds staff, their logins and the center's settings. "
                "Each person gets their own login later; logins are never shared.",
            ),
        )
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("for example: ada.admin"))
        self.password = password_edit()
        self.password_again = password_edit()
        for edit in (self.first_name, self.last_name):
            edit.setMaxLength(80)
        self.fields.add("first_name", self.tr("First name"), self.first_name)
        self.fields.add("last_name", self.tr("Last name"), self.last_name)
        self.fields.add(
            "username",
            self.tr("User name"),
            self.username,
            hint=self.tr("Lower-case letters, digits, dots or dashes."),
        )
        self.fields.add("password", self.tr("Password"), self.password, hint=password_rules())
        self.fields.add("password_again", self.tr("Repeat password"), self.password_again)


class FirstStartWizard(QWizard):
    center_created = Signal(object)  # the administrator's Actor, already signed in
    already_set_up = Signal()  # another computer finished first: sign in instead
    restored = Signal(str)  # a backup was put in place: sign in with its logins (the notice)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up PeerCenter"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icons.app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create center"))
        self.welcome = WelcomePage()
        self.center = CenterPage()
        self.admin = AdminPage()
        self.page_ids = [self.addPage(page) for page in (self.welcome, self.center, self.admin)]
        self.resize(660, 520)
        self.accepted.connect(lambda: self.center_created.emit(self.actor))
        self.welcome.restore_button.clicked.connect(self.restore_from_backup)

    def restore_from_backup(self) -> None:
        path = choose_backup_file(self)
        if path is None:
            return
        result = restore_file(self, self.database, None, path)
        if result is None:
            return
        header = result.header
        when = header.created_at.astimezone()
        center = header.center_name or self.tr("The center")
        self.restored.emit(
            self.tr(
                "{center} is restored from the backup made {day} at {time}. "
                "Sign in with a login from that backup."
            ).format(
                center=center,
                day=formatting.short_date(when.date()),
                time=formatting.clock_time(when),
            )
        )

    def form(self) -> setup.FirstStart:
        return setup.FirstStart(
            center_name=self.center.center_name.text(),
            timezone=self.center.timezone.currentText().strip(),
            first_name=self.admin.first_name.text(),
            last_name=self.admin.last_name.text(),
            username=self.admin.username.text(),
            password=self.admin.password.text(),
            password_again=self.admin.password_again.text(),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.admin:
            return True
        self.center.fields.clear_errors()
        self.admin.fields.clear_errors()
        self.admin.banner.clear()
        try:
            with self.database.session() as session:
                self.actor = setup.create_center(session, self.form())
        except ValidationError as exc:
            if not exc.field_errors and self._set_up_elsewhere():
                self.already_set_up.emit()
            else:
                self._show_errors(exc)
            return False
        return True

    def _set_up_elsewhere(self) -> bool:
        with self.database.reader() as session:
            return setup.is_set_up(session)

    def error_text(self, name: str) -> str:
        for page in (self.center, self.admin):
            if page.fields.has(name):
                return page.fields.error_text(name)
        return ""

    def _show_errors(self, exc: ValidationError) -> None:
        """Each message beside its field; go back to the first page that has one."""
        errors = exc.field_errors or {"": exc.message}
        target: _FormPage | None = None
        unplaced = dict(errors)
        pages: tuple[_FormPage, ...] = (self.center, self.admin)
        for page in pages:
            mine = {k: v for k, v in errors.items() if page.fields.has(k)}
            page.fields.show_errors(mine)
            for key in mine:
                unplaced.pop(key, None)
            if mine and target is None:
                target = page
        if unplaced:
            self.admin.banner.show_message(" ".join(unplaced.values()))
        if target is self.center:
            while self.currentPage() is not self.center:
                self.back()
        widget = (target or self.admin).fields.first_error_widget()
        if widget is not None:
            widget.setFocus()
        if self.admin.fields.error_text("password_again"):
            self.admin.password_again.clear()  # retype it rather than hunt for the typo
