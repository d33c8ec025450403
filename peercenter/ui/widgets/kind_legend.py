"""The key to the calendar: each kind of group with its shape and colour, in words, so that
nobody has to tell kinds apart by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from peercenter.domain.enums import GroupKind
from peercenter.ui import theme
from peercenter.ui.kind_colors import draw_kind_mark, kind_short_label


class KindMark(QWidget):
    """One kind's shape, painted at the screen's own resolution."""

    def __init__(self, kind: GroupKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        side = self.fontMetrics().height() * 3 // 4
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_kind_mark(painter, QRectF(self.rect()), self.kind)
        painter.end()


class KindLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Kinds of group"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(theme.hint_label(self.tr("Kinds:")))
        self.labels: dict[GroupKind, QLabel] = {}
        for kind in GroupKind:
            mark = KindMark(kind)
            label = QLabel(kind_short_label(kind))
            label.setToolTip(kind.label)
            layout.addSpacing(6)
            layout.addWidget(mark)
            layout.addWidget(label)
            self.labels[kind] = label
        layout.addStretch(1)
