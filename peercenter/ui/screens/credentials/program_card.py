"""One enrolled program on the Progress tab: its dates, its warnings, and a bar per
requirement with what is done, what is missing, the pace and the projected date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.credentials.program import Period
from peercenter.domain.credentials.progress import RequirementProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import RequirementKind
from peercenter.services.credentials.progress import EnrolledProgress
from peercenter.ui import formatting, theme
from peercenter.ui.screens.credentials.looks import (
    LEVEL_COLORS,
    STATUS_COLORS,
    hours_text,
    level_label,
)

NAME_WIDTH = 250
BAR_STYLE = """
QProgressBar {{ border: 1px solid {border}; border-radius: 4px; background: {base};
    text-align: center; min-height: 16px; max-height: 16px; }}
QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}
"""


def _bar(item: RequirementProgress) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setValue(round(item.fraction * 1000))
    bar.setTextVisible(False)
    bar.setFixedWidth(200)
    color = STATUS_COLORS.get(item.status, theme.ACCENT)
    bar.setStyleSheet(BAR_STYLE.format(border=theme.BORDER, base=theme.BASE, color=color))
    bar.setAccessibleName(
        QCoreApplication.translate("ProgramCard", "{requirement}: {percent} percent").format(
            requirement=item.requirement.name, percent=round(item.fraction * 100)
        )
    )
    return bar


def numbers(item: RequirementProgress, achieved_on: date | None = None) -> str:
    """'34 of 46 h · 12 h missing · 4 h waiting for verification'; 'Met at certification
    (14 Jul 2024)' for a requirement of a credential the person holds, whatever hours
    happen to be on record from before."""
    if item.status is Status.NOT_YET:
        return item.explanation
    if item.status is Status.ACHIEVED:
        if achieved_on is None:
            return QCoreApplication.translate("ProgramCard", "Met at certification")
        return QCoreApplication.translate("ProgramCard", "Met at certification ({date})").format(
            date=formatting.short_date(achieved_on)
        )
    if item.requirement.kind is RequirementKind.SUPERVISION_FREQUENCY:
        weekly = item.requirement.period is Period.WEEK
        parts = [
            QCoreApplication.translate("ProgramCard", "At least once a week")
            if weekly
            else QCoreApplication.translate("ProgramCard", "At least once a month")
        ]
        if item.missed_periods:
            missed = len(item.missed_periods)
            parts.append(
                QCoreApplication.translate("ProgramCard", "%n week(s) missed", "", missed)
                if weekly
                else QCoreApplication.translate("ProgramCard", "%n month(s) missed", "", missed)
            )
        if item.next_due is not None and item.status not in (Status.ENDED, Status.NOT_YET):
            parts.append(
                QCoreApplication.translate("ProgramCard", "next due {date}").format(
                    date=formatting.short_date(item.next_due)
                )
            )
        return " · ".join(parts)
    parts = [
        QCoreApplication.translate("ProgramCard", "{done} of {required}").format(
            done=hours_text(item.completed_minutes) or hours_text(0),
            required=hours_text(item.required_minutes),
        )
    ]
    if item.missing_minutes:
        parts.append(
            QCoreApplication.translate("ProgramCard", "{hours} missing").format(
                hours=hours_text(item.missing_minutes)
            )
        )
    if item.unverified_minutes and not item.status.done:
        parts.append(
            QCoreApplication.translate("ProgramCard", "{hours} waiting for verification").format(
                hours=hours_text(item.unverified_minutes)
            )
        )
    if item.projected_on is not None and not item.status.done:
        parts.append(
            QCoreApplication.translate("ProgramCard", "done around {date}").format(
                date=formatting.short_date(item.projected_on)
            )
        )
    return " · ".join(parts)


class ProgramCard(QFrame):
    edit_requested = Signal(object)  # EnrolledProgress
    renew_requested = Signal(object)
    report_requested = Signal(object, str)  # EnrolledProgress, "pdf" or "csv"

    def __init__(
        self, enrolled: EnrolledProgress, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.enrolled = enrolled
        progress = enrolled.progress
        self.setObjectName("programCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#programCard {{ background: {theme.BASE}; "
            f"border: 1px solid {theme.BORDER}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name = QLabel(progress.program.name)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        name.setFont(font)
        titles.addWidget(name)
        self.state = theme.hint_label(self._state_text())
        titles.addWidget(self.state)
        header.addLayout(titles, 1)
        self.edit_button = QPushButton(self.tr("Edit enrollment…"))
        self.renew_button = QPushButton(self.tr("Record renewal…"))
        self.pdf_button = QPushButton(self.tr("Hours report (PDF)…"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("The same report as a spreadsheet file"))
        for button in (self.edit_button, self.renew_button, self.pdf_button, self.csv_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_button.setVisible(can_manage)
        self.renew_button.setVisible(
            can_manage
            and progress.cycle is not None
            and progress.enrollment.expires_on is not None
            and progress.program.renewal_months is not None
        )
        layout.addLayout(header)

        self.alert_labels = []
        for alert in enrolled.alerts:
            text = within_card(alert.message, progress.program.name)
            label = QLabel(
                self.tr("<b>{level}:</b> {message}").format(
                    level=level_label(alert.level), message=_esc(text)
                )
            )
            label.setWordWrap(True)
            color = LEVEL_COLORS[alert.level]
            label.setStyleSheet(
                f"QLabel {{ color: {color}; border-left: 3px solid {color}; "
                f"padding: 2px 0 2px 8px; }}"
            )
            layout.addWidget(label)
            self.alert_labels.append(label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row, item in enumerate(progress.requirements):
            muted = item.status in (Status.NOT_YET, Status.ENDED)
            title = QLabel(item.requirement.name)
            title.setToolTip(item.explanation)
            title.setWordWrap(True)
            title.setFixedWidth(NAME_WIDTH)  # the same in every card, so the bars line up
            if (
                item.requirement.kind is RequirementKind.SUPERVISION_FREQUENCY
                or item.status is Status.NOT_YET
            ):
                middle: QWidget = QLabel("")
                middle.setFixedWidth(200)
            else:
                middle = _bar(item)
            figures = QLabel(numbers(item, progress.enrollment.achieved_on))
            figures.setToolTip(item.explanation)
            figures.setWordWrap(True)
            status = QLabel(item.status.label)
            status.setToolTip(item.explanation)
            color = theme.MUTED if muted else STATUS_COLORS.get(item.status, theme.TEXT)
            status.setStyleSheet(f"color: {color}; font-weight: 600;")
            if muted:
                for label in (title, figures):
                    label.setStyleSheet(f"color: {theme.MUTED};")
            grid.addWidget(title, row, 0)
            grid.addWidget(middle, row, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(figures, row, 2)
            grid.addWidget(status, row, 3, Qt.AlignmentFlag.AlignRight)
            self.rows.append((title, figures, status))
        layout.addLayout(grid)

        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(enrolled))
        self.renew_button.clicked.connect(lambda: self.renew_requested.emit(enrolled))
        self.pdf_button.clicked.connect(lambda: self.report_requested.emit(enrolled, "pdf"))
        self.csv_button.clicked.connect(lambda: self.report_requested.emit(enrolled, "csv"))

    def _state_text(self) -> str:
        progress = self.enrolled.progress
        facts = progress.enrollment
        parts = [self.tr("Started {date}").format(date=formatting.short_date(facts.started_on))]
        if progress.achieved and facts.achieved_on is not None:
            parts.append(
                self.tr("achieved {date}").format(date=formatting.short_date(facts.achieved_on))
            )
        else:
            parts.append(self.tr("not achieved yet"))
        if progress.cycle is not None:
            parts.append(
                self.tr("renewal due {date}").format(date=formatting.short_date(progress.cycle.due))
            )
        if self.enrolled.credential_number:
            parts.append(self.tr("no. {number}").format(number=self.enrolled.credential_number))
        if progress.program.issuer:
            parts.append(progress.program.issuer)
        return " · ".join(parts)

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each requirement row says: name, figures, status (for tests and readers)."""
        return [(a.text(), b.text(), c.text()) for a, b, c in self.rows]


def within_card(message: str, program: str) -> str:
    """An alert without the program's name in front: the card already names it."""
    if message.startswith(f"{program}: "):
        return message[len(program) + 2 :]
    if message.startswith(f"{program} "):
        rest = message[len(program) + 1 :]
        if rest.startswith("expired"):
            return QCoreApplication.translate("ProgramCard", "This credential {rest}").format(
                rest=rest
            )
        return rest[0].upper() + rest[1:]
    return message


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
