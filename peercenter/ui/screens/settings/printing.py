"""The Printing section of Settings: the logo on handouts (chosen with a file dialog, shown
small, removable), and what the Print screen starts with: paper, language, large print, the
wording and blank lines of sign-in sheets, and whether each document of the day's packet
starts on a new sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peercenter.services import settings
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.settings.section import SettingsSection
from peercenter.ui.widgets.print_choices import language_combo, paper_combo

LOGO, PAPER, LANGUAGE = "center.logo_path", "handouts.paper", "handouts.language"
LARGE, NEUTRAL, BLANK, NEW_SHEET = (
    "handouts.large_print",
    "handouts.neutral_wording",
    "handouts.sign_in_blank_lines",
    "handouts.new_sheet_each_document",
)
PREVIEW_HEIGHT = 56


def logo_problem(path: str) -> str:
    """Why this logo cannot be printed (the setting's own check); "" when it can."""
    check = settings.SPECS[LOGO].check
    return (check(path) or "") if check is not None else ""


class LogoPicker(QWidget):
    """The chosen file's name, a small preview of it, Choose… and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_HEIGHT * 3, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("logoPreview")
        self.preview.setAccessibleName(self.tr("Logo preview"))
        words = QVBoxLayout()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Logo problem"))
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        words.addWidget(self.file_label)
        words.addWidget(self.problem)
        words.addLayout(buttons)
        layout.addWidget(self.preview)
        layout.addLayout(words, 1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_path(""))

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path.strip()
        problem = logo_problem(self._path)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.remove_button.setEnabled(bool(self._path))
        self.file_label.setText(
            Path(self._path).name
            if self._path
            else self.tr("No logo: handouts show the center's name only.")
        )
        self.file_label.setToolTip(self._path)
        pixmap = QPixmap(self._path) if self._path and not problem else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if not self._path else "?")
        else:
            self.preview.setText("")
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def choose(self) -> None:
        start = str(Path(self._path).parent) if self._path else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for handouts"),
            start,
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if name:
            self.set_path(name)


class PrintingSection(SettingsSection):
    keys = (LOGO, PAPER, LANGUAGE, LARGE, NEUTRAL, BLANK, NEW_SHEET)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("PrintingSection", "Printing")
        save = QCoreApplication.translate("PrintingSection", "Save printing settings")
        super().__init__(ctx, title, save, parent)
        self.logo = LogoPicker()
        self.paper = paper_combo("letter")
        self.language = language_combo("en")
        self.large_print = QCheckBox(self.tr("Large print (16 pt and up)"))
        self.neutral = QCheckBox(self.tr("No center, group or program names on sign-in sheets"))
        self.blank_lines = QSpinBox()
        self.blank_lines.setRange(0, 40)
        self.blank_lines.setSuffix(self.tr(" lines"))
        self.new_sheet = QCheckBox(
            self.tr("Start each document of the day's packet on a new sheet")
        )
        self.fields.add(LOGO, self.tr("Logo on handouts"), self.logo)
        self.fields.add(PAPER, self.tr("Paper size"), self.paper)
        self.fields.add(
            LANGUAGE,
            self.tr("Handout language"),
            self.language,
            hint=self.tr("A topic without a translation prints in English."),
        )
        self.fields.add(LARGE, "", self.large_print)
        self.fields.add(
            NEUTRAL,
            self.tr("Sign-in sheets"),
            self.neutral,
            hint=self.tr(
                "For centers where a sheet left lying around must not say what the group is about."
            ),
        )
        self.fields.add(
            BLANK,
            self.tr("Blank lines"),
            self.blank_lines,
            hint=self.tr(
                "On each sign-in sheet, for walk-ins and people who are not printed on it."
            ),
        )
        self.fields.add(
            NEW_SHEET,
            self.tr("Two-sided printing"),
            self.new_sheet,
            hint=self.tr(
                "A blank page goes in where needed, so no handout someone takes home has "
                "another group's sign-in sheet on its back."
            ),
        )
        self.layout_.insertWidget(
            1,
            theme.hint_label(
                self.tr(
                    "The logo, and what the Print screen starts with: each document can "
                    "still be printed differently."
                )
            ),
        )

    def load(self, current: dict[str, Any]) -> None:
        self.logo.set_path(str(current[LOGO]))
        self.paper.setCurrentIndex(max(self.paper.findData(current[PAPER]), 0))
        self.language.setCurrentIndex(max(self.language.findData(current[LANGUAGE]), 0))
        self.large_print.setChecked(bool(current[LARGE]))
        self.neutral.setChecked(bool(current[NEUTRAL]))
        self.blank_lines.setValue(int(current[BLANK]))
        self.new_sheet.setChecked(bool(current[NEW_SHEET]))

    def values(self) -> dict[str, Any]:
        return {
            LOGO: self.logo.path,
            PAPER: self.paper.currentData(),
            LANGUAGE: self.language.currentData(),
            LARGE: self.large_print.isChecked(),
            NEUTRAL: self.neutral.isChecked(),
            BLANK: self.blank_lines.value(),
            NEW_SHEET: self.new_sheet.isChecked(),
        }
