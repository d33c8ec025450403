"""The warnings a change to the schedule brings, as the service returned them (a facilitator's
hours over their cap, the guardrail flags of a newly assigned facilitator), shown before
anything is saved. Over a red one the user must give a reason to go ahead; the answer goes
back to the service as a ``Confirmation``, which decides and audits it with the change.

    confirmation = ask_to_go_ahead(self, outcome.warnings, "Evening Group")
    if confirmation is None:
        return                      # stepped back: nothing is saved
    ...submit the change again with the confirmation...
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.confirmation import MAX_REASON, Confirmation, ScheduleWarning
from peercenter.domain.guardrails import Level
from peercenter.ui import levels
from peercenter.ui.language import QT_TRANSLATE_NOOP

# "Red: 52 hours this week"; a flag that was there before this change says so.
FLAG_TEXT = {
    Level.GREEN: QT_TRANSLATE_NOOP("GuardrailWarningDialog", "Green: {message}"),
    Level.AMBER: QT_TRANSLATE_NOOP("GuardrailWarningDialog", "Amber: {message}"),
    Level.RED: QT_TRANSLATE_NOOP("GuardrailWarningDialog", "Red: {message}"),
}
ALREADY = {
    Level.GREEN: QT_TRANSLATE_NOOP(
        "GuardrailWarningDialog", "Green: {message} (green already, without this change)"
    ),
    Level.AMBER: QT_TRANSLATE_NOOP(
        "GuardrailWarningDialog", "Amber: {message} (amber already, without this change)"
    ),
    Level.RED: QT_TRANSLATE_NOOP(
        "GuardrailWarningDialog", "Red: {message} (red already, without this change)"
    ),
}


def _people(warnings: Sequence[ScheduleWarning]) -> dict[int, list[ScheduleWarning]]:
    """The warnings by person, in the order the people first come."""
    out: dict[int, list[ScheduleWarning]] = {}
    for w in warnings:
        out.setdefault(w.staff_id, []).append(w)
    return out


def _names(warnings: Sequence[ScheduleWarning]) -> str:
    names = list(dict.fromkeys(w.staff_name for w in warnings))
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("GuardrailWarningDialog", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


class GuardrailWarningDialog(QDialog):
    def __init__(
        self, warnings: Sequence[ScheduleWarning], what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.warnings = list(warnings)
        self.level = max(
            (w.level for w in self.warnings), key=lambda level: level.rank, default=Level.GREEN
        )
        self.needs_reason = any(w.needs_reason for w in self.warnings)
        self.setWindowTitle(self.tr("Guardrail warning"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.heading = QLabel(self.tr("<b>{what}</b>: check before saving").format(what=what))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.summary = QFrame()
        self.summary.setObjectName("guardrailSummary")
        self.summary.setStyleSheet(
            f"QFrame#guardrailSummary {{ background: {levels.SOFT[self.level]}; "
            f"border-left: 4px solid {levels.COLORS[self.level]}; }}"
        )
        strip = QVBoxLayout(self.summary)
        self.summary_label = QLabel(self._summary_text())
        self.summary_label.setWordWrap(True)
        strip.addWidget(self.summary_label)
        layout.addWidget(self.summary)

        self.flags = QStandardItemModel(self)
        bold = QFont()
        bold.setBold(True)
        for mine in _people(self.warnings).values():
            first = mine[0]
            person = QStandardItem(
                f"{first.staff_name}: {first.assignment}" if first.assignment else first.staff_name
            )
            person.setFont(bold)
            person.setEditable(False)
            person.setSelectable(False)
            self.flags.appendRow(person)
            for w in mine:
                text = FLAG_TEXT[w.level] if w.caused else ALREADY[w.level]
                item = QStandardItem(
                    levels.dot(w.level),
                    QCoreApplication.translate("GuardrailWarningDialog", text).format(
                        message=w.message
                    ),
                )
                item.setEditable(False)
                item.setData(w.rule, Qt.ItemDataRole.UserRole)
                self.flags.appendRow(item)
        self.flag_list = QListView()
        self.flag_list.setModel(self.flags)
        self.flag_list.setWordWrap(True)
        self.flag_list.setUniformItemSizes(False)
        self.flag_list.setSpacing(3)
        self.flag_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.flag_list.setAccessibleName(self.tr("Warnings"))
        layout.addWidget(self.flag_list, 1)

        self.reason_label = QLabel(
            self.tr("Why go ahead anyway? (required)")
            if self.needs_reason
            else self.tr("Why go ahead anyway? (optional)")
        )
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("For example: the only trained facilitator; agreed with the supervisor.")
        )
        self.reason.setFixedHeight(64)
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        self.reason_label.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(f"color: {levels.COLORS[Level.RED]};")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.assign_button = self.buttons.addButton(
            self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        cancel.setFocus()

    def _summary_text(self) -> str:
        red = [w for w in self.warnings if w.needs_reason]
        if red:
            return self.tr(
                "This would put {names} over a red guardrail. Going ahead needs a reason, which "
                "is kept in the audit trail."
            ).format(names=_names(red))
        return self.tr(
            "Check this before going ahead: the change brings {names} close to a limit."
        ).format(names=_names(self.warnings))

    @property
    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.needs_reason and not self.reason_text:
            self._refuse(self.tr("Give a reason to go ahead over a red flag, or cancel."))
            return
        if len(self.reason_text) > MAX_REASON:
            self._refuse(
                self.tr("The reason is too long (at most {count} characters).").format(
                    count=MAX_REASON
                )
            )
            return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.reason.setFocus()

    def confirmation(self) -> Confirmation:
        """Going ahead over exactly the warnings shown, with the reason given."""
        return Confirmation.of(self.warnings, self.reason_text)


def ask_to_go_ahead(
    parent: QWidget | None, warnings: Sequence[ScheduleWarning], what: str
) -> Confirmation | None:
    """Show the warnings; the confirmation to submit again with, or None when the user
    stepped back."""
    dialog = GuardrailWarningDialog(warnings, what, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.confirmation()
    finally:
        dialog.deleteLater()
