"""The topics as a table: title, language, where the text comes from, and any problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from peercenter.domain.handout_content import LANGUAGES
from peercenter.services.handouts.topics import TopicRow

TITLE, LANGUAGE, SOURCE, PROBLEM = range(4)
HEADERS = ("Topic", "Language", "Text", "Can it print?")
Index = QModelIndex | QPersistentModelIndex


def source_label(row: TopicRow) -> str:
    if row.is_builtin:
        return "As shipped"
    return "Edited here" if row.has_shipped_text else "Written here"


class TopicTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TopicRow] = []

    def set_rows(self, rows: list[TopicRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.title, LANGUAGES.get(row.language, row.language), source_label(row),
                    f"No: {row.problem}" if row.problem else "Yes")[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def row_for(self, topic_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == topic_id), -1)
