"""Add or edit a staff member and their login, saved together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.enums import Role
from peercenter.domain.permissions import Permission
from peercenter.services import clock, staff
from peercenter.services.staff import LoginForm, LoginInfo, StaffForm
from peercenter.ui import formatting, theme
from peercenter.ui.context import AppContext
from peercenter.ui.password_dialog import password_edit, password_rules
from peercenter.ui.widgets.optional_date import OptionalDateEdit
from peercenter.ui.widgets.record_dialog import RecordDialog


def _line_edit(max_length: int = 80) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class StaffDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        # Administrators add and edit; a supervisor opens a record to read it (and its HR
        # notes, of the people they supervise, where the center allows it).
        self.read_only = not ctx.actor.can(Permission.MANAGE_STAFF)
        title = (
            self.tr("Add staff member")
            if staff_id is None
            else self.tr("Staff member")
            if self.read_only
            else self.tr("Edit staff member")
        )
        super().__init__(ctx, title, parent)
        self.staff_id = staff_id
        self._version: int | None = None
        self._login: LoginInfo | None = None

        left = self.add_column()
        person = self.add_section(left, self.tr("Person"))
        self.first_name = person.add("first_name", self.tr("First name"), _line_edit())
        self.preferred_name = person.add(
            "preferred_name",
            self.tr("Preferred name"),
            _line_edit(),
            hint=self.tr("Only if they go by another first name."),
        )
        self.last_name = person.add("last_name", self.tr("Last name"), _line_edit())
        self.email = person.add("email", self.tr("E-mail"), _line_edit(254))
        self.phone = person.add("phone", self.tr("Phone"), _line_edit(40))
        self._notes_title = self.tr("HR notes")
        self._notes_section = self.add_section(left, self._notes_title)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self._notes_title)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self._notes_section.add("notes", "", self.notes, span=True)
        left.addStretch(1)

        right = self.add_column()
        work = self.add_section(right, self.tr("Work"))
        roles = QWidget()
        roles_box = QHBoxLayout(roles)
        roles_box.setContentsMargins(0, 0, 0, 0)
        self.is_specialist = QCheckBox(self.tr("Peer specialist"))
        self.is_supervisor = QCheckBox(self.tr("Supervisor"))
        roles_box.addWidget(self.is_specialist)
        roles_box.addWidget(self.is_supervisor)
        roles_box.addStretch(1)
        work.add("is_specialist", self.tr("Roles"), roles)
        self.supervisor = QComboBox()
        work.add("supervisor_id", self.tr("Supervisor"), self.supervisor)
        self.hours_cap = QDoubleSpinBox()
        self.hours_cap.setRange(1, 80)
        self.hours_cap.setDecimals(1)
        self.hours_cap.setSingleStep(0.5)
        self.hours_cap.setSuffix(self.tr(" h"))
        work.add(
            "weekly_hours_cap",
            self.tr("Weekly hours cap"),
            self.hours_cap,
            hint=self.tr("Scheduling warns before anyone goes over it."),
        )
        self.hire_date = OptionalDateEdit(self.tr("Known"))
        work.add("hire_date", self.tr("Hire date"), self.hire_date)
        self.credentials = work.add(
            "credentials",
            self.tr("Credentials"),
            _line_edit(80),
            hint=self.tr("As they sign, e.g. LCDC, CPRS."),
        )
        self.credential_number = work.add(
            "credential_number", self.tr("Credential number"), _line_edit(60)
        )

        login_title = self.tr("Login")
        login = self.add_section(right, login_title)
        self.can_sign_in = QCheckBox(self.tr("Can sign in to PeerCenter"))
        login.add("is_active", "", self.can_sign_in)
        self.username = login.add("username", self.tr("User name"), _line_edit(32))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role)
        login.add("role", self.tr("Role"), self.role)
        self.password = password_edit()
        self.password_again = password_edit()
        login.add("password", self.tr("Password"), self.password, hint=password_rules())
        login.add("password_again", self.tr("Repeat password"), self.password_again)
        self.login_status = theme.hint_label("")
        right.addWidget(self.login_status)
        right.addStretch(1)
        self._login_fields = login

        self.can_sign_in.toggled.connect(self._login_enabled)
        if self.read_only:
            self.section_titles[login_title].hide()
            for name in ("is_active", "username", "role", "password", "password_again"):
                login.set_visible(name, False)
            self.login_status.hide()
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Close"))
        self.setMinimumWidth(860)
        self.load()

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        with self.ctx.database.reader() as session:
            detail = (
                staff.get_staff(session, self.ctx.actor, self.staff_id)
                if self.staff_id is not None
                else None
            )
            choices = staff.supervisor_choices(session, self.ctx.actor)
        form = detail.form if detail is not None else StaffForm("", "")
        self._version = detail.version if detail is not None else None
        self.watch_record("staff", self.staff_id, self._version)
        self._login = detail.login if detail is not None else None
        self.first_name.setText(form.first_name)
        self.preferred_name.setText(form.preferred_name)
        self.last_name.setText(form.last_name)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.notes.setPlainText(form.notes)
        self.is_specialist.setChecked(form.is_specialist)
        self.is_supervisor.setChecked(form.is_supervisor)
        self._fill_supervisors(choices, form.supervisor_id)
        self.hours_cap.setValue(form.weekly_hours_cap)
        self.hire_date.set_value(form.hire_date)
        self.credentials.setText(form.credentials)
        self.credential_number.setText(form.credential_number)
        self._load_login()
        # Not even an empty box when the notes are not for this person to read.
        shown = detail is None or detail.notes_visible
        self.section_titles[self._notes_title].setVisible(shown)
        self._notes_section.set_visible("notes", shown)
        if self.read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        edits = (
            self.first_name,
            self.preferred_name,
            self.last_name,
            self.email,
            self.phone,
            self.credentials,
            self.credential_number,
        )
        for edit in edits:
            edit.setReadOnly(True)
        self.notes.setReadOnly(True)
        for widget in (
            self.is_specialist,
            self.is_supervisor,
            self.supervisor,
            self.hours_cap,
            self.hire_date,
        ):
            widget.setEnabled(False)

    def _fill_supervisors(self, choices: list[tuple[int, str]], current: int | None) -> None:
        self.supervisor.clear()
        self.supervisor.addItem(self.tr("No supervisor"), None)
        for supervisor_id, name in choices:
            if supervisor_id != self.staff_id:
                self.supervisor.addItem(name, supervisor_id)
        if current is not None and self.supervisor.findData(current) < 0:
            # Kept visible so the person sees why saving asks for another choice.
            self.supervisor.addItem(self.tr("Former supervisor (no longer active)"), current)
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(current)))

    def _load_login(self) -> None:
        login = self._login
        self.password.clear()
        self.password_again.clear()
        self.username.setText(login.username if login else "")
        self.role.setCurrentIndex(self.role.findData(login.role if login else Role.SPECIALIST))
        self.can_sign_in.setChecked(bool(login and login.is_active))
        keep = self.tr(
            "Leave blank to keep the current password. Typing a new one resets it and unlocks "
            "the login."
        )
        self._login_fields.set_hint("password", keep if login else password_rules())
        self.login_status.setText(self._login_status(login))
        self._login_enabled(self.can_sign_in.isChecked())

    def _login_status(self, login: LoginInfo | None) -> str:
        if login is None:
            return self.tr("No login yet. Tick “Can sign in” to create one.")
        parts = []
        if login.last_login_at is not None:
            last = login.last_login_at.astimezone()
            parts.append(
                self.tr("Last signed in {date} at {time}.").format(
                    date=formatting.short_date(last.date()), time=formatting.clock_time(last)
                )
            )
        else:
            parts.append(self.tr("Has not signed in yet."))
        if login.locked_until is not None and login.locked_until > clock.now():
            parts.append(
                self.tr("Locked until {time} after wrong passwords.").format(
                    time=formatting.clock_time(login.locked_until.astimezone())
                )
            )
        return " ".join(parts)

    def _login_enabled(self, on: bool) -> None:
        # An existing login keeps its name and role when switched off; a new one needs none.
        for name in ("username", "role", "password", "password_again"):
            self._login_fields.set_enabled(name, on)

    # -- saving ----------------------------------------------------------------------------

    def form(self) -> StaffForm:
        return StaffForm(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            preferred_name=self.preferred_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            is_specialist=self.is_specialist.isChecked(),
            is_supervisor=self.is_supervisor.isChecked(),
            supervisor_id=self.supervisor.currentData(),
            weekly_hours_cap=self.hours_cap.value(),
            hire_date=self.hire_date.value(),
            notes=self.notes.toPlainText(),
            credentials=self.credentials.text(),
            credential_number=self.credential_number.text(),
        )

    def login_form(self) -> LoginForm | None:
        on = self.can_sign_in.isChecked()
        if self._login is None and not on:
            return None
        password = self.password.text() if on else ""
        # Combo data comes back as plain text: a StrEnum is stored as a string.
        return LoginForm(
            username=self.username.text(),
            role=Role(self.role.currentData()),
            password=password,
            is_active=on,
        )

    def local_errors(self) -> dict[str, str]:
        if (
            self.can_sign_in.isChecked()
            and self.password.text()
            and self.password.text() != self.password_again.text()
        ):
            return {"password_again": self.tr("The two passwords are not the same.")}
        return {}

    def save(self, session: Session) -> int:
        if self.staff_id is None:
            detail = staff.create_staff(session, self.ctx.actor, self.form(), self.login_form())
        else:
            detail = staff.update_staff(
                session,
                self.ctx.actor,
                self.staff_id,
                self.form(),
                self._version,
                self.login_form(),
            )
        return detail.id
