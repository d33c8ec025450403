"""One person's wellbeing detail, as one page: their flags, full-width charts of weekly hours
against the cap, supervision minutes per week and each questionnaire's scales over time, and
their check-ins. Nothing here scrolls on its own: the page around it does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

import peercenter.ui.screens.wellbeing.charts as charts
from peercenter.domain.guardrails import Flag
from peercenter.services.wellbeing.checkins import CheckInRecord
from peercenter.services.wellbeing.dashboard import PersonDetail, ScaleSeries
from peercenter.ui import formatting, levels, theme
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.chart_panel import ChartPanel

CHART_HEIGHT = 250


def flag_columns() -> list[Column[Flag]]:
    """The columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("PersonDetailView", "Level"),
            lambda f: f.level.label,
            sort=lambda f: -f.level.rank,
            decoration=lambda f: levels.dot(f.level),
            width=100,
        ),
        Column(
            QCoreApplication.translate("PersonDetailView", "Rule"), lambda f: f.label, width=170
        ),
        Column(
            QCoreApplication.translate("PersonDetailView", "What"),
            lambda f: f.message,
            tooltip=lambda f: f.message,
            stretch=True,
        ),
    ]


def flag_table(parent: QWidget) -> tuple[RowTableModel[Flag], QTableView]:
    model: RowTableModel[Flag] = RowTableModel(flag_columns(), parent=parent)
    view, _proxy = make_table_view(model, parent)
    view.setWordWrap(True)
    view.setAccessibleName(QCoreApplication.translate("PersonDetailView", "Flags"))
    model.modelReset.connect(lambda: fit_to_rows(view))
    view.horizontalHeader().sectionResized.connect(lambda *_: fit_to_rows(view))
    return model, view


def fit_to_rows(view: QTableView) -> None:
    """As tall as its rows, with no scroll bar of its own: the page scrolls instead."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.resizeRowsToContents()
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    frame = 2 * view.frameWidth()
    scroll = view.horizontalScrollBar()
    bar = scroll.sizeHint().height() if scroll.isVisible() else 0
    view.setFixedHeight(view.horizontalHeader().height() + rows + frame + bar)


def scores_text(record: CheckInRecord, labels: dict[tuple[str, str], str]) -> str:
    """'Personal burnout 54 · Work-related burnout 61' in the questionnaire's scale order."""
    return " · ".join(
        f"{labels.get((record.questionnaire, scale), scale)} {round(value, 1):g}"
        for scale, value in record.scores.items()
        if value is not None
    )


def checkin_columns(
    labels: Callable[[], dict[tuple[str, str], str]],
) -> list[Column[CheckInRecord]]:
    """``labels`` gives the scale names of the person shown, by questionnaire and scale."""
    return [
        Column(
            QCoreApplication.translate("PersonDetailView", "Taken"),
            lambda r: formatting.short_date(r.taken_at.date()),
            sort=lambda r: r.taken_at,
            width=110,
        ),
        Column(
            QCoreApplication.translate("PersonDetailView", "Questionnaire"),
            lambda r: r.questionnaire_title,
            width=210,
        ),
        Column(
            QCoreApplication.translate("PersonDetailView", "Scores"),
            lambda r: scores_text(r, labels()),
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("PersonDetailView", "Note"),
            lambda r: r.note,
            tooltip=lambda r: r.note,
            width=240,
        ),
    ]


class PersonDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        self.heading = theme.section_label("")
        self.summary = theme.hint_label("")
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.flags, self.flag_view = flag_table(self)
        layout.addWidget(self.flag_view)
        self.hours = ChartPanel(fixed_height=CHART_HEIGHT)
        self.supervision = ChartPanel(fixed_height=CHART_HEIGHT)
        layout.addWidget(self.hours)
        layout.addWidget(self.supervision)
        self.scale_layout = QVBoxLayout()
        self.scale_layout.setContentsMargins(0, 0, 0, 0)
        self.scale_layout.setSpacing(10)
        layout.addLayout(self.scale_layout)
        self.scale_panels: list[ChartPanel] = []
        self.no_checkins = QLabel()
        self.no_checkins.setObjectName("hint")
        layout.addWidget(self.no_checkins)
        layout.addWidget(theme.section_label(self.tr("Check-ins")))
        self.labels: dict[tuple[str, str], str] = {}
        self.checkin_model: RowTableModel[CheckInRecord] = RowTableModel(
            checkin_columns(lambda: self.labels), parent=self
        )
        self.checkin_view, _proxy = make_table_view(self.checkin_model, self)
        self.checkin_view.setAccessibleName(self.tr("Check-ins"))
        self.checkin_view.setWordWrap(True)
        self.checkin_model.modelReset.connect(lambda: fit_to_rows(self.checkin_view))
        self.checkin_view.horizontalHeader().sectionResized.connect(
            lambda *_: fit_to_rows(self.checkin_view)
        )
        layout.addWidget(self.checkin_view)
        layout.addStretch(1)
        self.detail: PersonDetail | None = None

    def show_detail(self, detail: PersonDetail) -> None:
        self.detail = detail
        self.heading.setText(
            self.tr("{name}: {level}").format(name=detail.name, level=detail.level.label)
        )
        supervised = formatting.short_date(detail.last_supervision) or self.tr("none on record")
        self.summary.setText(
            self.tr("Last supervision: {date}.").format(date=supervised)
            + " "
            + self.tr("%n check-in(s) in the last 12 months.", "", len(detail.checkins))
        )
        self.flags.set_rows(list(detail.flags))
        self.flag_view.setVisible(bool(detail.flags))
        self.hours.show_chart(charts.hours_chart(detail.weeks), charts.hours_summary(detail.weeks))
        self.supervision.show_chart(
            charts.supervision_chart(detail.weeks), charts.supervision_summary(detail.weeks)
        )
        by_questionnaire: dict[str, list[ScaleSeries]] = {}
        for series in detail.scales:
            by_questionnaire.setdefault(series.questionnaire, []).append(series)
        while len(self.scale_panels) < len(by_questionnaire):
            panel = ChartPanel(fixed_height=CHART_HEIGHT)
            self.scale_layout.addWidget(panel)
            self.scale_panels.append(panel)
        days = [p.taken_on for s in detail.scales for p in s.points]
        last = detail.weeks[-1].monday + timedelta(days=6)
        first = min([*days, detail.weeks[0].monday])
        for panel, scales in zip(self.scale_panels, by_questionnaire.values(), strict=False):
            panel.show_chart(
                charts.scales_chart(scales[0].questionnaire_title, scales, first, last),
                charts.scales_summary(scales),
            )
            panel.show()
        for panel in self.scale_panels[len(by_questionnaire) :]:
            panel.hide()
        self.no_checkins.setText("" if detail.scales else self.tr("No check-ins yet."))
        self.no_checkins.setVisible(not detail.scales)
        self.labels = {(s.questionnaire, s.scale): s.label for s in detail.scales}
        self.checkin_model.set_rows(list(detail.checkins))
        self.checkin_view.setVisible(bool(detail.checkins))
