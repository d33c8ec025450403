"""Table plumbing every list screen shares: columns declared as data, one generic row model,
one sort/filter proxy that sorts by value (dates and numbers, not their text), and a view
set up the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from peercenter.ui import theme

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row. ``sort`` gives the value to order by; without it the
    lower-cased text is used."""

    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    decoration: Callable[[T], QIcon | QColor | None] | None = None
    tooltip: Callable[[T], str] | None = None
    width: int | None = None  # until the first rows arrive; then the contents decide
    stretch: bool = False  # takes the room left over (and gives it up first when narrow)


@dataclass(frozen=True)
class RowStyle:
    """A whole row drawn differently: greyed out (cancelled, inactive), italic, a tooltip."""

    muted: bool = False
    italic: bool = False
    tooltip: str = ""


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of plain service dataclasses shown through a list of ``Column``s. Read-only: edits
    go through dialogs and the services."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        row_style: Callable[[T], RowStyle | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._row_style = row_style
        self._muted = QBrush(QColor(theme.MUTED))

    @property
    def columns(self) -> list[Column[T]]:
        return self._columns

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> T:
        return self._rows[row]

    def column_index(self, title: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.title == title)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return column.align
        return None

    def sort_value(self, row: int, column: int) -> Any:
        col = self._columns[column]
        item = self._rows[row]
        return col.sort(item) if col.sort is not None else col.text(item).casefold()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), index.column())
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(item)
        style = self._row_style(item) if self._row_style else None
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [column.tooltip(item) if column.tooltip else "", style.tooltip if style else ""]
            return "\n".join(p for p in parts if p) or None
        if style is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and style.muted:
            return self._muted
        if role == Qt.ItemDataRole.FontRole and style.italic:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _ordered(value: Any) -> tuple[int, Any]:
    """Empty values sort after real ones; numbers, dates and text never compare with each
    other because each column gives one kind."""
    if value is None or value == "":
        return (1, 0)
    if isinstance(value, datetime | date):
        return (0, value.isoformat())
    return (0, value)


class SortProxy(QSortFilterProxyModel):
    """The one sort/filter proxy: orders by each column's sort value and filters on the
    text of every column, ignoring case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            a = _ordered(source.sort_value(left.row(), left.column()))
            b = _ordered(source.sort_value(right.row(), right.column()))
            try:
                return bool(a < b)
            except TypeError:
                return str(a) < str(b)
        return super().lessThan(left, right)

    def row_at(self, proxy_row: int) -> Any:
        """The source row object behind a visible row."""
        return self.index(proxy_row, 0).data(ROW_ROLE)


MIN_COLUMN_WIDTH = 56
MAX_COLUMN_WIDTH = 240


def make_table_view(
    model: RowTableModel[Any], parent: QWidget | None = None
) -> tuple[QTableView, SortProxy]:
    """A read-only, sortable, row-selecting table over ``model`` through a ``SortProxy``.
    Column widths follow the contents the first time rows arrive; after that they are the
    user's to change."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order at first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(LEFT)
    header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
    stretching = [i for i, column in enumerate(model.columns) if column.stretch]
    header.setStretchLastSection(not stretching)
    for i in stretching:
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    for i, column in enumerate(model.columns):
        if column.width is not None and not column.stretch:
            view.setColumnWidth(i, column.width)

    fitted = False

    def fit_once() -> None:
        nonlocal fitted
        if not fitted and model.rowCount() > 0:
            fitted = True
            fit_columns(view, model)

    model.modelReset.connect(fit_once)
    return view, proxy


def fit_columns(view: QTableView, model: RowTableModel[Any]) -> None:
    """Size each column to its title and visible contents, within sensible limits. The
    header's own size hint is not used: it reserves room for a sort arrow on every column."""
    header = view.horizontalHeader()
    # Titles are drawn semi-bold by the style sheet; measure them that way.
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    last = len(model.columns) - 1
    for i, column in enumerate(model.columns):
        if column.stretch or (i == last and header.stretchLastSection()):
            continue
        title = metrics.horizontalAdvance(column.title) + 24  # the header's padding
        # The cells' style-sheet padding (6 px each side) is not in the size hint.
        width = max(view.sizeHintForColumn(i) + 12, title)
        view.setColumnWidth(i, max(MIN_COLUMN_WIDTH, min(width, MAX_COLUMN_WIDTH)))


def selected_row(view: QTableView) -> Any:
    """The row object of the current selection, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None
