"""The shape every add/edit dialog shares: a message banner, form sections with errors beside
the fields, Save and Cancel. Each Save is one unit of work, so nothing is half-written; when
someone else saved the record first, the banner offers to reload it.

A form watching its record (``watch_record``) says so when the record is saved on another
computer while it is open, and keeps what was typed: nothing is reloaded under the typing.

From the keyboard: the dialog opens with the focus in its first field, Enter saves (Ctrl+Enter
from a multi-line field), Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.db.changes import Change
from peercenter.domain.errors import ConcurrentEditError, PeerCenterError, ValidationError
from peercenter.services import versions
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.live import follow, live_refresh
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.form import FormFields

T = TypeVar("T")
# The banner's messages, translated where shown (``say``).
FIX_FIELDS = QT_TRANSLATE_NOOP("RecordDialog", "Please fix the fields marked in red.")
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "RecordDialog",
    "This record was changed on another computer since you opened it. What you typed is "
    "still here, but saving it would be refused: note what you need, then Reload to see "
    "their changes.",
)
REMOVED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "RecordDialog", "This record was removed on another computer; it can no longer be saved."
)


def say(message: str) -> str:
    """One of the messages above in the window's language."""
    return QCoreApplication.translate("RecordDialog", message)


def reload_text() -> str:
    return QCoreApplication.translate("RecordDialog", "Reload")


class RecordDialog(QDialog):
    """Subclasses build their sections in ``__init__`` (``add_section``), then call
    ``load()``; they implement ``load`` and ``save``."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self._sections: list[FormFields] = []
        self.section_titles: dict[str, QWidget] = {}  # to hide a section with its fields
        self._focused_once = False
        self._watched: tuple[str, int, int] | None = None  # table, id, version loaded
        self._following: set[str] = set()
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

    def add_section(self, column: QVBoxLayout, title: str, key: str = "") -> FormFields:
        """A titled form in ``column``; ``section_titles`` knows its title by ``key`` (a
        name that stays the same in every language), else by the title shown."""
        label = theme.section_label(title)
        self.section_titles[key or title] = label
        column.addWidget(label)
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
        if fixed and self.banner.text == say(FIX_FIELDS):
            self.banner.clear()

    def error_text(self, name: str) -> str:
        """The message shown beside a field (for any section), or ""."""
        for fields in self._sections:
            if fields.has(name):
                return fields.error_text(name)
        return ""

    # -- the record changed elsewhere --------------------------------------------------------

    def watch_record(self, table: str, record_id: int | None, version: int | None) -> None:
        """Called by ``load``: the record the form shows (a table of
        services.versions.WATCHED) and the version it loaded. A new record (no id yet) has
        nothing to watch."""
        if record_id is None or version is None:
            self._watched = None
            return
        self._watched = (table, record_id, version)
        if table not in self._following:
            self._following.add(table)
            follow(self, self.ctx.live, frozenset({table}), self._record_changed)

    def _record_changed(self, change: Change) -> None:
        if self._watched is None:
            return
        table, record_id, loaded = self._watched
        now: list[int | None] = []

        def read() -> None:
            with self.ctx.database.reader() as session:
                now.append(versions.current_version(session, self.ctx.actor, table, record_id))

        if live_refresh(read) or now[0] == loaded:
            return  # unreadable for a moment, or a change to another record of the table
        if now[0] is None:
            self.banner.show_message(say(REMOVED_ELSEWHERE), tone="info")
        else:
            self.banner.show_message(say(CHANGED_ELSEWHERE), tone="info", action=reload_text())
        self.make_room()

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
            self.banner.show_message(say(FIX_FIELDS))
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
            self.banner.show_message(exc.message, action=reload_text())
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
