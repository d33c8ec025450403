"""A message strip inside a dialog or screen, with an optional action button (Reload)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from peercenter.ui import theme


class Banner(QFrame):
    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("tone", "error")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self._label = QLabel()
        self._label.setWordWrap(True)
        layout.addWidget(self._label, 1)
        self._button = QPushButton()
        self._button.clicked.connect(self.action)
        layout.addWidget(self._button)
        self._button.hide()
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text() if not self.isHidden() else ""

    @property
    def button(self) -> QPushButton:
        return self._button

    def show_message(self, text: str, tone: str = "error", action: str = "") -> None:
        self.setProperty("tone", tone)
        theme.restyle(self)
        self._label.setText(text)
        self._button.setText(action)
        self._button.setVisible(bool(action))
        self.show()

    def clear(self) -> None:
        self._label.clear()
        self._button.hide()
        self.hide()
