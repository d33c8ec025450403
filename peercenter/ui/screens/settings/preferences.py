"""My preferences: what each person chooses for themselves, whatever their role. Today the
language of their window, which is rebuilt in it at once and after each sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import LANGUAGES
from peercenter.services import preferences
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import system_locale
from peercenter.ui.widgets.form import FormFields


class PreferencesSection(QWidget):
    language_changed = Signal(object)  # the language chosen ("es"), None for the computer's

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_language: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(theme.section_label(self.tr("My preferences")))
        self.fields = FormFields()
        self.language = QComboBox()
        computer = LANGUAGES.get(system_locale().split("_")[0], LANGUAGES["en"])
        self.language.addItem(self.tr("As this computer ({language})").format(language=computer))
        self.language.setItemData(0, None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.fields.add(
            "language",
            self.tr("Language"),
            self.language,
            hint=self.tr("The language of your window, on every computer you sign in to."),
        )
        layout.addLayout(self.fields.layout)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save my preferences"))
        row.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        with self.ctx.database.reader() as session:
            self.saved_language = preferences.my_language(session, self.ctx.actor)
        index = self.language.findData(self.saved_language)
        self.language.setCurrentIndex(max(index, 0))
        self.fields.clear_errors()
        self.status.clear()

    def chosen(self) -> str | None:
        data = self.language.currentData()
        return data if isinstance(data, str) else None

    def save(self) -> None:
        language = self.chosen()
        try:
            with self.ctx.database.session() as session:
                preferences.set_my_language(session, self.ctx.actor, language)
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        changed = language != self.saved_language
        self.saved_language = language
        self.status.setText(self.tr("Saved."))
        if changed:
            self.language_changed.emit(language)
