"""Ctrl+F on a list that has no search box of its own: a find bar under the list that keeps
the rows containing what is typed (in any column, any case). Enter goes to the first row
found, Esc empties the bar and hides it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QToolButton, QWidget

from peercenter.ui import theme


class FindBar(QWidget):
    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = view.model()
        if not isinstance(model, QSortFilterProxyModel):
            raise TypeError("a find bar needs a list that can be filtered")
        self.view, self.proxy = view, model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in the list (Esc closes)"))
        self.field.setAccessibleName(
            self.tr("Find in {list}").format(list=view.accessibleName())
            if view.accessibleName()
            else self.tr("Find in the list")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.count = theme.hint_label("")
        self.count.setWordWrap(False)
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self._to_list)
        self.close_button.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.field.clear()
        self.hide()
        self.view.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        shown, total = self.proxy.rowCount(), self.proxy.sourceModel().rowCount()
        self.count.setText(
            self.tr("{shown} of %n row(s) shown", "", total).format(shown=shown)
            if text.strip()
            else ""
        )

    def _to_list(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close_bar()
            return True
        return super().eventFilter(watched, event)
