"""The committed translations against the sources: every word the program can say is in the
.ts (the window, found by pyside6-lupdate) or the .po (everything else, found by Babel's
extraction), nothing is left there that the program no longer says, and every word outside
the areas still being translated has its Spanish.

PENDING_AREAS lists the parts of the program whose words may still be untranslated. It only
shrinks: whoever finishes translating an area takes it off the list, and from then on this
test keeps it translated. When the list is empty, the whole program speaks Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.translations_helper import script

ROOT = Path(__file__).resolve().parents[2]

PENDING_AREAS: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def reports() -> dict[str, object]:
    return script().check()  # type: ignore[no-any-return]


def _words(messages: list[object]) -> list[str]:
    return [f"{m.context}: {m.source!r} ({', '.join(m.files)})" for m in messages]  # type: ignore[attr-defined]


def _pending(files: tuple[str, ...]) -> bool:
    return bool(files) and all(f.startswith(PENDING_AREAS) for f in files)


@pytest.mark.parametrize("name", ["peercenter_en.ts", "peercenter_es.ts", "peercenter_es.po"])
def test_the_file_has_every_word_of_the_sources_and_no_other(
    reports: dict[str, object], name: str
) -> None:
    report = reports[name]
    hint = "run: python build_scripts/translations.py update"
    assert _words(report.missing) == [], hint  # type: ignore[attr-defined]
    assert _words(report.obsolete) == [], hint  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["peercenter_en.ts", "peercenter_es.ts", "peercenter_es.po"])
def test_every_word_outside_the_pending_areas_is_translated(
    reports: dict[str, object], name: str
) -> None:
    unfinished = [m for m in reports[name].unfinished if not _pending(m.files)]  # type: ignore[attr-defined]
    assert _words(unfinished) == []


def test_the_pending_areas_are_parts_of_the_program() -> None:
    assert [a for a in PENDING_AREAS if not (ROOT / a.rstrip("/")).exists()] == []
