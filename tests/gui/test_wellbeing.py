"""The wellbeing screen, its charts and thresholds, the check-in dialog and the sign-in
prompt, driven as a supervisor or a specialist would."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QLineSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import WellbeingCheckIn
from peercenter.domain.errors import PermissionDenied
from peercenter.domain.guardrails import Level
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.wellbeing import dashboard
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.wellbeing_checkin import WellbeingCheckInDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.wellbeing import WellbeingScreen
from peercenter.ui.screens.wellbeing.thresholds import ThresholdsPanel
from peercenter.ui.ui_state import UiState
from tests.gui.helpers import cell, column_texts
from tests.wellbeing_factories import (
    TZ,
    Team,
    at,
    checkin,
    sessions,
    supervision,
    team,
    time_entry,
)


@pytest.fixture
def today() -> Any:
    return local_today(TZ)


def busy(db: Database, today: Any) -> Team:
    """Sam this week: two back-to-back sessions every day of the week, 42 h in all."""
    t = team(db)
    monday = today - timedelta(days=today.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    sessions(db, t.sam.staff_id, [at(d, "09:00") for d in days], 180, "Recovery Circle")
    sessions(db, t.sam.staff_id, [at(d, "12:05") for d in days], 180, "Family Group")
    supervision(db, t.maria.staff_id, [t.sam.staff_id], today - timedelta(days=2), 50)
    checkin(
        db,
        t.sam.staff_id,
        today - timedelta(days=40),
        "cbi",
        {"personal": 40, "work": 45, "client": 20},
    )
    checkin(
        db,
        t.sam.staff_id,
        today - timedelta(days=3),
        "cbi",
        {"personal": 55, "work": 80, "client": 25},
    )
    checkin(db, t.sam.staff_id, today - timedelta(days=3), "pulse", {"pulse": 2})
    return t


def screen_for(qtbot: Any, db: Database, actor: Any, ui_state: UiState) -> WellbeingScreen:
    screen = WellbeingScreen(AppContext(db, actor, ui_state))
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    screen.refresh()
    return screen


def test_the_dashboard_shows_each_supervisee_with_level_flags_and_charts(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, today: Any
) -> None:
    t = busy(sqlite_database, today)
    screen = screen_for(qtbot, sqlite_database, t.maria, ui_state)
    assert column_texts(screen.proxy, "Name") == ["Sam Rivera"]
    assert cell(screen.proxy, 0, "Level") == "Red"
    assert cell(screen.proxy, 0, "This week") == "42 of 40 h"
    assert "Weekly hours" in cell(screen.proxy, 0, "Flags")
    assert (
        cell(screen.proxy, 0, "Last supervision")
        == f"{(today - timedelta(days=2)).day} {(today - timedelta(days=2)):%b %Y}"
    )
    detail = screen.detail
    assert detail.isVisible() and detail.heading.text() == "Sam Rivera: Red"
    assert "Weekly hours" in [detail.flags.row(i).label for i in range(detail.flags.rowCount())]
    # Weekly hours chart: 12 weeks, this week 40 h within the cap and 2 h over it.
    bars = next(s for s in detail.hours.chart().series() if isinstance(s, QStackedBarSeries))
    within, over = bars.barSets()
    assert isinstance(within, QBarSet) and within.count() == 12
    assert (within.at(11), over.at(11)) == (40, 2)
    assert over.color().name() == "#b3261e"
    minutes = next(iter(detail.supervision.chart().series()))
    monday = today - timedelta(days=today.weekday())
    week = 11 if today - timedelta(days=2) >= monday else 10
    assert isinstance(minutes, QStackedBarSeries) and minutes.barSets()[0].at(week) == 50
    # One chart per questionnaire: three CBI scales with the amber and red lines, the pulse.
    titles = [p.chart().title() for p in detail.scale_panels if p.isVisible()]
    assert titles == [
        "Copenhagen Burnout Inventory (amber 50+, red 75+)",
        "Weekly pulse (amber 2 or less, red 1 or less)",
    ]
    chart = detail.scale_panels[0].chart()
    names = [s.name() for s in chart.series()]
    assert names == [
        "Personal burnout",
        "Work-related burnout",
        "Client-related burnout",
        "Amber 50+",
        "Red 75+",
    ]
    legend = [m.label() for m in chart.legend().markers() if m.isVisible()]
    assert legend == names[:3]
    work = detail.scale_panels[0].chart().series()[1]
    assert isinstance(work, QLineSeries) and [p.y() for p in work.points()] == [45, 80]


def test_charts_and_table_follow_the_data_after_a_save(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, today: Any
) -> None:
    t = busy(sqlite_database, today)
    screen = screen_for(qtbot, sqlite_database, t.maria, ui_state)
    tip = Qt.ItemDataRole.ToolTipRole
    assert "Back-to-back sessions on" in cell(screen.proxy, 0, "Flags", tip)
    # The thresholds are saved from the screen: the table reloads on the panel's signal.
    screen.edit_thresholds()
    dialog = screen.thresholds_dialog
    assert dialog is not None
    dialog.panel.fields["min_break_minutes"].setValue(0)
    with qtbot.waitSignal(dialog.panel.saved):
        dialog.panel.save_button.click()
    assert "Back-to-back" not in cell(screen.proxy, 0, "Flags", tip)
    dialog.reject()
    # New hours show in the chart after a refresh (the screen reloads each time it is shown).
    time_entry(sqlite_database, t.sam.staff_id, today, 6)
    screen.refresh_button.click()
    assert cell(screen.proxy, 0, "This week") == "48 of 40 h"
    bars = next(s for s in screen.detail.hours.chart().series() if isinstance(s, QStackedBarSeries))
    assert bars.barSets()[1].at(11) == 8


def test_thresholds_that_make_no_sense_are_shown_next_to_the_field(
    qtbot: Any, sqlite_database: Database, today: Any
) -> None:
    t = team(sqlite_database)
    panel = ThresholdsPanel(sqlite_database, t.maria)
    qtbot.addWidget(panel)
    panel.show()
    panel.fields["cbi_amber"].setValue(80)
    assert not panel.save()
    error: QLabel = panel.errors["cbi_amber"]
    assert error.isVisible() and "amber (80) must be below red (75)" in error.text()
    assert panel.message.text().startswith("Nothing was saved.")
    with sqlite_database.reader() as s:
        assert settings.guardrail_settings(s).cbi_amber == 50


def test_the_front_desk_has_no_wellbeing_screen_and_a_specialist_sees_their_own(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, today: Any
) -> None:
    t = busy(sqlite_database, today)
    window = MainWindow(AppContext(sqlite_database, t.desk, ui_state))
    qtbot.addWidget(window)
    keys = window.sidebar.keys()
    assert "wellbeing" not in keys
    window = MainWindow(AppContext(sqlite_database, t.sam, ui_state))
    qtbot.addWidget(window)
    window.show()
    window.open_screen("wellbeing")
    screen = window.screen_widget("wellbeing")
    assert isinstance(screen, WellbeingScreen)
    # No list of people: Sam's own page, with the check-in history and a way to check in.
    assert not screen.table.isVisible() and not screen.filter.isVisible()
    assert screen.checkin_button.isVisible()
    detail = screen.detail
    assert detail.heading.text() == "Sam Rivera: Red"
    history = detail.checkin_model
    rows = [history.row(i) for i in range(history.rowCount())]
    assert sorted(r.questionnaire for r in rows) == ["cbi", "cbi", "pulse"]
    assert [r.taken_at.date() for r in rows] == sorted(
        (r.taken_at.date() for r in rows), reverse=True
    )  # newest first
    scores = column_texts(detail.checkin_view.model(), "Scores")
    assert "Personal burnout 55 · Work-related burnout 80 · Client-related burnout 25" in scores
    assert "Weekly pulse 2" in scores
    # Others' pages stay closed to a specialist.
    with pytest.raises(PermissionDenied), sqlite_database.session() as s:
        dashboard.person_detail(s, t.sam, t.jo.staff_id)


def _scrolling_boxes(root: QWidget) -> list[str]:
    """Boxes inside ``root`` that scroll on their own (a scroll bar in a scroll bar)."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(root):
            continue
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            if bar.maximum() > 0 or bar.isVisibleTo(root):
                found.append(f"{type(area).__name__} {area.accessibleName()!r}")
    return found


def test_one_page_per_person_full_width_charts_and_the_scroll_starts_at_the_top(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, today: Any
) -> None:
    t = busy(sqlite_database, today)
    screen = screen_for(qtbot, sqlite_database, t.admin, ui_state)
    screen.resize(1366 - 200, 700)  # the screen beside the sidebar in a 1366-wide window
    qtbot.wait(10)
    screen.select_staff(t.sam.staff_id)
    detail = screen.detail
    panels = [detail.hours, detail.supervision, *(p for p in detail.scale_panels if p.isVisible())]
    assert len(panels) == 4
    # Every chart takes the page's width, one under the other.
    assert all(p.width() >= detail.width() - 20 for p in panels)
    assert len({p.x() for p in panels}) == 1
    # Week labels are written across, whole, at the normal font size.
    axis = next(a for a in detail.hours.chart().axes() if isinstance(a, QBarCategoryAxis))
    monday = today - timedelta(days=today.weekday())
    assert axis.categories()[-1] == f"{monday.day} {monday:%b}"
    assert axis.labelsAngle() == 0
    assert axis.labelsFont().pointSizeF() >= screen.font().pointSizeF()
    # Nothing in the page scrolls on its own: flags and check-ins are as tall as their rows.
    assert _scrolling_boxes(detail) == []
    assert detail.checkin_model.rowCount() == 3
    # Scrolled down to the check-ins, then another person: their page starts at the top.
    bar = screen.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    screen.select_staff(t.jo.staff_id)
    assert detail.heading.text().startswith("Jo Park")
    assert bar.value() == 0


def test_week_labels_tilt_rather_than_shrink_in_a_narrow_window(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, today: Any
) -> None:
    """At twice the scale a 1366-pixel screen is 683 pixels wide for the program."""
    t = busy(sqlite_database, today)
    screen = screen_for(qtbot, sqlite_database, t.maria, ui_state)
    screen.resize(480, 700)
    qtbot.wait(10)
    axis = next(a for a in screen.detail.hours.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.labelsAngle() != 0
    assert axis.labelsFont().pointSizeF() >= screen.font().pointSizeF()
    screen.resize(1200, 700)
    qtbot.wait(10)
    assert axis.labelsAngle() == 0


def answer_all(dialog: WellbeingCheckInDialog, value: int) -> None:
    for item_id in dialog.form.groups:
        dialog.form.choose(item_id, value)


def test_a_half_answered_check_in_is_refused_under_the_scale(
    qtbot: Any, sqlite_database: Database
) -> None:
    t = team(sqlite_database)
    from peercenter.services.wellbeing import questionnaires

    dialog = WellbeingCheckInDialog(sqlite_database, t.sam, questionnaires.available())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.currentText() == "Copenhagen Burnout Inventory"
    for item_id in (
        "personal_1",
        "personal_2",
        "personal_3",
        "work_1",
        "work_2",
        "work_3",
        "work_4",
        "client_1",
        "client_2",
    ):
        dialog.form.choose(item_id, 4)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.scale_errors["client"].isVisible()
    assert dialog.form.scale_errors["client"].text() == (
        "Answer at least 3 of the 6 questions on client-related burnout (2 answered so far)."
    )
    assert not dialog.form.scale_errors["work"].isVisible()
    assert dialog.error.text() == (
        "Nothing was saved: some parts need more answers (see under each part)."
    )
    dialog.form.choose("client_3", 2)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0].scores["client"] == pytest.approx(175 / 3)
    with sqlite_database.reader() as s:
        assert len(s.scalars(select(WellbeingCheckIn)).all()) == 1


def test_switching_questionnaires_keeps_the_answers(qtbot: Any, sqlite_database: Database) -> None:
    t = team(sqlite_database)
    from peercenter.services.wellbeing import questionnaires

    dialog = WellbeingCheckInDialog(sqlite_database, t.sam, questionnaires.available())
    qtbot.addWidget(dialog)
    answer_all(dialog, 3)
    dialog.choice.setCurrentIndex(1)
    assert dialog.form.questionnaire.id == "pulse"
    dialog.form.choose("mood", 4)
    dialog.choice.setCurrentIndex(0)
    assert set(dialog.form.answers().values()) == {3}


def test_a_specialist_is_asked_at_sign_in_when_a_check_in_is_due(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, popups: Any
) -> None:
    t = team(sqlite_database)
    window = MainWindow(AppContext(sqlite_database, t.sam, ui_state))
    qtbot.addWidget(window)
    window.show()
    window.offer_checkin()
    assert popups.texts()[0].startswith("Your wellbeing check-in is due.")
    dialog = window.wellbeing_checkin_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choice.setCurrentIndex(1)
    dialog.form.choose("mood", 4)
    dialog.save_button.click()
    assert window.statusBar().currentMessage() == "Your check-in is saved. Thank you."
    # Checked in now: the next sign-in asks nothing.
    again = MainWindow(AppContext(sqlite_database, t.sam, ui_state))
    qtbot.addWidget(again)
    popups.shown.clear()
    again.offer_checkin()
    assert popups.shown == [] and again.wellbeing_checkin_dialog is None


def test_a_supervisor_is_not_asked(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, popups: Any
) -> None:
    t = team(sqlite_database)
    window = MainWindow(AppContext(sqlite_database, t.maria, ui_state))
    qtbot.addWidget(window)
    window.offer_checkin()
    assert popups.shown == []


def test_levels_have_one_colour_each() -> None:
    from peercenter.ui import levels

    assert len({levels.COLORS[level] for level in Level}) == 3
