"""The warning shown when a facilitator is assigned: the guardrail flags the assignment would
bring, before the user confirms. Over a red flag the user must give a reason to go ahead;
the caller records it with ``assignment.confirm`` in the same transaction as the assignment.

    review = review_assignments(self, database, actor, [(staff_id, proposed)], "Evening Group")
    if review is None:
        return                      # cancelled: nothing is assigned
    with database.session() as s:
        ...save the assignment...
        review.record(s, actor)

The group and session dialogs do this through ConfirmingDialog (screens/calendar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.guardrails import Level
from peercenter.domain.guardrails.flags import day_text
from peercenter.services.context import Actor
from peercenter.services.wellbeing import assignment
from peercenter.services.wellbeing.assignment import AssignmentCheck, ProposedSession
from peercenter.ui import levels


@dataclass(frozen=True)
class Decision:
    check: AssignmentCheck
    reason: str


@dataclass(frozen=True)
class GuardrailReview:
    """What the user agreed to for one save: each flagged assignment with its reason."""

    what: str = ""
    decisions: list[Decision] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """The reasons given, in one line (also the reason for the schedule's own warnings)."""
        return "; ".join(dict.fromkeys(d.reason for d in self.decisions if d.reason))

    def record(self, session: Session, actor: Actor) -> None:
        """Write the going-ahead to the audit trail, inside the save's transaction."""
        for decision in self.decisions:
            assignment.confirm(session, actor, decision.check, decision.reason, self.what)


def _when(check: AssignmentCheck) -> str:
    if check.first_day is None or check.last_day is None:
        return ""
    if check.sessions == 1:
        return f"1 session on {day_text(check.first_day)}"
    return (
        f"{check.sessions} sessions from {day_text(check.first_day)} to {day_text(check.last_day)}"
    )


class GuardrailWarningDialog(QDialog):
    def __init__(self, check: AssignmentCheck, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle("Guardrail warning")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.heading = QLabel(
            f"<b>Assigning {check.staff_name}</b> to {what}"
            + (f"<br>{_when(check)}" if _when(check) else "")
        )
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.summary = QFrame()
        self.summary.setObjectName("guardrailSummary")
        self.summary.setStyleSheet(
            f"QFrame#guardrailSummary {{ background: {levels.SOFT[check.level]}; "
            f"border-left: 4px solid {levels.COLORS[check.level]}; }}"
        )
        strip = QVBoxLayout(self.summary)
        self.summary_label = QLabel(self._summary_text())
        self.summary_label.setWordWrap(True)
        strip.addWidget(self.summary_label)
        layout.addWidget(self.summary)

        self.flags = QStandardItemModel(self)
        for flag in check.flags:
            note = (
                ""
                if check.is_caused(flag)
                else f" ({flag.level.value} already, without this assignment)"
            )
            item = QStandardItem(
                levels.dot(flag.level), f"{flag.level.label}: {flag.message}{note}"
            )
            item.setEditable(False)
            item.setData(flag.rule, Qt.ItemDataRole.UserRole)
            self.flags.appendRow(item)
        self.flag_list = QListView()
        self.flag_list.setModel(self.flags)
        self.flag_list.setWordWrap(True)
        self.flag_list.setUniformItemSizes(False)
        self.flag_list.setSpacing(3)
        self.flag_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.flag_list.setAccessibleName("Guardrail flags")
        layout.addWidget(self.flag_list, 1)

        required = check.needs_reason
        self.reason_label = QLabel(
            "Why go ahead anyway? (required)" if required else "Why go ahead anyway? (optional)"
        )
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName("Reason")
        self.reason.setPlaceholderText(
            "For example: the only trained facilitator; agreed with the supervisor."
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
            "Assign anyway", QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        cancel.setFocus()

    def _summary_text(self) -> str:
        name = self.check.staff_name
        if self.check.level is Level.RED:
            return (
                f"This assignment would put {name} over a red guardrail. Going ahead needs "
                "a reason, which is kept in the audit trail."
            )
        return f"Check this before going ahead: the assignment brings {name} close to a limit."

    @property
    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.check.needs_reason and not self.reason_text:
            self.error.setText("Give a reason to go ahead over a red flag, or cancel.")
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()

    def decision(self) -> Decision:
        return Decision(self.check, self.reason_text)


def review_assignment(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    staff_id: int,
    proposed: Sequence[ProposedSession],
    what: str,
) -> Decision | None:
    """Check a proposed assignment and, when it raises flags, ask. Returns the decision to
    record (green ones need no question), or None when the user cancelled."""
    with database.reader() as session:
        check = assignment.check_assignment(session, actor, staff_id, proposed)
    if check.level is Level.GREEN:
        return Decision(check, "")
    dialog = GuardrailWarningDialog(check, what, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.decision()
    finally:
        dialog.deleteLater()


def review_assignments(
    parent: QWidget | None,
    database: Database,
    actor: Actor,
    assignments: Sequence[tuple[int, Sequence[ProposedSession]]],
    what: str,
) -> GuardrailReview | None:
    """Ask about each facilitator's new sessions in turn. None when the user cancelled one;
    otherwise the review to record with the save. A check that cannot run (a form not yet
    valid) asks nothing: the save itself reports what is wrong."""
    decisions = []
    for staff_id, proposed in assignments:
        try:
            decision = review_assignment(parent, database, actor, staff_id, proposed, what)
        except PeerCenterError:
            continue
        if decision is None:
            return None
        if decision.check.level is not Level.GREEN:
            decisions.append(decision)
    return GuardrailReview(what, decisions)
