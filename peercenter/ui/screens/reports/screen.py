"""The Reports screen (supervisors and administrators): the monthly service report for funders.
Pick a month; the figures show beside a twelve-month chart of the measure chosen, with small
counts suppressed when asked; save it as PDF or CSV to send on."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain import timefmt
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.service_report import ServiceReport, add_months, month_start
from peercenter.reports.service_data import MEASURES, month_rows
from peercenter.reports.service_file import write_service_report
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.service_report import service_report
from peercenter.ui import messages, theme
from peercenter.ui.background import BackgroundTask, run_in_background
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.reports.charts import trend_chart
from peercenter.ui.tables import RIGHT, Column, RowTableModel, make_table_view
from peercenter.ui.widgets.chart_panel import ChartPanel

MONTHS_OFFERED = 36
Row = tuple[str, str, str]  # measure, value, what it counts


def report_columns() -> list[Column[Row]]:
    """The columns, titled in the window's language."""
    return [
        Column(QCoreApplication.translate("ReportsScreen", "Measure"), lambda r: r[0], width=210),
        Column(
            QCoreApplication.translate("ReportsScreen", "Value"),
            lambda r: r[1],
            sort=lambda r: r[1],
            align=RIGHT,
            width=64,
        ),
        Column(
            QCoreApplication.translate("ReportsScreen", "What it counts"),
            lambda r: r[2],
            tooltip=lambda r: r[2],
            stretch=True,
        ),
    ]


def ask_path(parent: QWidget, suggested: str, fmt: str) -> str:
    """Where to save; "" when the person cancels. Replaced in tests."""
    pattern = (
        QCoreApplication.translate("ReportsScreen", "PDF files (*.pdf)")
        if fmt == "pdf"
        else QCoreApplication.translate("ReportsScreen", "CSV files (*.csv)")
    )
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsScreen", "Save the service report"),
        suggested,
        pattern,
    )
    return path


class ReportsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label(self.tr("Monthly service report")))
        self.page_layout.addWidget(
            theme.hint_label(
                self.tr(
                    "How many people the center served and how, month by month, for funders. "
                    "Counts only: the report names nobody, so it can leave the center."
                )
            )
        )
        bar = QHBoxLayout()
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setMinimumWidth(170)
        self.suppress = QCheckBox(self.tr("Suppress small counts (1 to 4 people shown as “< 5”)"))
        self.save_pdf = QPushButton(self.tr("Save PDF…"))
        self.save_csv = QPushButton(self.tr("Save CSV…"))
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        bar.addSpacing(12)
        bar.addWidget(self.suppress)
        bar.addStretch(1)
        bar.addWidget(self.save_pdf)
        bar.addWidget(self.save_csv)
        self.page_layout.addLayout(bar)
        self.heading = theme.section_label("")
        self.status = theme.hint_label("")
        self.page_layout.addWidget(self.heading)
        self.page_layout.addWidget(self.status)

        body = QHBoxLayout()
        self.model: RowTableModel[Row] = RowTableModel(report_columns(), parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Figures of the month"))
        self.table.setSortingEnabled(False)
        body.addWidget(self.table, 5)
        right = QVBoxLayout()
        pick = QHBoxLayout()
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure shown in the chart"))
        for m in MEASURES:
            self.measure.addItem(m.label, m.key)
        pick.addWidget(QLabel(self.tr("Chart of")))
        pick.addWidget(self.measure, 1)
        right.addLayout(pick)
        self.chart = ChartPanel()
        self.chart.setMinimumWidth(380)
        right.addWidget(self.chart, 1)
        body.addLayout(right, 5)
        self.page_layout.addLayout(body, 1)

        self.report: ServiceReport | None = None
        self.task: BackgroundTask | None = None
        self._fill_months()
        self.month.currentIndexChanged.connect(self.refresh)
        self.suppress.toggled.connect(self._show)
        self.measure.currentIndexChanged.connect(self._show_chart)
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self.save_csv.clicked.connect(lambda: self.save("csv"))

    def _fill_months(self) -> None:
        """The months up to this one, newest first; the last complete month is chosen, as
        funders ask after a month is over."""
        with self.ctx.database.reader() as session:
            today = local_today(settings.center_timezone(session))
        this = month_start(today)
        for n in range(MONTHS_OFFERED):
            month = add_months(this, -n)
            label = timefmt.month_year(month)
            if n == 0:
                label = self.tr("{month} (so far)").format(month=label)
            self.month.addItem(label[:1].upper() + label[1:], month)
        self.month.setCurrentIndex(1)

    def refresh(self) -> None:
        month = self.month.currentData()
        if month is None:
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            self.report = service_report(session, self.ctx.actor, month)
        self._show()

    def shown_report(self) -> ServiceReport | None:
        """The report as it is shown: with small counts suppressed when that is ticked."""
        if self.report is None:
            return None
        return replace(self.report, suppressed=self.suppress.isChecked())

    def _show(self) -> None:
        report = self.shown_report()
        if report is None:
            return
        self.heading.setText(
            self.tr("Services in {month}").format(month=timefmt.month_year(report.month))
        )
        notes = []
        if not report.complete:
            notes.append(
                self.tr("{month} is not over yet: these are the figures so far.").format(
                    month=timefmt.month_name(report.month)
                )
            )
        if report.suppressed:
            notes.append(self.tr("Counts of 1 to 4 people are shown as “< 5”."))
        self.status.setText(" ".join(notes))
        self.status.setVisible(bool(notes))
        self.model.set_rows(month_rows(report))
        self._show_chart()

    def _show_chart(self) -> None:
        report = self.shown_report()
        if report is None:
            return
        measure = next(m for m in MEASURES if m.key == self.measure.currentData())
        self.chart.show_chart(trend_chart(report, measure))

    def save(self, fmt: str) -> BackgroundTask | None:
        report = self.shown_report()
        if report is None:
            return None
        center = re.sub(r"[^A-Za-z0-9]+", "-", report.center_name).strip("-").lower()
        suggested = str(Path.home() / f"services-{center or 'center'}-{report.month:%Y-%m}.{fmt}")
        path = ask_path(self, suggested, fmt)
        if not path:
            return None
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        target = Path(path)

        def work() -> Path:
            write_service_report(report, target)
            return target

        def failed(error: BaseException) -> None:
            messages.show_error(
                self,
                error
                if isinstance(error, PeerCenterError)
                else self.tr("The report could not be saved: {error}").format(error=error),
            )

        def done(saved: Path) -> None:
            self.status.setText(self.tr("Saved to {path}.").format(path=saved))
            self.status.setVisible(True)

        self.task = run_in_background(
            self, self.tr("Preparing the service report…"), work, done, failed
        )
        return self.task
