"""What this computer remembers about the window between starts (geometry, last screen).
Center-wide policy lives in the database; this is per computer, in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from peercenter import APP_NAME

_GEOMETRY = "main_window/geometry"
_LAST_SCREEN = "main_window/last_screen"
_CENTER_NAME = "login/center_name"


class UiState:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def default(cls) -> UiState:
        return cls(QSettings(APP_NAME, APP_NAME))

    @classmethod
    def from_file(cls, path: str) -> UiState:
        """A private settings file (screenshots, tests)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, value)

    @property
    def last_screen(self) -> str:
        value = self._settings.value(_LAST_SCREEN, "")
        return value if isinstance(value, str) else ""

    @last_screen.setter
    def last_screen(self, key: str) -> None:
        self._settings.setValue(_LAST_SCREEN, key)

    @property
    def center_name(self) -> str:
        """The center's name as last read from its database: the login window shows it before
        the database is open again."""
        value = self._settings.value(_CENTER_NAME, "")
        return value if isinstance(value, str) else ""

    @center_name.setter
    def center_name(self, name: str) -> None:
        if name != self.center_name:
            self._settings.setValue(_CENTER_NAME, name)

    def sync(self) -> None:
        self._settings.sync()
