"""Choose one participant by typing part of their name; optionally with the dates of an
enrollment, and optionally adding someone new ("New person…").

The search has the focus. Enter takes a person only when one is found, or when exactly one
is named as typed ('Alex M.'); otherwise the list says how many match, and Down moves into
it to choose one with Enter. Namesakes are told apart in the list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.permissions import Permission
from peercenter.services import participants
from peercenter.services.participants import ParticipantRow
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.optional_date import OptionalDateEdit, date_edit, from_qdate, to_qdate

COLUMNS: list[Column[ParticipantRow]] = [
    Column(QT_TRANSLATE_NOOP("ParticipantPicker", "Name"), lambda p: p.label, stretch=True)
]


def _exact(rows: list[ParticipantRow], text: str) -> list[ParticipantRow]:
    typed = " ".join(text.split()).casefold()
    return [r for r in rows if typed in (r.label.casefold(), r.display_name.casefold())]


class ParticipantPicker(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        title: str,
        parent: QWidget | None = None,
        *,
        with_dates: date | None = None,
        exclude: set[int] | None = None,
        allow_new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude or set()
        self.chosen_id: int | None = None
        self.new_person_dialog: QDialog | None = None
        self.setWindowTitle(title)
        self.resize(440, 460)
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the name, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find participant"))
        layout.addWidget(self.search)
        columns = [
            replace(c, title=QCoreApplication.translate("ParticipantPicker", c.title))
            for c in COLUMNS
        ]
        self.model: RowTableModel[ParticipantRow] = RowTableModel(columns, parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Participants found"))
        layout.addWidget(self.table, 1)
        self.first: QWidget | None = None
        self.until: OptionalDateEdit | None = None
        if with_dates is not None:
            form = QFormLayout()
            self.first = date_edit()
            self.first.setDate(to_qdate(with_dates))
            self.until = OptionalDateEdit(self.tr("Ends on"), default=with_dates)
            form.addRow(self.tr("From"), self.first)
            form.addRow(self.tr("Until"), self.until)
            layout.addLayout(form)
        self.hint = theme.hint_label("")
        self.hint.setAccessibleName(self.tr("Search result"))
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.new_button = QPushButton(self.tr("&New person…"))
        self.new_button.setToolTip(self.tr("Add someone who is not in PeerCenter yet (Alt+N)"))
        can_add = allow_new and ctx.actor.can(Permission.EDIT_PARTICIPANTS)
        self.new_button.setVisible(can_add)
        if can_add:
            buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter in the search must never take whoever happens to be first in the list.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.add_new_person)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.installEventFilter(self)
        self.table.activated.connect(lambda _i: self._ok())
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        self._timer.stop()
        with self.ctx.database.reader() as session:
            rows = participants.search(session, self.ctx.actor, self.search.text())
        rows = [r for r in rows if r.id not in self.exclude]
        self.model.set_rows(rows)
        typed = self.search.text().strip()
        if not rows:
            if not typed:
                found = self.tr("Nobody to choose.")
            elif self.new_button.isHidden():
                found = self.tr("Nobody found for “{typed}”.").format(typed=typed)
            else:
                found = self.tr("Nobody found for “{typed}”. Add them with New person…").format(
                    typed=typed
                )
            self.hint.setText(found)
        elif typed and len(rows) > 1:
            self.hint.setText(
                self.tr(
                    "%n people match: press Down to choose one, or type more of the name.",
                    "",
                    len(rows),
                )
            )
        else:
            self.hint.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()  # and nothing else: the dialog's buttons never hear it
                return True
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                if self._timer.isActive():
                    self.refresh()
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        """Enter in the search: only an exact or single match is taken."""
        self.refresh()
        rows = self.model.rows
        exact = _exact(rows, self.search.text())
        if len(rows) == 1 or len(exact) == 1:
            self._take(rows[0] if len(rows) == 1 else exact[0])

    def _take(self, row: ParticipantRow) -> None:
        self.chosen_id = row.id
        self.accept()

    def chosen(self) -> ParticipantRow | None:
        """The person taken, when it was from the list (None for someone just added)."""
        return next((r for r in self.model.rows if r.id == self.chosen_id), None)

    def dates(self) -> tuple[date, date | None]:
        assert self.first is not None and self.until is not None
        return from_qdate(self.first.date()), self.until.value()  # type: ignore[attr-defined]

    def _ok(self) -> None:
        row = selected_row(self.table)
        if not isinstance(row, ParticipantRow) or not self.table.selectionModel().hasSelection():
            self.banner.show_message(self.tr("Choose a participant from the list."))
            return
        self._take(row)

    def add_new_person(self) -> None:
        """The participant form, with the name typed so far; saved, that person is taken (or
        the existing record the form found instead)."""
        from peercenter.ui.dialogs.participant import ParticipantDialog

        typed = self.search.text().strip()
        dialog = ParticipantDialog(self.ctx, None, self, preferred_name=typed)
        self.new_person_dialog = dialog
        dialog.accepted.connect(lambda: self._new_person_saved(dialog))
        dialog.open()

    def _new_person_saved(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved_id", None)
        if saved is None:
            return
        if saved in self.exclude:
            self.banner.show_message(self.tr("That person is already on the list."))
            return
        self.chosen_id = int(saved)
        self.accept()
