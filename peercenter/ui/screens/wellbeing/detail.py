"""One person's wellbeing detail: their flags, and charts of weekly hours against the cap,
supervision minutes per week and each questionnaire's scales over time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QGridLayout, QLabel, QTableView, QVBoxLayout, QWidget

from peercenter.domain.guardrails import Flag
from peercenter.services.wellbeing.dashboard import PersonDetail, ScaleSeries
from peercenter.ui import formatting, levels, theme
from peercenter.ui.screens.wellbeing import charts
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.chart_panel import ChartPanel

FLAG_COLUMNS: list[Column[Flag]] = [
    Column(
        "Level",
        lambda f: f.level.label,
        sort=lambda f: -f.level.rank,
        decoration=lambda f: levels.dot(f.level),
        width=80,
    ),
    Column("Rule", lambda f: f.label, width=170),
    Column("What", lambda f: f.message, tooltip=lambda f: f.message, stretch=True),
]


def flag_table(parent: QWidget) -> tuple[RowTableModel[Flag], QTableView]:
    model: RowTableModel[Flag] = RowTableModel(FLAG_COLUMNS, parent=parent)
    view, _proxy = make_table_view(model, parent)
    view.setWordWrap(True)
    view.setAccessibleName("Flags")
    model.modelReset.connect(view.resizeRowsToContents)
    return model, view


class PersonDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = theme.section_label("")
        self.summary = theme.hint_label("")
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.flags, self.flag_view = flag_table(self)
        self.flag_view.setMaximumHeight(150)
        layout.addWidget(self.flag_view)
        self.hours = ChartPanel()
        self.supervision = ChartPanel()
        self.scale_panels: list[ChartPanel] = []
        self.grid = QGridLayout()
        self.grid.addWidget(self.hours, 0, 0)
        self.grid.addWidget(self.supervision, 0, 1)
        layout.addLayout(self.grid)
        self.no_checkins = QLabel()
        self.no_checkins.setObjectName("hint")
        layout.addWidget(self.no_checkins)
        self.detail: PersonDetail | None = None

    def show_detail(self, detail: PersonDetail) -> None:
        self.detail = detail
        self.heading.setText(f"{detail.name}: {detail.level.label}")
        supervised = formatting.short_date(detail.last_supervision) or "none on record"
        count = formatting.plural(len(detail.checkins), "check-in")
        self.summary.setText(f"Last supervision: {supervised}. {count} in the last 12 months.")
        self.flags.set_rows(list(detail.flags))
        self.flag_view.setVisible(bool(detail.flags))
        self.hours.show_chart(charts.hours_chart(detail.weeks))
        self.supervision.show_chart(charts.supervision_chart(detail.weeks))
        by_questionnaire: dict[str, list[ScaleSeries]] = {}
        for series in detail.scales:
            by_questionnaire.setdefault(series.questionnaire, []).append(series)
        while len(self.scale_panels) < len(by_questionnaire):
            panel = ChartPanel()
            n = len(self.scale_panels)
            self.grid.addWidget(panel, 1 + n // 2, n % 2)
            self.scale_panels.append(panel)
        days = [p.taken_on for s in detail.scales for p in s.points]
        last = detail.weeks[-1].monday + timedelta(days=6)
        first = min([*days, detail.weeks[0].monday])
        for panel, scales in zip(self.scale_panels, by_questionnaire.values(), strict=False):
            panel.show_chart(
                charts.scales_chart(scales[0].questionnaire_title, scales, first, last)
            )
            panel.show()
        for panel in self.scale_panels[len(by_questionnaire) :]:
            panel.hide()
        self.no_checkins.setText("" if detail.scales else "No check-ins yet.")
        self.no_checkins.setVisible(not detail.scales)
