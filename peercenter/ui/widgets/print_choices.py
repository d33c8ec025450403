"""The paper size and language pickers of the Print screen and of Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from peercenter.domain.handout_content import LANGUAGES
from peercenter.domain.printing import Paper

# Shown beside a language's own name, for whoever does not read it.
_IN_ENGLISH = {"es": "Spanish"}


def paper_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for paper in Paper:
        combo.addItem(paper.label, paper.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def language_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in LANGUAGES.items():
        combo.addItem(f"{name} ({_IN_ENGLISH[code]})" if code in _IN_ENGLISH else name, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
