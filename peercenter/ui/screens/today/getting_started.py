"""What a brand-new center sees on Today instead of an empty table: the few things to set up
first, each with the button that does it, and what is done already."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peercenter.domain.permissions import Permission
from peercenter.services.context import Actor
from peercenter.services.today import SetupCounts
from peercenter.ui import theme

DONE, TO_DO = "✓", "•"


class GettingStarted(QWidget):
    """``go_to`` asks for another screen; ``new_group`` and ``import_file`` ("participants" or
    "groups") for the dialogs Today opens itself."""

    go_to = Signal(str)
    new_group = Signal()
    import_file = Signal(str)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Getting started"))
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 12, 24, 12)
        content = QWidget()
        content.setMaximumWidth(760)  # the buttons stay near what they do
        page.addWidget(content)
        page.addStretch(1)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(theme.section_label(self.tr("Getting started")))
        outer.addWidget(
            theme.hint_label(
                self.tr(
                    "Nothing is planned here yet. Once the center has rooms, staff and a first "
                    "group, Today lists each day's sessions, with attendance and printing."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        outer.addLayout(grid)
        self.marks: dict[str, QLabel] = {}
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        steps = (
            (
                "rooms",
                self.tr("Add the rooms groups meet in"),
                self.tr("Rooms…"),
                Permission.MANAGE_ROOMS,
            ),
            (
                "staff",
                self.tr("Add the staff who lead groups, each with their own login"),
                self.tr("Staff…"),
                Permission.MANAGE_STAFF,
            ),
            (
                "group",
                self.tr("Create a first group"),
                self.tr("New group…"),
                Permission.MANAGE_SCHEDULE,
            ),
            (
                "import_groups",
                self.tr("Or bring the groups from a spreadsheet"),
                self.tr("Import groups…"),
                Permission.MANAGE_SCHEDULE,
            ),
            (
                "import_participants",
                self.tr("Bring the participants from a spreadsheet"),
                self.tr("Import participants…"),
                Permission.EDIT_PARTICIPANTS,
            ),
        )
        for row, (key, text, button_text, permission) in enumerate(steps):
            mark = QLabel(TO_DO)
            mark.setObjectName("sectionTitle")
            label = QLabel(text)
            label.setWordWrap(True)
            state = theme.hint_label("")
            button = QPushButton(button_text)
            button.setAccessibleName(
                self.tr("{button}: {step}").format(button=button_text.rstrip("…"), step=text)
            )
            allowed = actor.can(permission)
            button.setVisible(allowed)
            if not allowed:
                state.setText(self.tr("An administrator does this.") if key == "staff" else "")
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            grid.addWidget(state, row, 2)
            grid.addWidget(button, row, 3)
            self.marks[key], self.states[key], self.buttons[key] = mark, state, button
        grid.setColumnStretch(1, 1)
        self.buttons["rooms"].clicked.connect(lambda: self.go_to.emit("rooms"))
        self.buttons["staff"].clicked.connect(lambda: self.go_to.emit("staff"))
        self.buttons["group"].clicked.connect(self.new_group)
        self.buttons["import_groups"].clicked.connect(lambda: self.import_file.emit("groups"))
        self.buttons["import_participants"].clicked.connect(
            lambda: self.import_file.emit("participants")
        )

    def show_counts(self, counts: SetupCounts) -> None:
        done = {
            "rooms": self.tr("%n room(s) so far", "", counts.rooms),
            "staff": self.tr("%n person(s) so far", "", counts.staff),
            "group": self.tr("%n group(s) so far", "", counts.groups),
            "import_participants": self.tr("%n participant(s) so far", "", counts.participants),
        }
        how_many = {
            "rooms": counts.rooms,
            "staff": counts.staff - 1,  # the first administrator is there from the start
            "group": counts.groups,
            "import_participants": counts.participants,
        }
        for key, text in done.items():
            finished = how_many[key] > 0
            self.marks[key].setText(DONE if finished else TO_DO)
            if finished:
                self.states[key].setText(text)

    def first_button(self) -> QPushButton | None:
        return next((b for b in self.buttons.values() if not b.isHidden()), None)
