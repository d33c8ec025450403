"""Finds words of the window still in English once it speaks Spanish: every text a person
can see or hear (labels, buttons, titles, tabs, column headers, list rows, tooltips, screen
reader names, menu entries, placeholders) is read, and a text counts as English when it holds
a word that the English sources use and no Spanish translation does."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]{3,}")
ROWS_READ = 15  # of each list: enough to meet every kind of row a screen shows
# Columns that show a record as it was stored (the audit trail's details: field names and
# values as kept), not the program's words.
STORED = frozenset({"Detalles"})

# English words every window says, whether or not they are in the sources yet.
COMMON = frozenset(
    " ".join(
        (
            "the and of to your you with for this that not new add edit save delete remove name",
            "group groups session sessions room rooms today week month print show date time hours",
            "notes none yes cancel close open change choose select search find next previous back",
            "all every from until when who what where which there have has are was were will can",
            "could should would must been being please only also more less than then them they",
            "their his her our its into over after before each other any some day days year years",
            "people person participant participants staff settings report reports export import",
            "file files folder backup backups restore password user sign out lock quit help about",
            "guide check wellbeing training supervision credential credentials program programs",
            "requirement calendar handout handouts sheet packet attendance present absent late",
            "excused held cancelled scheduled waitlist roster enroll enrolled active inactive",
            "archived level totals summary details detail description title kind type status",
            "reason",
            "warning problem saved nothing something went wrong loading empty filter clear reset",
            "apply default language english phone email address closure closures holiday",
        )
    ).split()
)

# Names, brands and marks that read the same in both languages.
SAME_IN_BOTH = {
    # each language is named in its own words in the language choices
    "english",
    # time zone names
    "met",
    "peercenter",
    "csv",
    "pdf",
    "ics",
    "excel",
    "utf",
    "windows",
    "naadac",
    "icrc",
    "cbi",
    "ctrl",
    "shift",
    "esc",
    "enter",
    "tab",
    "alt",
    "https",
    "http",
    "www",
    "postgresql",
    "sqlite",
    "com",
    "org",
    "total",
    "general",
    "error",
    "local",
    "normal",
    "final",
    "mental",
    "personal",
    "central",
    "social",
    "ideal",
    "real",
    "visual",
    "manual",
    "formal",
    "legal",
    "plan",
    "crisis",
    "admin",
    "ada",
    "page",
    "down",
    "home",
    "end",
    "del",
}


def _questionnaire_words(data: dict[str, object]) -> list[str]:
    words = [str(data.get(k, "")).strip() for k in ("title", "short_title", "instructions")]
    for table in ("items", "scales"):
        for entry in data.get(table, []):  # type: ignore[attr-defined]
            words += [str(entry.get("text", "")), str(entry.get("label", ""))]
    for responses in data.get("responses", {}).values():  # type: ignore[attr-defined]
        words += [str(option["label"]) for option in responses["options"]]
    return words


def english_content() -> tuple[str, ...]:
    """Content shipped in English, shown as it is in any language: the titles of the English
    handouts, and the burnout inventory, asked in its published English wording."""
    import tomllib

    texts = []
    for path in (ROOT / "resources" / "handouts" / "topics").glob("*.en.toml"):
        texts.append(str(tomllib.loads(path.read_text(encoding="utf-8")).get("title", "")))
    cbi = tomllib.loads((ROOT / "resources" / "questionnaires" / "cbi.toml").read_text("utf-8"))
    texts += _questionnaire_words(cbi)
    return tuple(sorted((t for t in texts if t), key=len, reverse=True))


def english_only_words() -> set[str]:
    english: set[str] = set(COMMON)
    spanish: set[str] = set()
    for message in ET.parse(TRANSLATIONS / "peercenter_es.ts").getroot().iter("message"):
        english |= {w.lower() for w in _WORD.findall(message.findtext("source") or "")}
        translation = message.find("translation")
        if translation is not None:
            spanish |= {w.lower() for w in _WORD.findall("".join(translation.itertext()))}
    po = (TRANSLATIONS / "peercenter_es.po").read_text(encoding="utf-8")
    for line in po.splitlines():
        if line.startswith("msgid"):
            english |= {w.lower() for w in _WORD.findall(line[5:])}
        elif line.startswith("msgstr"):
            spanish |= {w.lower() for w in _WORD.findall(line[6:])}
    return english - spanish - SAME_IN_BOTH


def _model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model
        columns = 1
    found = []
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str) and header:
            found.append(("column header", header))
    shown = [
        c for c in range(columns) if model.headerData(c, Qt.Orientation.Horizontal) not in STORED
    ]
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in shown:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str) and value:
                    found.append(("list row", value))
    return found


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of ``top`` and its visible children."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow() and widget.windowTitle():
            found.append(("window title", widget.windowTitle()))
        for where, text in (
            ("tooltip", widget.toolTip()),
            ("screen reader name", widget.accessibleName()),
            ("screen reader description", widget.accessibleDescription()),
        ):
            if text:
                found.append((where, text))
        if isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("box title", widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [("choice", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            found += _model_texts(widget)
        found += [("menu entry", a.text()) for a in widget.actions() if a.text()]
    return [(where, text) for where, text in found if text]


def english_in(text: str, vocabulary: set[str], data: tuple[str, ...] = ()) -> list[str]:
    """The English words of ``text``, leaving out ``data`` (names people typed, shipped
    English content) found in it."""
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    for value in data:
        plain = plain.replace(value, " ")
    plain = re.sub(r"\S*(://|/|\\)\S*", " ", plain)  # addresses and file names are data
    return sorted({w for w in _WORD.findall(plain) if w.lower() in vocabulary})
