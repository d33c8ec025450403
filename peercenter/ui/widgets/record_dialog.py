"""The shape every add/edit dialog shares: a message banner, form sections with errors beside
the fields, Save and Cancel. Each Save is one unit of work, so nothing is half-written; when
someone else saved the record first, the banner offers to reload it.

From the keyboard: the dialog opens with the focus in its first field, Enter saves (Ctrl+Enter
from a multi-line field), Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.errors import ConcurrentEditError, PeerCenterError, ValidationError
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.form import FormFields

T = TypeVar("T")
FIX_FIELDS = "Please fix the fields marked in red."


class RecordDialog(QDialog):
    """Subclasses build their sections in ``__init__`` (``add_section``), then call
    ``load()``; they implement ``load`` and ``save``."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self._sections: list[FormFields] = []
        self._focused_once = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        self.banner = Banner()
        self.banner.action.connect(self.banner_action)
        outer.addWidget(self.banner)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(28)
        outer.addLayout(self.columns, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        for button in (self.save_button, self.cancel_button):
            button.setIcon(QIcon())  # the style's floppy disk and red cross look dated
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_from_keyboard)

    def add_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.columns.addLayout(column, 1)
        return column

    def add_section(self, column: QVBoxLayout, title: str) -> FormFields:
        column.addWidget(theme.section_label(title))
        fields = FormFields()
        fields.layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(fields.layout)
        fields.on_error_cleared = self._error_cleared
        fields.on_error_shown = self.make_room
        self._sections.append(fields)
        return fields

    def first_field(self) -> QWidget | None:
        for fields in self._sections:
            widget = fields.first_field()
            if widget is not None:
                return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            # Once the dialog is up: Qt gives the focus to a button while it shows it.
            QTimer.singleShot(0, self, self.focus_first_field)

    def focus_first_field(self) -> None:
        """Never on Save: a Space typed straight away must not save a blank form. Enter
        still saves, from any field."""
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.save_button.isVisible():
            self.save_button.setDefault(True)

    def make_room(self) -> None:
        """Messages appeared under fields (or in the banner): the dialog grows to show them
        rather than squeezing the fields. Qt does not do it by itself for forms whose lines
        wrap. Done once the layout has taken the new lines in."""
        QTimer.singleShot(0, self, self._grow_to_fit)

    def _grow_to_fit(self) -> None:
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = max(layout.totalMinimumSize().height(), layout.totalSizeHint().height())
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(self.width()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            needed = min(needed, screen.height())
        if needed > self.height():
            self.resize(self.width(), needed)
            if screen is not None and self.frameGeometry().bottom() > screen.bottom():
                self.move(
                    self.x(), max(screen.top(), screen.bottom() - self.frameGeometry().height())
                )

    def _save_from_keyboard(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.submit()

    def _error_cleared(self) -> None:
        """The last field error was fixed: the banner's 'fix the fields' goes too."""
        fixed = not any(fields.has_errors() for fields in self._sections)
        if fixed and self.banner.text == FIX_FIELDS:
            self.banner.clear()

    def error_text(self, name: str) -> str:
        """The message shown beside a field (for any section), or ""."""
        for fields in self._sections:
            if fields.has(name):
                return fields.error_text(name)
        return ""

    # -- what subclasses provide -----------------------------------------------------------

    def load(self) -> None:
        """Fill the fields from the database (and remember the record's version)."""
        raise NotImplementedError

    def save(self, session: Session) -> int:
        """Write the form in ``session``; return the record id."""
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        """Problems the dialog itself can see, such as a repeated password that differs."""
        return {}

    # -- the shared behaviour --------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field; what no field can show goes in the banner."""
        unplaced = dict(errors)
        for fields in self._sections:
            mine = {k: v for k, v in unplaced.items() if fields.has(k)}
            left = fields.show_errors(mine)
            unplaced = {k: v for k, v in unplaced.items() if k not in mine or k in left}
        if unplaced:
            self.banner.show_message(" ".join(unplaced.values()))
        elif len(errors) > 1:
            self.banner.show_message(FIX_FIELDS)
        else:
            self.banner.clear()
        self.make_room()
        for fields in self._sections:
            widget = fields.first_error_widget()
            if widget is not None:
                widget.setFocus()
                break

    def clear_errors(self) -> None:
        for fields in self._sections:
            fields.clear_errors()
        self.banner.clear()

    def submit(self) -> None:
        self.clear_errors()
        problems = self.local_errors()
        if problems:
            self.show_errors(problems)
            return
        saved = self.write(self.save)
        if saved is not None:
            self.saved_id = saved
            self.accept()

    def write(self, work: Callable[[Session], T]) -> T | None:
        """Run ``work`` as one unit of work. A refusal is shown (beside the fields, or in
        the banner) and gives None; nothing of it is kept."""
        try:
            with self.ctx.database.session() as session:
                return work(session)
        except ValidationError as exc:
            self.show_errors(exc.field_errors or {"": exc.message})
        except ConcurrentEditError as exc:
            self.banner.show_message(exc.message, action="Reload")
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
        return None

    def banner_action(self) -> None:
        """The banner's button: Reload after someone else saved first; a dialog that offers
        something else there says what."""
        self.reload()

    def reload(self) -> None:
        """Throw away what is typed and show the record as it is in the database now."""
        self.clear_errors()
        try:
            self.load()
        except PeerCenterError as exc:
            self.banner.show_message(exc.message)
