"""The registry of screens and the sidebar that lists them.

Adding a screen is one line in ``SCREENS``: the module is imported only when the screen is
first opened, so a screen nobody opens costs nothing at start-up."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from peercenter.domain.permissions import Permission
from peercenter.services.context import Actor
from peercenter.ui import icons
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.base import Screen


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # in English, marked for translation: ``label`` is what the sidebar shows
    icon: str  # an SVG name under resources/icons
    # Any one of them opens the screen; none: every signed-in person does.
    permission: Permission | tuple[Permission, ...]
    factory: str  # "package.module:ScreenClass", called with the AppContext

    @property
    def label(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate(TITLES, self.title)

    @property
    def permissions(self) -> tuple[Permission, ...]:
        return self.permission if isinstance(self.permission, tuple) else (self.permission,)

    def allowed(self, actor: Actor) -> bool:
        return not self.permissions or any(actor.can(p) for p in self.permissions)

    def create(self, ctx: AppContext) -> Screen:
        module_name, _, attribute = self.factory.partition(":")
        screen_class = getattr(importlib.import_module(module_name), attribute)
        screen = screen_class(ctx)
        if not isinstance(screen, Screen):
            raise TypeError(f"{self.factory} did not make a Screen")
        return screen


TITLES = "Screens"  # the translation context of the screens' titles

SCREENS: list[ScreenSpec] = [
    ScreenSpec(
        "today",
        QT_TRANSLATE_NOOP("Screens", "Today"),
        "today",
        Permission.VIEW_SCHEDULE,
        "peercenter.ui.screens.today:TodayScreen",
    ),
    ScreenSpec(
        "calendar",
        QT_TRANSLATE_NOOP("Screens", "Calendar"),
        "calendar",
        Permission.VIEW_SCHEDULE,
        "peercenter.ui.screens.calendar:CalendarScreen",
    ),
    ScreenSpec(
        "groups",
        QT_TRANSLATE_NOOP("Screens", "Groups"),
        "groups",
        Permission.VIEW_SCHEDULE,
        "peercenter.ui.screens.groups:GroupsScreen",
    ),
    ScreenSpec(
        "participants",
        QT_TRANSLATE_NOOP("Screens", "Participants"),
        "participants",
        Permission.VIEW_PARTICIPANTS,
        "peercenter.ui.screens.participants:ParticipantsScreen",
    ),
    ScreenSpec(
        "staff",
        QT_TRANSLATE_NOOP("Screens", "Staff"),
        "staff",
        Permission.MANAGE_STAFF,
        "peercenter.ui.screens.staff:StaffScreen",
    ),
    ScreenSpec(
        "rooms",
        QT_TRANSLATE_NOOP("Screens", "Rooms"),
        "rooms",
        Permission.VIEW_SCHEDULE,
        "peercenter.ui.screens.rooms:RoomsScreen",
    ),
    ScreenSpec(
        "print",
        QT_TRANSLATE_NOOP("Screens", "Print"),
        "print",
        Permission.PRINT_HANDOUTS,
        "peercenter.ui.screens.printing:PrintScreen",
    ),
    ScreenSpec(
        "handouts",
        QT_TRANSLATE_NOOP("Screens", "Handouts"),
        "handouts",
        Permission.PRINT_HANDOUTS,
        "peercenter.ui.screens.handouts:HandoutsScreen",
    ),
    ScreenSpec(
        "credentials",
        QT_TRANSLATE_NOOP("Screens", "Training & certification"),
        "credentials",
        Permission.VIEW_OWN_CREDENTIALS,
        "peercenter.ui.screens.credentials:CredentialsScreen",
    ),
    ScreenSpec(
        "time_entries",
        QT_TRANSLATE_NOOP("Screens", "Time entries"),
        "time_entries",
        Permission.VIEW_OWN_CREDENTIALS,
        "peercenter.ui.screens.time_entries:TimeEntriesScreen",
    ),
    ScreenSpec(
        "programs",
        QT_TRANSLATE_NOOP("Screens", "Credential programs"),
        "programs",
        Permission.MANAGE_CREDENTIAL_PROGRAMS,
        "peercenter.ui.screens.programs:ProgramsScreen",
    ),
    ScreenSpec(
        "wellbeing",
        QT_TRANSLATE_NOOP("Screens", "Wellbeing"),
        "wellbeing",
        # Supervisors see the people they watch over; everyone whose hours and training are
        # tracked sees their own check-ins and guardrails.
        (Permission.VIEW_WELLBEING_OTHERS, Permission.VIEW_OWN_CREDENTIALS),
        "peercenter.ui.screens.wellbeing:WellbeingScreen",
    ),
    ScreenSpec(
        "reports",
        QT_TRANSLATE_NOOP("Screens", "Reports"),
        "reports",
        Permission.VIEW_SERVICE_REPORTS,
        "peercenter.ui.screens.reports:ReportsScreen",
    ),
    ScreenSpec(
        "audit",
        QT_TRANSLATE_NOOP("Screens", "Audit trail"),
        "audit",
        Permission.VIEW_AUDIT,
        "peercenter.ui.screens.audit:AuditScreen",
    ),
    ScreenSpec(
        "settings",
        QT_TRANSLATE_NOOP("Screens", "Settings"),
        "settings",
        (),  # everyone: My preferences; the center's own sections for administrators
        "peercenter.ui.screens.settings:SettingsScreen",
    ),
]


def screens_for(actor: Actor, registry: Sequence[ScreenSpec] | None = None) -> list[ScreenSpec]:
    """The screens this person may open; the others are not listed at all."""
    return [spec for spec in (SCREENS if registry is None else registry) if spec.allowed(actor)]


class Sidebar(QListWidget):
    """Icon + title per screen; arrow keys move between screens, like clicking."""

    screen_chosen = Signal(str)

    def __init__(self, specs: Sequence[ScreenSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Screens"))
        self.setIconSize(QSize(20, 20))
        # Wide enough for the longest title (icon, padding and margins included).
        longest = max(
            (self.fontMetrics().horizontalAdvance(spec.label) for spec in specs), default=0
        )
        self.setFixedWidth(max(180, longest + 80))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for number, spec in enumerate(specs, start=1):
            item = QListWidgetItem(icons.icon(spec.icon), spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(
                    self.tr("{title} (Ctrl+{number})").format(title=spec.label, number=number)
                )
            item.setSizeHint(QSize(160, 40))
            self.addItem(item)
        self.currentItemChanged.connect(self._changed)

    def keys(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def entries(self) -> list[tuple[str, str]]:
        """Each screen's key and title, in sidebar order."""
        return [
            (self.item(i).data(Qt.ItemDataRole.UserRole), self.item(i).text())
            for i in range(self.count())
        ]

    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, key: str) -> bool:
        for i, item_key in enumerate(self.keys()):
            if item_key == key:
                self.setCurrentRow(i)
                return True
        return False

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.screen_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
