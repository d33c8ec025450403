"""The user guide in the language spoken: F1 opens the Spanish page of the screen in use, its
links lead to the other Spanish pages, and a page not written in Spanish falls back to the
English one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui import guide
from peercenter.ui.guide import GuideWindow, guide_folder, page_path
from peercenter.ui.language import apply_language
from peercenter.ui.main_window import MainWindow
from peercenter.ui.navigation import SCREENS
from tests.schedule_factories import front_desk
from tests.translations_helper import compiled


@pytest.fixture
def spanish() -> Iterator[None]:
    compiled()
    apply_language("es")
    yield
    apply_language("en")


# Each page opens with the screen's title as the Spanish sidebar shows it.
TITLES = {
    "today": "Hoy",
    "calendar": "Calendario",
    "groups": "Grupos",
    "participants": "Participantes",
    "staff": "Personal",
    "rooms": "Salas",
    "print": "Imprimir",
    "handouts": "Folletos",
    "credentials": "Capacitación y certificación",
    "time_entries": "Registro de horas",
    "programs": "Programas de credenciales",
    "wellbeing": "Bienestar",
    "reports": "Informes",
    "audit": "Registro de auditoría",
    "settings": "Configuración",
}


def test_every_screen_has_a_spanish_page_and_its_links_work() -> None:
    spanish = guide_folder() / "es"
    assert set(TITLES) == {spec.key for spec in SCREENS}
    for key, title in TITLES.items():
        text = (spanish / f"{key}.md").read_text(encoding="utf-8")
        assert text.startswith(f"# {title}\n"), key
        assert "## Teclas" in text and "[Todas las pantallas](index.md)" in text, key
        assert "What it does" not in text, key
    index = (spanish / "index.md").read_text(encoding="utf-8")
    assert all(f"({spec.key}.md)" in index for spec in SCREENS)
    english_pages = sorted(p.name for p in guide_folder().glob("*.md"))
    assert sorted(p.name for p in spanish.glob("*.md")) == english_pages


def test_f1_in_spanish_opens_the_spanish_page(
    qtbot: Any, sqlite_database: Database, admin: Actor, main_window: MainWindow, spanish: None
) -> None:
    front_desk(sqlite_database, admin)
    main_window.open_screen("calendar")
    main_window.screen_widget("calendar").week_view.setFocus()  # type: ignore[union-attr]
    main_window.show_guide()
    window = main_window.guide
    assert isinstance(window, GuideWindow) and window.isVisible()
    assert window.current_key() == "calendar"
    assert Path(window.browser.source().toLocalFile()).parent.name == "es"
    page = window.browser.toPlainText()
    assert page.startswith("Calendario") and "Ctrl+flechas" in page
    # A link of the Spanish page leads to the Spanish contents.
    window.browser.setSource(
        QUrl.fromLocalFile(str(guide_folder() / "es" / "index.md")),
        QTextDocument.ResourceType.MarkdownResource,
    )
    assert "Teclas que funcionan en todas partes" in window.browser.toPlainText()


def test_a_page_missing_in_spanish_is_shown_in_english(
    spanish: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "today.md").write_text("# Today\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("# Guide\n", encoding="utf-8")
    (tmp_path / "es" / "index.md").write_text("# Guía\n", encoding="utf-8")
    monkeypatch.setattr(guide, "guide_folder", lambda: tmp_path)
    assert page_path("today") == tmp_path / "today.md"
    assert page_path("no_such_screen") == tmp_path / "es" / "index.md"
    apply_language("en")
    assert page_path("no_such_screen") == tmp_path / "index.md"
