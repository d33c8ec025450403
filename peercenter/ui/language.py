"""The window's language: Qt's translators for PeerCenter's own words (peercenter_LANG.qm,
compiled from resources/translations/peercenter_LANG.ts) and for Qt's standard buttons and
dialogs (qtbase_LANG.qm, shipped with PySide6), the locale Qt writes numbers and dates in, and
the same language for the words of the services (peercenter.i18n).

Applied before each window is built: the login window in the system's language, the main
window in the signed-in person's. A missing .qm leaves those words English."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peercenter import i18n, paths

_installed: list[QTranslator] = []  # kept alive while installed: Qt does not own them


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks words kept in a constant for pyside6-lupdate (which looks for this name), to be
    translated where shown with ``QCoreApplication.translate(context, text)``. PySide6's own
    function of the name is typed as returning ``object``."""
    return text


def system_locale() -> str:
    """The desktop's locale as Qt reads it (on Windows the user's region setting), else
    what the environment says."""
    name = QLocale.system().name()
    return name if name not in ("C", "") else i18n.system_locale()


def qt_translations_folders() -> list[Path]:
    """Where Qt's own .qm files are: Qt's configured folder, else PySide6's (the bundle)."""
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return [configured, bundled]


def _load(translator: QTranslator, name: str, folders: list[Path]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders if folder.is_dir())


def apply_language(language: str | None) -> str:
    """Speak ``language`` ("en", "es"; None: the system's) in every window built from now
    on, and in the services' messages; the language in use."""
    app = QCoreApplication.instance()
    system = system_locale()
    active = i18n.activate(language, system, paths.resource("translations"))
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator()
    if _load(own, f"peercenter_{active.language}", [paths.resource("translations")]):
        _installed.append(own)
    if active.language != i18n.ENGLISH:
        qt = QTranslator()
        if _load(qt, f"qtbase_{active.language}", qt_translations_folders()):
            _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(active.locale))
    return active.language
