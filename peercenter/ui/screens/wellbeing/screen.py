"""Wellbeing: one row per supervisee (everyone, for an administrator) with their guardrail
level, flags and last supervision; the selected person's detail with charts below. A peer
specialist sees their own detail and check-ins. It reloads whenever it is shown, after the
thresholds change and after a check-in is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QWidget,
)

from peercenter.domain.permissions import Permission
from peercenter.services.wellbeing import dashboard
from peercenter.services.wellbeing.dashboard import DashboardRow
from peercenter.ui import formatting, levels, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.wellbeing.detail import PersonDetailView
from peercenter.ui.screens.wellbeing.thresholds import ThresholdsDialog
from peercenter.ui.tables import RIGHT, Column, RowTableModel, make_table_view, selected_row

if TYPE_CHECKING:  # opened on demand
    from peercenter.ui.dialogs.wellbeing_checkin import WellbeingCheckInDialog


def _flags_text(row: DashboardRow) -> str:
    if not row.flags:
        return QCoreApplication.translate("WellbeingScreen", "No flags")
    names = list(dict.fromkeys(f.label for f in row.flags))  # each rule once
    shown = ", ".join(names[:3])
    if len(names) <= 3:
        return shown
    return QCoreApplication.translate("WellbeingScreen", "{flags}, +{count} more").format(
        flags=shown, count=len(names) - 3
    )


def _flags_tooltip(row: DashboardRow) -> str:
    return "\n".join(
        f"{f.level.label}: {f.message}" for f in row.flags
    ) or QCoreApplication.translate("WellbeingScreen", "No flags")


def dashboard_columns() -> list[Column[DashboardRow]]:
    """The columns, titled in the window's language."""
    none = QCoreApplication.translate("WellbeingScreen", "None")
    return [
        Column(
            QCoreApplication.translate("WellbeingScreen", "Level"),
            lambda r: r.level.label,
            sort=lambda r: -r.level.rank,
            decoration=lambda r: levels.dot(r.level),
            width=80,
        ),
        Column(QCoreApplication.translate("WellbeingScreen", "Name"), lambda r: r.name, width=160),
        Column(
            QCoreApplication.translate("WellbeingScreen", "Flags"),
            _flags_text,
            tooltip=_flags_tooltip,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("WellbeingScreen", "This week"),
            lambda r: QCoreApplication.translate("WellbeingScreen", "{hours} of {cap} h").format(
                hours=f"{r.week_hours:g}", cap=f"{r.cap_hours:g}"
            ),
            sort=lambda r: r.week_hours / r.cap_hours if r.cap_hours else 0,
            align=RIGHT,
            width=100,
        ),
        Column(
            QCoreApplication.translate("WellbeingScreen", "Last supervision"),
            lambda r: formatting.short_date(r.last_supervision) or none,
            sort=lambda r: r.last_supervision,
            width=120,
        ),
        Column(
            QCoreApplication.translate("WellbeingScreen", "Last check-in"),
            lambda r: formatting.short_date(r.last_checkin) or none,
            sort=lambda r: r.last_checkin,
            width=110,
        ),
    ]


class WellbeingScreen(Screen):
    """For a supervisor or an administrator, the people they watch over and the selected
    person's detail; for a peer specialist, their own detail and check-ins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.thresholds_dialog: ThresholdsDialog | None = None
        self.checkin_dialog: WellbeingCheckInDialog | None = None
        self.watches_others = ctx.actor.can(Permission.VIEW_WELLBEING_OTHERS)
        self.page_layout.addWidget(theme.title_label(self.tr("Wellbeing")))
        self.page_layout.addWidget(
            theme.hint_label(
                self.tr(
                    "Guardrails for the people you supervise: hours, supervision, leave and "
                    "check-ins. Private: only you, the person and administrators see this."
                )
                if self.watches_others
                else self.tr(
                    "Your hours, supervision and check-ins, with the guardrails your "
                    "supervisor sees. Private: only you, your supervisor and administrators "
                    "see this."
                )
            )
        )
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or flag"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(320)
        self.checkin_button = QPushButton(self.tr("Check in now…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.thresholds_button = QPushButton(self.tr("Thresholds…"))
        self.thresholds_button.setVisible(ctx.actor.can(Permission.EDIT_GUARDRAIL_SETTINGS))
        self.filter.setVisible(self.watches_others)
        self.checkin_button.setVisible(not self.watches_others)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.checkin_button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.thresholds_button)
        self.page_layout.addLayout(bar)

        self.model: RowTableModel[DashboardRow] = RowTableModel(dashboard_columns(), parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("People you supervise"))
        self.table.setMinimumHeight(120)
        self.detail = PersonDetailView()
        # The detail is one page with one scroll bar; the list of people scrolls on its own
        # above it, never inside it.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidget(self.detail)
        self.page_scroll.setAccessibleName(self.tr("Wellbeing detail"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.table.setVisible(self.watches_others)
        self.page_layout.addWidget(self.splitter, 1)
        self.empty = theme.hint_label("")
        self.page_layout.addWidget(self.empty)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh_button.clicked.connect(self.refresh)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.checkin_button.clicked.connect(self.check_in)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.hide()

    def selected(self) -> DashboardRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, DashboardRow) else None

    def focus_search(self) -> None:
        if self.watches_others:
            self.filter.setFocus()
            self.filter.selectAll()

    def refresh(self) -> None:
        if not self.watches_others:
            self.show_person(self.ctx.actor.staff_id)
            return
        keep = self.selected()
        with self.ctx.database.session() as session:  # the view is audited
            rows = dashboard.dashboard(session, self.ctx.actor)
        self.model.set_rows(rows)
        self._fit_people(len(rows))
        self.empty.setText("" if rows else self.tr("Nobody to show: no active supervisees."))
        self.empty.setVisible(not rows)
        target = keep.staff_id if keep else (rows[0].staff_id if rows else None)
        self.select_staff(target)

    def _fit_people(self, count: int) -> None:
        """Room for everyone (up to eight rows) above the detail; more scroll in the list."""
        rows = max(1, min(count, 8)) * self.table.verticalHeader().defaultSectionSize()
        wanted = self.table.horizontalHeader().height() + rows + 2 * self.table.frameWidth() + 4
        total = sum(self.splitter.sizes())
        if total > wanted:
            self.splitter.setSizes([wanted, total - wanted])

    def select_staff(self, staff_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            row = self.proxy.row_at(proxy_row)
            if staff_id is not None and row.staff_id == staff_id:
                self.table.selectRow(proxy_row)
                self.show_person(staff_id)
                return
        self.detail.hide()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected()
        if row is not None and (
            self.detail.detail is None
            or self.detail.detail.staff_id != row.staff_id
            or self.detail.isHidden()
        ):
            self.show_person(row.staff_id)

    def show_person(self, staff_id: int) -> None:
        before = self.detail.detail.staff_id if self.detail.detail is not None else None
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            detail = dashboard.person_detail(session, self.ctx.actor, staff_id)
            self.detail.show_detail(detail)
            self.detail.show()
            if staff_id != before:  # another person starts at the top of their page
                self.page_scroll.verticalScrollBar().setValue(0)

    def check_in(self) -> None:
        from peercenter.ui import wellbeing_prompt

        dialog = wellbeing_prompt.open_checkin(self, self.ctx)
        self.checkin_dialog = dialog
        if dialog is not None:
            dialog.saved.connect(self.refresh)

    def edit_thresholds(self) -> None:
        dialog = ThresholdsDialog(self.ctx.database, self.ctx.actor, self)
        dialog.panel.saved.connect(self.refresh)
        self.thresholds_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
