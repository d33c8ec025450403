"""PeerCenter's translations: the window's words (Qt's .ts, from tr() in peercenter/ui and
peercenter/app.py) and every other layer's (gettext's .po, from _() and ngettext()).

    python build_scripts/translations.py update    # the sources' words into the .ts and .po
    python build_scripts/translations.py compile   # .ts -> .qm, .po -> .mo (when stale)
    python build_scripts/translations.py check     # missing, obsolete, unfinished: counts

`update` is run by whoever adds or changes words; translators then fill the .ts with Qt
Linguist (`pyside6-linguist`) or any editor, and the .po with any PO editor. `compile` runs
before `make run`, `make demo`, `make test` and `make dist`; its output is not kept in git.
Both files are written without source locations, so that a moved line changes nothing."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es",)  # besides English, which the sources are written in
# English needs a .ts too, for Qt's plurals only ("%n rooms" -> "1 room"); gettext's English
# plurals are in the sources' ngettext().
QT_LANGUAGES = ("en", *LANGUAGES)
QT_SOURCES = ("peercenter/ui", "peercenter/app.py")
GETTEXT_SOURCES = "peercenter"
# Not the program's words: the migrations speak only to the schema.
GETTEXT_SKIP = ("peercenter/db/migrations/",)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PROJECT = "PeerCenter"


def ts_file(language: str) -> Path:
    return FOLDER / f"peercenter_{language}.ts"


def po_file(language: str) -> Path:
    return FOLDER / f"peercenter_{language}.po"


def qm_file(language: str) -> Path:
    return FOLDER / f"peercenter_{language}.qm"


def mo_file(language: str) -> Path:
    return FOLDER / f"peercenter_{language}.mo"


def _tool(name: str) -> str:
    """A Qt tool of PySide6, beside this Python (the venv's bin/ or Scripts\\)."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed: install PySide6-Essentials.")
    return found


# -- the window's words (Qt) -------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    finished: bool
    files: tuple[str, ...] = ()


def qt_source_files() -> list[str]:
    """Every Python file of the window, relative to the root (lupdate does not look for .py
    files in folders itself)."""
    found: list[str] = []
    for name in QT_SOURCES:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        found += [f.relative_to(ROOT).as_posix() for f in files]
    return found


def _lupdate(target: Path, *options: str) -> None:
    language = target.stem.rsplit("_", 1)[1]
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(qt_source_files()) + "\n", encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                f"@{listing}",
                *("-ts", str(target), *options),
                *("-source-language", "en", "-target-language", language),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def read_ts(path: Path) -> list[Message]:
    found = []
    last_file = ""  # relative locations name a file only where it changes
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            texts = [translation.text or ""] if translation is not None else [""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            names = set()
            for location in message.iter("location"):
                last_file = location.get("filename", last_file)
                names.add(last_file)
            files = tuple(sorted(names - {""}))
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    kind != "unfinished" and all(t.strip() for t in texts),
                    files,
                )
            )
    return found


def _only(language: str) -> tuple[str, ...]:
    return ("-pluralonly",) if language == "en" else ()


def qt_messages_in_sources(language: str) -> list[Message]:
    """What lupdate finds in the sources now, each with the files it is in."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"peercenter_{language}.ts"
        _lupdate(target, "-locations", "relative", *_only(language))
        messages = read_ts(target)
    return [
        Message(m.context, m.source, m.finished, tuple(_from_root(f) for f in m.files))
        for m in messages
    ]


def _from_root(filename: str) -> str:
    """lupdate writes a location relative to the .ts file; the tail from peercenter/ on."""
    parts = Path(filename).parts
    return "/".join(parts[parts.index("peercenter") :]) if "peercenter" in parts else filename


# -- every other layer's words (gettext) -------------------------------------------------------


def _gettext_catalogue(language: str):  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalogue = Catalog(locale=language, project=PROJECT, fuzzy=False)
    for filename, line, message, comments, context in extract_from_dir(
        str(ROOT / GETTEXT_SOURCES),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        path = f"{GETTEXT_SOURCES}/{filename}".replace("\\", "/")
        if path.startswith(GETTEXT_SKIP):
            continue
        catalogue.add(message, None, [(path, line)], auto_comments=comments, context=context)
    return catalogue


def _read_po(path: Path):  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        return read_po(file)


def _write_po(path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po

    with path.open("wb") as file:
        write_po(
            file, catalogue, width=100, no_location=True, sort_output=True, ignore_obsolete=True
        )


def gettext_messages_in_sources(language: str) -> list[Message]:
    return [
        Message(
            "",
            m.id if isinstance(m.id, str) else m.id[0],
            False,
            tuple(sorted({p for p, _line in m.locations})),
        )
        for m in _gettext_catalogue(language)
        if m.id
    ]


def read_po_messages(path: Path) -> list[Message]:
    found = []
    for m in _read_po(path):
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple | list) else (m.string,)
        source = m.id if isinstance(m.id, str) else m.id[0]
        found.append(Message("", source, not m.fuzzy and all(s.strip() for s in strings)))
    return found


# -- the commands ------------------------------------------------------------------------------


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in QT_LANGUAGES:
        _lupdate(ts_file(language), "-locations", "none", "-no-obsolete", *_only(language))
        print(f"Updated {ts_file(language).name}")
    for language in LANGUAGES:
        fresh = _gettext_catalogue(language)
        path = po_file(language)
        if path.exists():
            catalogue = _read_po(path)
            fresh.creation_date = catalogue.creation_date  # no change when no words changed
            catalogue.update(fresh, no_fuzzy_matching=True)
            catalogue.obsolete.clear()
        else:
            catalogue = fresh
        _write_po(path, catalogue)
        print(f"Updated {path.name}")


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def compile_all(force: bool = False) -> list[Path]:
    """The .qm and .mo of every language whose .ts or .po is newer; the files written."""
    from babel.messages.mofile import write_mo

    written = []
    for language in QT_LANGUAGES:
        ts, qm = ts_file(language), qm_file(language)
        if ts.exists() and (force or _stale(qm, ts)):
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
            written.append(qm)
    for language in LANGUAGES:
        po, mo = po_file(language), mo_file(language)
        if po.exists() and (force or _stale(mo, po)):
            catalogue = _read_po(po)
            partial = mo.with_suffix(".mo.part")
            with partial.open("wb") as file:
                write_mo(file, catalogue, use_fuzzy=False)
            partial.replace(mo)
            written.append(mo)
    return written


@dataclass
class Report:
    """How a committed translation file stands against the sources."""

    missing: list[Message] = field(default_factory=list)  # in the sources, not in the file
    obsolete: list[Message] = field(default_factory=list)  # in the file, not in the sources
    unfinished: list[Message] = field(default_factory=list)  # in both, not translated


def _compare(sources: Iterable[Message], committed: Iterable[Message]) -> Report:
    by_key = {(m.context, m.source): m for m in sources}
    kept = {(m.context, m.source): m for m in committed}
    report = Report()
    report.missing = [m for k, m in by_key.items() if k not in kept]
    report.obsolete = [m for k, m in kept.items() if k not in by_key]
    report.unfinished = [by_key[k] for k, m in kept.items() if k in by_key and not m.finished]
    return report


def check() -> dict[str, Report]:
    """Each translation file's report, by file name."""
    reports = {
        ts_file(language).name: _compare(
            qt_messages_in_sources(language), read_ts(ts_file(language))
        )
        for language in QT_LANGUAGES
    }
    for language in LANGUAGES:
        reports[po_file(language).name] = _compare(
            gettext_messages_in_sources(language), read_po_messages(po_file(language))
        )
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("--force", action="store_true", help="compile even when up to date")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        for path in compile_all(args.force):
            print(f"Compiled {path.relative_to(ROOT)}")
    else:
        for name, report in check().items():
            print(
                f"{name}: {len(report.missing)} missing, {len(report.obsolete)} obsolete, "
                f"{len(report.unfinished)} unfinished"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
