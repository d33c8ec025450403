"""Staff, Wellbeing, Reports, the audit trail, Handouts and Print in Spanish: what a person
who chose Spanish reads on them, counts with Spanish plurals, months named by the locale, and
the lines every list shares (its search results, its filtered count)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sqlalchemy.orm import Session

from peercenter.services import clock
from peercenter.ui import language
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.reports import ReportsScreen
from peercenter.ui.tables import Column
from tests.gui.helpers import header_titles
from tests.translations_helper import compiled


@pytest.fixture(autouse=True)
def _spanish() -> None:
    compiled()
    language.apply_language("es")


@pytest.fixture
def window(qtbot: Any, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_staff_list_and_dialog(window: MainWindow) -> None:
    window.open_screen("staff")
    screen = window.screen_widget("staff")
    assert screen is not None
    assert screen.count_label.text() == "1 miembro del personal"  # type: ignore[attr-defined]
    titles = header_titles(screen.model)  # type: ignore[attr-defined]
    assert titles[:2] == ["Nombre", "Funciones"]
    assert titles[-1] == "Acceso"
    assert screen.add_button.text() == "Agregar…"  # type: ignore[attr-defined]
    screen.table.selectRow(0)  # type: ignore[attr-defined]
    screen.open_row(screen.selected())  # type: ignore[attr-defined]
    dialog = screen.dialog  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Editar miembro del personal"
    assert dialog.can_sign_in.text() == "Puede iniciar sesión en PeerCenter"
    assert dialog.login_status.text() == "Todavía no ha iniciado sesión."
    dialog.reject()


def test_wellbeing_and_its_thresholds(window: MainWindow) -> None:
    window.open_screen("wellbeing")
    screen = window.screen_widget("wellbeing")
    assert screen is not None
    assert header_titles(screen.model)[:3] == ["Nivel", "Nombre", "Alertas"]  # type: ignore[attr-defined]
    assert screen.thresholds_button.text() == "Umbrales…"  # type: ignore[attr-defined]
    screen.edit_thresholds()  # type: ignore[attr-defined]
    dialog = screen.thresholds_dialog  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Umbrales de las alertas de agotamiento"
    assert dialog.panel.save_button.text() == "Guardar umbrales"
    dialog.reject()


def test_the_service_report_names_months_in_spanish(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 4, 6, 15, tzinfo=UTC))
    view = ReportsScreen(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.month.itemText(0) == "Abril de 2026 (hasta hoy)"
    assert view.month.currentText() == "Marzo de 2026"
    assert view.heading.text() == "Servicios de marzo de 2026"
    assert header_titles(view.model) == ["Medida", "Valor", "Qué cuenta"]


def test_audit_trail_counts_and_exports_in_spanish(window: MainWindow, tmp_path: Path) -> None:
    window.open_screen("audit")
    screen = window.screen_widget("audit")
    assert screen is not None
    screen.refresh()
    assert screen.user.itemText(0) == "(cualquiera)"  # type: ignore[attr-defined]
    assert screen.count_label.text().endswith(" eventos")  # type: ignore[attr-defined]
    written = screen.export_to(tmp_path / "audit.csv")  # type: ignore[attr-defined]
    assert screen.count_label.text() == f"Se exportaron {written} eventos a audit.csv."  # type: ignore[attr-defined]


def test_handouts_and_print(window: MainWindow) -> None:
    window.open_screen("handouts")
    handouts = window.screen_widget("handouts")
    assert handouts is not None
    assert handouts.new_button.text() == "&Nuevo tema"  # type: ignore[attr-defined]
    assert header_titles(handouts.model) == ["Tema", "Idioma", "Texto", "Listo"]  # type: ignore[attr-defined]
    window.open_screen("print")
    printing = window.screen_widget("print")
    assert printing is not None
    assert printing.preview_button.text() == "&Vista previa"  # type: ignore[attr-defined]
    assert printing.large.text() == "Letra grande (16 pt o más)"  # type: ignore[attr-defined]


class _Words(ListScreen[str]):
    """A list of plain words, searched in the database (here: a fixed list)."""

    columns: ClassVar[Sequence[Column[Any]]] = (Column("Word", lambda w: w),)
    search_hint = "Find"
    search_in_database = True
    words: Sequence[str] = ()

    def load(self, session: Session) -> list[str]:
        return [w for w in self.words if self.search_text() in w]

    def row_id(self, row: str) -> int:
        return hash(row)

    def count_words(self, count: int) -> str:
        return f"{count} palabra(s)"


def test_every_list_says_its_search_results_in_spanish(qtbot: Any, ctx: AppContext) -> None:
    screen = _Words(ctx)
    qtbot.addWidget(screen)
    screen.words = ["uno", "dos"]
    screen.search.setText("o")
    screen.refresh()
    assert screen.count_label.text() == "Resultados para «o»: 2 palabra(s)"
    screen.search.setText("zeta")
    screen.refresh()
    assert screen.count_label.text() == "Nada coincide con «zeta»."


def test_a_filtered_list_says_how_many_it_shows(window: MainWindow) -> None:
    window.open_screen("staff")
    screen = window.screen_widget("staff")
    assert screen is not None
    screen.search.setText("nobody by this name")  # type: ignore[attr-defined]
    assert screen.count_label.text() == "Se muestran 0 de 1 miembro del personal"  # type: ignore[attr-defined]
