"""The paper size and language pickers of the Print screen and of Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from peercenter.domain.handout_content import LANGUAGES
from peercenter.domain.printing import Paper
from peercenter.ui.language import QT_TRANSLATE_NOOP

# Shown beside a language's own name, in the window's language, for whoever does not read it.
_IN_WINDOW_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("print_choices", "English"),
    "es": QT_TRANSLATE_NOOP("print_choices", "Spanish"),
}


def paper_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for paper in Paper:
        combo.addItem(paper.label, paper.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def language_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in LANGUAGES.items():
        said = QCoreApplication.translate("print_choices", _IN_WINDOW_LANGUAGE.get(code, name))
        # Español (Spanish) for an English reader; a Spanish reader needs no gloss.
        same = said.casefold() == name.casefold()
        combo.addItem(name if same else f"{name} ({said})", code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
