"""The Reports screen as a supervisor uses it before sending the month's figures to a funder:
last month chosen, figures beside a twelve-month chart, small counts suppressed on request,
the report saved as PDF or CSV. Only supervisors and administrators see the screen; the
service refuses everyone else too."""

from __future__ import annotations

import csv
import html
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.services import clock
from peercenter.services.service_report import service_report
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.reports import ReportsScreen, screen
from peercenter.ui.ui_state import UiState
from tests.gui.helpers import cell, sign_in_as
from tests.pdf_helpers import pdf_text
from tests.service_month import MARCH, build_month


@pytest.fixture(autouse=True)
def _april(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 4, 6, 15, tzinfo=UTC))


def _screen(qtbot: Any, db: Database, actor: Any, ui_state: UiState) -> ReportsScreen:
    view = ReportsScreen(AppContext(db, actor, ui_state))
    qtbot.addWidget(view)
    view.resize(1150, 720)
    view.show()
    view.refresh()
    return view


def _values(view: ReportsScreen) -> dict[str, str]:
    return {
        cell(view.model, row, "Measure").strip(): cell(view.model, row, "Value")
        for row in range(view.model.rowCount())
    }


def test_last_month_with_its_figures_and_chart(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    admin = build_month(sqlite_database)
    boss = sign_in_as(sqlite_database, admin, Role.SUPERVISOR, "boss", "Kay", "Boss")
    view = _screen(qtbot, sqlite_database, boss, ui_state)
    assert view.month.currentText() == "March 2026"
    assert view.month.itemText(0) == "April 2026 (so far)"
    assert view.heading.text() == "Services in March 2026"
    values = _values(view)
    assert values["People served (unduplicated)"] == "3"
    assert values["New people"] == "2"
    assert values["Peer support groups"] == "2"
    assert values["One-to-one mentoring"] == "1"
    assert values["Attendances"] == "5"
    assert values["Supervision hours received"] == "2.5"
    # The chart: twelve months to March, March's own bar picked out.
    view.measure.setCurrentIndex(view.measure.findData("attendances"))
    chart = view.chart.chart()
    bars = next(s for s in chart.series() if isinstance(s, QBarSeries))
    months = bars.barSets()[0]
    assert months.count() == 12 and months.at(11) == 5 and months.at(10) == 1
    assert months.selectedBars() == [11]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[0] == "Apr" and axis.categories()[-1] == "Mar"
    # Suppressed: counts of 1 to 4 people read "< 5", on screen and in the chart.
    view.suppress.setChecked(True)
    values = _values(view)
    assert values["People served (unduplicated)"] == "< 5"
    assert values["Attendances"] == "5" and values["Sessions held"] == "3"
    view.measure.setCurrentIndex(view.measure.findData("new_participants"))
    chart = view.chart.chart()
    assert html.unescape(chart.title()).endswith("<br/>< 5 in Feb, Mar (not drawn)")
    assert next(s for s in chart.series() if isinstance(s, QBarSeries)).barSets()[0].at(11) == 0
    assert view.status.text() == "Counts of 1 to 4 people are shown as “< 5”."
    # The month so far.
    view.month.setCurrentIndex(0)
    assert "April is not over yet" in view.status.text()


def test_saving_the_report(
    qtbot: Any,
    sqlite_database: Database,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = build_month(sqlite_database)
    view = _screen(qtbot, sqlite_database, admin, ui_state)
    view.suppress.setChecked(True)
    for fmt in ("pdf", "csv"):
        target = tmp_path / f"march.{fmt}"
        monkeypatch.setattr(screen, "ask_path", lambda *_args, t=target: str(t))
        task = view.save(fmt)
        assert task is not None
        qtbot.waitUntil(lambda task=task: not task.running, timeout=20000)
        assert view.status.text() == f"Saved to {target}."
    assert "Monthly service report: March 2026" in pdf_text(tmp_path / "march.pdf")
    rows = list(csv.reader(io.StringIO((tmp_path / "march.csv").read_text("utf-8-sig"))))
    assert ["People served (unduplicated)", "< 5", "present or late at least once"] in rows


def test_only_supervisors_and_administrators_have_it(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    admin = build_month(sqlite_database)
    for role, name, listed in (
        (Role.ADMIN, "admin2", True),
        (Role.SUPERVISOR, "boss", True),
        (Role.FRONT_DESK, "desk", False),
        (Role.SPECIALIST, "peer", False),
    ):
        actor = sign_in_as(sqlite_database, admin, role, name, name.title(), "Test")
        window = MainWindow(AppContext(sqlite_database, actor, ui_state))
        qtbot.addWidget(window)
        keys = window.sidebar.keys()  # the sidebar's screens, not a dictionary's
        assert ("reports" in keys) is listed
        window.close()
        if not listed:
            # A hidden entry is a convenience; the service refuses as well.
            with pytest.raises(PermissionDenied), sqlite_database.session() as s:
                service_report(s, actor, MARCH)
