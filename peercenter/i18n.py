"""The language PeerCenter speaks outside Qt's widgets, and the locale it writes dates in.

Services, domain rules, reports and the command line say their words through ``_()`` and
``ngettext()`` (the standard library's gettext, with the catalogue
``resources/translations/peercenter_LANG.mo`` compiled from its ``.po`` by the build), so they
stay free of Qt and the command line speaks the same language as the window. The window's own
words go through Qt's ``tr()`` (see ``peercenter.ui.language``), which activates the same
language here at sign-in.

One language is active in the process at a time: the window has one person signed in, and a
command runs for one person. With no catalogue (not compiled yet) the words stay English.

Words with values are written with named fields, so a translation may put them in its own
order: ``_("Room {name} is booked.").format(name=room.name)``, never an f-string (which
cannot be looked up). This module imports nothing of the project but the CLDR table
``locale_data``: every layer may use it."""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ENGLISH = "en"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}  # each in its own words
CATALOGUE = "peercenter_{language}.mo"
# When the system names no region (the C locale of a bare server or container) dates read as
# in the United States, where PeerCenter's centers are.
DEFAULT_REGION = "US"


@dataclass(frozen=True)
class Active:
    language: str  # one of LANGUAGES
    locale: str  # the language with the system's region where there is one: "es_US"
    translations: gettext.NullTranslations


_active = Active(ENGLISH, f"{ENGLISH}_{DEFAULT_REGION}", gettext.NullTranslations())


def _(message: str) -> str:
    """``message`` in the active language."""
    return _active.translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for ``count`` in the active language (Spanish has two forms, as English)."""
    return _active.translations.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks words kept in a constant, to be extracted now and translated where shown:
    ``WRONG = N_("Wrong user name or password.")`` ... ``raise AuthenticationError(_(WRONG))``."""
    return message


def active_language() -> str:
    return _active.language


def active_locale() -> str:
    """The locale dates and times are written in, as Babel and Qt name it: "en_US"."""
    return _active.locale


def system_locale() -> str:
    """The system's locale as "ll_RR" (or "ll"): the environment on Linux and macOS
    (LC_ALL, LC_MESSAGES, LANG, as the C library reads them), the user's locale on Windows.
    None of them, or the C locale: English in the United States."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            name = value.split(".")[0].split("@")[0]
            if name not in ("C", "POSIX"):
                return name.replace("-", "_")
            break
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        windll = getattr(ctypes, "windll", None)
        if windll is not None and windll.kernel32.GetUserDefaultLocaleName(buffer, 85):
            return buffer.value.replace("-", "_")
    return f"{ENGLISH}_{DEFAULT_REGION}"


def supported(language: str | None) -> str | None:
    """``language`` (or a locale such as "es_MX") as one of LANGUAGES, or None."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def language_of(locale: str) -> str:
    """The language the window starts in on a system with this locale: its own when
    PeerCenter speaks it, else English."""
    return supported(locale) or ENGLISH


def locale_for(language: str, system: str) -> str:
    """Where dates are written as ``language`` does in the system's region: Spanish on a US
    computer is "es_US" (12-hour times), on a Spanish one "es_ES"; in a region CLDR has no
    locale of the language for, as the language does."""
    from peercenter.locale_data import LOCALE_TIME_PATTERN

    parts = system.replace("-", "_").split("_")
    region = parts[1] if len(parts) > 1 and parts[1].isalpha() else DEFAULT_REGION
    candidate = f"{language}_{region.upper()}"
    return candidate if candidate in LOCALE_TIME_PATTERN else language


def activate(language: str | None, system: str, catalogues: Path) -> Active:
    """Speak ``language`` from now on (None: the system's), with dates as in the region of
    ``system`` (a locale name, see ``system_locale``). ``catalogues`` is the folder of the
    compiled ``.mo`` files; a missing one leaves the words English."""
    global _active
    chosen = supported(language) or language_of(system)
    translations: gettext.NullTranslations = gettext.NullTranslations()
    if chosen != ENGLISH:
        path = catalogues / CATALOGUE.format(language=chosen)
        try:
            with path.open("rb") as file:
                translations = gettext.GNUTranslations(file)
        except OSError:
            pass  # not compiled: English words, the chosen language's dates
    _active = Active(chosen, locale_for(chosen, system), translations)
    return _active


def restore(previous: Active) -> None:
    """Go back to what ``activate`` returned earlier (tests, a command run in between)."""
    global _active
    _active = previous


@contextmanager
def in_english() -> Iterator[None]:
    """English words and US dates for a while, whatever the person speaks: the papers a
    certification board or a funder receives are written in English throughout, not with
    dates and rule names in the language of whoever saved them."""
    previous = _active
    restore(Active(ENGLISH, f"{ENGLISH}_{DEFAULT_REGION}", gettext.NullTranslations()))
    try:
        yield
    finally:
        restore(previous)


def current() -> Active:
    return _active
