"""Today, the Calendar (week, month, day), Groups and its roster, Rooms and Participants in
Spanish: their words, counts with Spanish plurals, and the calendar's weekday and month names
in the locale's words rather than English ones."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.context import Actor
from peercenter.ui import language
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.calendar.day_names import day_header, weekday_names
from peercenter.ui.screens.calendar.session_text import describe
from peercenter.ui.screens.groups.roster_dialog import RosterDialog
from tests.gui.helpers import column_texts, header_titles
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock
from tests.translations_helper import compiled


@pytest.fixture(autouse=True)
def _spanish() -> None:
    compiled()
    language.apply_language("es")


@pytest.fixture
def desk(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    freeze_clock(monkeypatch)  # Monday 2 March 2026, 9 am in Chicago
    desk = front_desk(sqlite_database, admin)
    desk.group(
        "Círculo del martes",
        co=("Maria Lopez",),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)),
    )
    desk.group(
        "Bienvenida de la mañana",
        first=date(2026, 3, 2),
        at=time(9),
        minutes=45,
        room="Garden Room",
        lead="Sam Rivera",
        rule=Recurrence(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
    )
    return desk


def _calendar(window: MainWindow) -> CalendarScreen:
    window.open_screen("calendar")
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    return screen


def test_the_week_in_spanish(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _calendar(main_window)
    assert screen.title.text() == "Semana del 2 mar al 8 mar 2026"
    assert screen.summary.text() == "6 sesiones"
    assert [b.text() for b in screen.view_buttons.values()] == ["&Día", "&Semana", "&Mes"]
    assert screen.week_view.accessibleName() == "Calendario de la semana"
    assert day_header(date(2026, 3, 2), True) == "Lun 2 mar"
    assert day_header(date(2026, 3, 8), False) == "Dom 8"
    circle = next(p.session for p in screen.week_view.placed if p.session.group_name[0] == "C")
    lines = describe(circle).splitlines()
    assert any(line.startswith("Con ") and "Maria Lopez" in line for line in lines)
    assert any(line.startswith("Sala: ") for line in lines)
    assert not any(line.startswith(("Room:", "With ", "Topic:")) for line in lines)
    screen.search.setText("círculo")
    screen.refresh()
    assert screen.summary.text() == "1 sesión · que coinciden con «círculo»"


def test_the_month_and_the_day_in_spanish(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _calendar(main_window)
    screen.set_view("month")
    assert screen.title.text() == "Marzo de 2026"
    assert weekday_names() == ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"]
    screen.month_view.select_day(date(2026, 3, 2))
    assert screen.month_view.accessibleDescription().endswith(": 1 sesión")
    screen.set_view("day")
    assert screen.title.text().startswith("Hoy, ")
    assert header_titles(screen.agenda_model)[:3] == ["Hora", "Grupo", "Tipo"]


def test_today_in_spanish(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    main_window.open_screen("today")
    screen = main_window.screen_widget("today")
    assert screen is not None
    assert screen.title.text().startswith("Hoy, ")  # type: ignore[attr-defined]
    assert screen.summary.text() == "1 sesión · 0 asistentes"  # type: ignore[attr-defined]
    assert screen.attendance_button.text() == "A&sistencia…"  # type: ignore[attr-defined]
    assert column_texts(screen.proxy, "Tipo") == ["Apoyo entre pares"]  # type: ignore[attr-defined]


def test_groups_and_a_roster_in_spanish(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    main_window.open_screen("groups")
    screen = main_window.screen_widget("groups")
    assert screen is not None
    assert header_titles(screen.model)[:3] == ["Nombre", "Tipo", "Horario"]  # type: ignore[attr-defined]
    assert screen.add_button.text() == "Nuevo grupo…"  # type: ignore[attr-defined]
    assert screen.show_inactive.text() == "Mostrar series terminadas"  # type: ignore[attr-defined]
    screen.table.selectRow(0)  # type: ignore[attr-defined]
    screen.roster_button.click()  # type: ignore[attr-defined]
    dialog = screen.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, RosterDialog)
    assert dialog.windowTitle() == "Lista de miembros"
    assert dialog.title.text().startswith("Lista de miembros de ")
    assert " · 0 en espera · " in dialog.summary.text()
    dialog.reject()


def test_rooms_and_participants_in_spanish(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    main_window.open_screen("rooms")
    rooms = main_window.screen_widget("rooms")
    assert rooms is not None
    rooms.table.selectRow(0)  # type: ignore[attr-defined]
    rooms.open_row(rooms.selected())  # type: ignore[attr-defined]
    dialog = rooms.dialog  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Editar sala"
    assert dialog.capacity.specialValueText() == "Sin límite"
    dialog.reject()
    main_window.open_screen("participants")
    people = main_window.screen_widget("participants")
    assert people is not None
    assert header_titles(people.model) == [  # type: ignore[attr-defined]
        "Nombre",
        "Estado",
        "Fecha de ingreso",
        "En hojas de firmas",
    ]
    assert people.search.placeholderText() == "Buscar por nombre preferido o apellido"  # type: ignore[attr-defined]


def test_the_hours_column_widens_to_hours_written_long(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the locale writes hours as "12:00 p. m.", the week's hours column takes them
    whole rather than clipping them, and the day columns start after it."""
    from datetime import datetime

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetrics

    from peercenter.ui import formatting
    from peercenter.ui.screens.calendar import week_view

    monkeypatch.setattr(formatting, "clock_time", lambda m: f"{m.hour:02d}:{m.minute:02d}")
    view = week_view.WeekView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_sessions(date(2026, 3, 2), 7, [])
    assert view.gutter == week_view.GUTTER  # "08:00" fits the narrowest column

    def twelve_hour(moment: datetime) -> str:
        half = "a. m." if moment.hour < 12 else "p. m."
        return f"{moment.hour % 12 or 12}:{moment.minute:02d} {half}"

    monkeypatch.setattr(formatting, "clock_time", twelve_hour)
    view.set_sessions(date(2026, 3, 2), 7, [])
    small = week_view._Fonts.of(view.font()).small
    widest = QFontMetrics(small).horizontalAdvance("12:00 p. m.")
    assert view.gutter >= widest + 10
    assert view._x(0) == view.gutter
    assert view.slot_at(QPointF(view.gutter - 2, 100)) is None  # still the hours
    assert view.slot_at(QPointF(view.gutter + 2, 100)) is not None  # Monday
