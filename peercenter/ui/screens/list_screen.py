"""What every list of records shares (staff, participants, rooms, groups, programs, training
records): a toolbar with an optional search and "show inactive" box, the table, a count line
under it, a refresh that keeps the selected row, buttons whose state follows the selection,
and the record's dialog opened for adding and editing.

A list declares its columns, its list call (``load``), its dialog (``make_dialog``) and the
permission that lets someone add and edit; everything else is written here once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import Column, RowStyle, RowTableModel, make_table_view, selected_row

T = TypeVar("T")

SEARCH_DELAY_MS = 200  # wait for a pause in typing before asking the database


SEARCH_MOST = 360  # pixels: a search field wider than this reads as a text box


class _SearchField(QLineEdit):
    """A list's search: as wide as its hint where the toolbar has room (Spanish hints run
    longer), narrower when the window is (it never makes the window wider)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 44  # clear button
        return QSize(max(hint.width(), min(wanted, SEARCH_MOST)), hint.height())


class ListScreen(Screen, Generic[T]):
    """Subclasses set the class attributes and implement ``load`` and ``make_dialog``; extra
    buttons come from ``row_button`` (acts on the selected row) and ``button``."""

    title: ClassVar[str] = ""  # the page heading; none on a tab page
    accessible_name: ClassVar[str] = ""  # the table's, for screen readers (default: title)
    columns: ClassVar[Sequence[Column[Any]]]
    edit_permission: ClassVar[Permission | None] = None  # None: the services decide per record
    search_hint: ClassVar[str] = ""  # a search field, with this placeholder, when set
    search_in_database: ClassVar[bool] = False  # else the loaded rows are filtered as typed
    # "Nobody matches “…”." when a search finds nothing: QT_TRANSLATE_NOOP under the list's
    # class name, like the other declared words.
    none_found: ClassVar[str] = QT_TRANSLATE_NOOP("ListScreen", "Nothing")
    inactive_label: ClassVar[str] = ""  # a "show inactive" box, with this label, when set
    add_text: ClassVar[str] = QT_TRANSLATE_NOOP("ListScreen", "Add…")
    edit_text: ClassVar[str] = QT_TRANSLATE_NOOP("ListScreen", "Edit…")
    select_first: ClassVar[bool] = False  # select the first row when nothing was selected

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = self.edit_permission is None or ctx.actor.can(self.edit_permission)
        self.dialog: QDialog | None = None
        self._states: list[Callable[[T | None], None]] = []
        if self.title:
            self.page_layout.addWidget(theme.title_label(self.declared(self.title)))

        self.toolbar = QHBoxLayout()
        # Both exist on every list (hidden when not declared), so callers need no checks.
        self.search = _SearchField(self)
        self.search.setPlaceholderText(self.declared(self.search_hint))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.declared(self.search_hint))
        self.search.setMaximumWidth(SEARCH_MOST)
        self.search.updateGeometry()  # its size hint follows the hint just set
        self.show_inactive = QCheckBox(self.declared(self.inactive_label), self)
        for widget, declared in (
            (self.search, self.search_hint),
            (self.show_inactive, self.inactive_label),
        ):
            if declared:
                # No stretch: with one, the search shared the spare room with the spacer and
                # stopped short of its size hint (its whole hint).
                self.toolbar.addWidget(widget)
            else:
                widget.hide()
        if self.search_hint or self.inactive_label:
            self.toolbar.addStretch(1)
        self.page_layout.addLayout(self.toolbar)

        self.model: RowTableModel[T] = RowTableModel(self.table_columns(), self.row_style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.declared(self.accessible_name or self.title))
        self.page_layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.page_layout.addWidget(self.count_label)

        self.add_button = self.button(self.declared(self.add_text), self.add, visible=self.can_edit)
        self.edit_button = self.row_button(
            (
                self.declared(self.edit_text)
                if self.can_edit
                else QCoreApplication.translate("ListScreen", "Open…")
            ),
            self.open_row,
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        if self.search_in_database:
            self.search.textChanged.connect(self._search_timer.start)
            self.search.returnPressed.connect(self.refresh)
        else:
            self.search.textChanged.connect(self._filter)
        self.show_inactive.toggled.connect(self.refresh)
        self.table.activated.connect(lambda _index: self.activate())
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)

    # -- what a list declares ---------------------------------------------------------------

    def load(self, session: Session) -> list[T]:
        """The list call: the rows to show now (``search_text`` and ``include_inactive``
        say what the person asked for)."""
        raise NotImplementedError

    def make_dialog(self, row: T | None) -> QDialog:
        """The dialog that adds a record (``row`` None) or edits or shows one."""
        raise NotImplementedError

    def table_columns(self) -> Sequence[Column[Any]]:
        """The columns, made when the screen is (so their titles can be in the window's
        language); by default the declared ones."""
        return self.columns

    def declared(self, text: str) -> str:
        """Words a list declares, in the window's language: marked with QT_TRANSLATE_NOOP
        under the list's class name, or the shared ones of every list."""
        if not text:
            return text
        own = QCoreApplication.translate(type(self).__name__, text)
        return own if own != text else QCoreApplication.translate("ListScreen", text)

    def row_id(self, row: T) -> int:
        row_id: int = getattr(row, "id")  # noqa: B009 - every service row has one
        return row_id

    def row_style(self, row: T) -> RowStyle | None:
        return None

    def count_words(self, count: int) -> str:
        """ "3 rooms" in the window's language: each list says it with its own plural,
        ``self.tr("%n room(s)", "", count)``."""
        raise NotImplementedError

    def count_text(self, rows: Sequence[T]) -> str:
        total = self.count_words(len(rows))
        search = self.search_text()
        if self.search_in_database and search:
            if rows:
                return QCoreApplication.translate(
                    "ListScreen", "{count} found for “{search}”"
                ).format(count=total, search=search)
            return QCoreApplication.translate(
                "ListScreen", "{nothing} found for “{search}”."
            ).format(nothing=self.declared(self.none_found), search=search)
        shown = self.proxy.rowCount()
        if shown == len(rows):
            return total
        return QCoreApplication.translate("ListScreen", "{shown} of {total} shown").format(
            shown=shown, total=total
        )

    def selection_changed(self, row: T | None) -> None:
        """The selected row changed (None: nothing selected); buttons are already updated."""

    def after_change(self) -> None:
        """A record was saved or changed from this list."""
        self.refresh()

    # -- the plumbing -------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    @property
    def include_inactive(self) -> bool:
        return self.show_inactive.isChecked()

    def button(
        self, text: str, run: Callable[[], object], *, visible: bool = True, at: int | None = None
    ) -> QPushButton:
        """A toolbar button that needs no selection."""
        widget = QPushButton(text)
        widget.clicked.connect(lambda: run())
        widget.setVisible(visible)
        self.toolbar.insertWidget(self.toolbar.count() if at is None else at, widget)
        return widget

    def row_button(
        self,
        text: str,
        run: Callable[[T], object],
        *,
        when: Callable[[T], bool] | None = None,
        label: Callable[[T | None], str] | None = None,
        visible: bool = True,
    ) -> QPushButton:
        """A toolbar button acting on the selected row: enabled while a row is selected (and
        ``when`` allows), its text following the row when ``label`` is given."""
        widget = self.button(text, lambda: self._run_on_selected(run), visible=visible)

        def update(row: T | None) -> None:
            widget.setEnabled(row is not None and (when is None or when(row)))
            if label is not None:
                widget.setText(label(row))

        self._states.append(update)
        update(self.selected())
        return widget

    def _run_on_selected(self, run: Callable[[T], object]) -> None:
        row = self.selected()
        if row is not None:
            run(row)

    def selected(self) -> T | None:
        row: T | None = selected_row(self.table)
        return row

    def select_id(self, record_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.row_id(self.proxy.row_at(proxy_row)) == record_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self.proxy.index(proxy_row, 0))
                return

    def refresh(self) -> None:
        self._search_timer.stop()
        with self.ctx.database.reader() as session:
            rows = self.load(session)
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``, keeping the selected record selected when it is still there."""
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(self.row_id(keep))
        elif self.select_first and rows:
            self.select_id(self.row_id(rows[0]))
        self.count_label.setText(self.count_text(rows))
        self.update_buttons()

    def update_buttons(self) -> None:
        row = self.selected()
        for update in self._states:
            update(row)
        self.selection_changed(row)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.count_label.setText(self.count_text(self.model.rows))

    def activate(self) -> None:
        """A double-click or Enter on a row."""
        self._run_on_selected(self.open_row)

    def add(self) -> None:
        self.open_dialog(None)

    def open_row(self, row: T) -> None:
        self.open_dialog(row)

    def open_dialog(self, row: T | None) -> None:
        try:
            dialog = self.make_dialog(row)
        except PeerCenterError as exc:  # refused, or the record has gone meanwhile
            messages.show_error(self, exc)
            self.after_change()
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: QDialog) -> None:
        self.after_change()
        saved_id = getattr(dialog, "saved_id", None)
        if saved_id is not None:
            self.select_id(saved_id)
        self.after_saving(dialog)

    def after_saving(self, dialog: Any) -> None:
        """The dialog saved and the list shows the record; a list may go on from here."""

    def open_row_by_id(self, record_id: int | None) -> None:
        row = next((r for r in self.model.rows if self.row_id(r) == record_id), None)
        if row is not None:
            self.open_dialog(row)

    def focus_search(self) -> bool:
        """Ctrl+F, from the window: the list's search box, when it has one (else the window
        offers its find bar over the list)."""
        if not self.search_hint:
            return False
        self.search.setFocus()
        self.search.selectAll()
        return True

    def change(self, work: Callable[[Session], object]) -> None:
        """Run one change in one transaction; a refusal is shown, and the list reloads."""
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            work(session)
        self.after_change()
