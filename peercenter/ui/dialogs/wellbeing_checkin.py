"""A specialist's check-in: pick a questionnaire, answer it, add a note if they like. A
questionnaire with a scale left short of answers is refused by the service; the reason is
shown under that scale and nothing is saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.guardrails import Level
from peercenter.domain.questionnaires import Item, Questionnaire
from peercenter.services.context import Actor
from peercenter.services.wellbeing import checkins
from peercenter.ui import levels


def error_style() -> str:
    return f"color: {levels.COLORS[Level.RED]};"


class QuestionnaireForm(QWidget):
    """The questions of one questionnaire, grouped by scale, answered with radio buttons laid
    out like the paper form (answer headings repeated where the answer set changes)."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.groups: dict[str, QButtonGroup] = {}
        self.scale_errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(questionnaire.instructions)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        number = 0
        for scale in questionnaire.scales:
            box = QGroupBox(scale.label if len(questionnaire.scales) > 1 else "")
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(10)
            grid.setColumnStretch(0, 1)
            row = 0
            previous: tuple[str, ...] = ()
            for item_id in scale.items:
                item = questionnaire.item(item_id)
                assert item is not None
                labels = tuple(o.label for o in item.options)
                if labels != previous:
                    for col, text in enumerate(labels, start=1):
                        head = QLabel(text)
                        head.setWordWrap(True)
                        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
                        head.setObjectName("hint")
                        head.setMaximumWidth(92)
                        grid.addWidget(head, row, col)
                    row += 1
                    previous = labels
                number += 1
                self._add_item(grid, row, number, item)
                row += 1
            error = QLabel()
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(error, row, 0, 1, len(previous) + 1)
            self.scale_errors[scale.id] = error
            layout.addWidget(box)

    def _add_item(self, grid: QGridLayout, row: int, number: int, item: Item) -> None:
        question = QLabel(f"{number}. {item.text}")
        question.setWordWrap(True)
        grid.addWidget(question, row, 0)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for col, option in enumerate(item.options, start=1):
            button = QRadioButton()
            button.setAccessibleName(
                self.tr("{question} {answer}").format(question=item.text, answer=option.label)
            )
            button.setToolTip(option.label)
            group.addButton(button, option.value)
            grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignCenter)
        self.groups[item.id] = group

    def answers(self) -> dict[str, int | None]:
        return {
            item_id: (group.checkedId() if group.checkedId() != -1 else None)
            for item_id, group in self.groups.items()
        }

    def choose(self, item_id: str, value: int) -> None:
        button = self.groups[item_id].button(value)
        if button is not None:
            button.setChecked(True)

    def show_errors(self, errors: dict[str, str]) -> None:
        for scale_id, label in self.scale_errors.items():
            message = errors.get(f"scale:{scale_id}", "")
            label.setText(message)
            label.setVisible(bool(message))


class WellbeingCheckInDialog(QDialog):
    saved = Signal(object)  # the CheckInRecord

    def __init__(
        self,
        database: Database,
        actor: Actor,
        questionnaires: Sequence[Questionnaire],
        due_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Wellbeing check-in"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        if due_text:
            due = QLabel(due_text)
            due.setWordWrap(True)
            layout.addWidget(due)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Questionnaire"))
        for q in questionnaires:
            self.choice.addItem(q.title, q.id)
        layout.addWidget(self.choice)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.pages = QStackedWidget()
        self.forms: dict[str, QuestionnaireForm] = {}
        for q in questionnaires:
            self.forms[q.id] = QuestionnaireForm(q)
            area = QScrollArea()
            area.setAccessibleName(q.title)
            area.setWidgetResizable(True)
            area.setWidget(self.forms[q.id])
            self.pages.addWidget(area)
        layout.addWidget(self.pages, 1)
        note_label = QLabel(self.tr("Anything you want your supervisor to know (optional):"))
        note_label.setWordWrap(True)
        layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        note_label.setBuddy(self.note)
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save check-in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._show_form)
        self._show_form()

    @property
    def form(self) -> QuestionnaireForm:
        return self.forms[str(self.choice.currentData())]

    def _show_form(self) -> None:
        # Each questionnaire keeps its page, so answers survive switching back and forth.
        self.pages.setCurrentIndex(self.choice.currentIndex())
        self.error.hide()

    def save(self) -> None:
        form = self.form
        request = checkins.CheckInForm(
            form.questionnaire.id, form.answers(), self.note.toPlainText()
        )
        try:
            with self.database.session() as session:
                record = checkins.save_checkin(session, self.actor, request)
        except ValidationError as exc:
            form.show_errors(exc.field_errors)
            short = [k for k in exc.field_errors if k.startswith("scale:")]
            if short and len(form.questionnaire.scales) > 1:
                text = self.tr(
                    "Nothing was saved: some parts need more answers (see under each part)."
                )
            else:
                text = self.tr("Nothing was saved. {problem}").format(problem=exc.message)
            self.error.setText(text)
            self.error.show()
            return
        except PeerCenterError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved.emit(record)
        self.accept()
