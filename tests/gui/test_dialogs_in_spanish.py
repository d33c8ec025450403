"""The shared dialogs and widgets in Spanish: the repeat rule's words, the warnings before a
schedule change, and the handout language list, as a Spanish-speaking desk reads them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from peercenter import i18n
from peercenter.domain.confirmation import ScheduleWarning
from peercenter.domain.guardrails import Level
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.ui import language
from peercenter.ui.dialogs.guardrail_warning import GuardrailWarningDialog
from peercenter.ui.widgets.print_choices import language_combo
from peercenter.ui.widgets.recurrence_editor import RecurrenceEditor
from tests.translations_helper import compiled


@pytest.fixture
def spanish() -> None:
    compiled()
    language.apply_language("es")


def _items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.mark.usefixtures("spanish")
def test_the_repeat_editor_speaks_spanish(qtbot: Any) -> None:
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.set_value(Recurrence(Frequency.WEEKLY, 2, (1, 3)), date(2026, 3, 3))
    assert [b.text() for b in editor.day_buttons] == ["Lu", "Ma", "Mi", "Ju", "Vi", "Sá", "Do"]
    assert [b.toolTip() for b in editor.day_buttons if b.isChecked()] == ["martes", "jueves"]
    assert editor.unit.text() == "semanas"
    editor.interval.setValue(1)
    assert editor.unit.text() == "semana"
    assert editor.frequency.currentText() == "Semanal"
    assert (editor.end_never.text(), editor.end_on.text(), editor.end_after.text()) == (
        "nunca",
        "el",
        "después de",
    )
    assert [b.text() for b in editor.nth_boxes][-1] == "último"
    assert editor.value() == Recurrence(Frequency.WEEKLY, 1, (1, 3))  # words only


@pytest.mark.usefixtures("spanish")
def test_the_guardrail_warning_speaks_spanish(qtbot: Any) -> None:
    warnings = [
        ScheduleWarning("weekly_hours", Level.RED, "43 h", 1, "Lucía Gómez"),
        ScheduleWarning("back_to_back", Level.AMBER, "martes", 2, "Ramón Díaz", caused=False),
    ]
    dialog = GuardrailWarningDialog(warnings, "Círculo de la tarde")
    qtbot.addWidget(dialog)
    lines = [dialog.flags.item(r).text() for r in range(dialog.flags.rowCount())]
    assert lines == [
        "Lucía Gómez",
        "Rojo: 43 h",
        "Ramón Díaz",
        "Ámbar: martes (ya en ámbar, sin este cambio)",
    ]
    assert "a Lucía Gómez por encima" in dialog.summary_label.text()
    dialog.accept()  # no reason over a red flag
    assert dialog.error.text().startswith("Indique un motivo")


def test_the_handout_languages_are_glossed_in_the_windows_language(qtbot: Any) -> None:
    assert _items(language_combo("en")) == ["English", "Español (Spanish)"]
    compiled()
    language.apply_language("es")
    assert _items(language_combo("en")) == ["English (inglés)", "Español"]
    language.apply_language(i18n.ENGLISH)
