"""The start-up windows, Settings and the print preview in Spanish: every word shows whole,
though Spanish runs about a quarter longer than English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from peercenter.db.engine import Database
from peercenter.ui import language
from peercenter.ui.context import AppContext
from peercenter.ui.first_start import FirstStartWizard
from peercenter.ui.printing.preview import PdfPreview
from peercenter.ui.screens.settings import SettingsScreen
from tests.translations_helper import compiled


@pytest.fixture(autouse=True)
def _spanish() -> None:
    compiled()
    language.apply_language("es")


def _labels(form: QFormLayout) -> list[QLabel]:
    found = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            found.append(label)
    return found


def test_the_welcome_page_shows_all_of_its_spanish_text(
    qtbot: Any, sqlite_database: Database
) -> None:
    wizard = FirstStartWizard(sqlite_database)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    text = wizard.welcome.findChild(QLabel, "welcome")
    assert isinstance(text, QLabel)
    assert text.text().startswith("<p>PeerCenter reúne")
    assert text.height() >= text.heightForWidth(text.width())
    assert wizard.welcome.restore_button.text() == "Restaurar desde una copia de seguridad…"


def test_every_settings_section_lines_up_on_a_column_wide_enough_for_its_labels(
    qtbot: Any, ctx: AppContext
) -> None:
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    forms = [screen.preferences.fields, *(section.fields for section in screen.sections)]
    labels = [label for form in forms for label in _labels(form.layout)]
    assert "Fechas en hojas de cálculo" in [label.text() for label in labels]
    widths = {label.minimumWidth() for label in labels}
    assert len(widths) == 1
    assert widths.pop() >= max(label.sizeHint().width() for label in labels)


def test_a_long_message_in_the_preview_wraps_instead_of_widening_the_window(qtbot: Any) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    message = (
        "No hay nada que imprimir el miércoles 30 de septiembre de 2026: no hay sesiones, "
        "o todas están canceladas."
    )
    preview.clear(message)
    whole_line = preview.pages.fontMetrics().horizontalAdvance(message)
    assert preview.pages.minimumSizeHint().width() < whole_line / 2
    assert preview.fit_width.text() == "Ajustar al ancho"
