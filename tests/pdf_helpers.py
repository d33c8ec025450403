"""Reading printed documents back the way a person reads paper: the words, in order, without
the layout's line breaks, tabs or typographic ligatures."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.generic import Destination, DictionaryObject, PdfObject

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def normalise(text: str) -> str:
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"-\n(?=\w)", "-", text)  # a hyphenated word broken across lines
    return re.sub(r"\s+", " ", text).strip()


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)


def pdf_text(pdf: bytes | Path) -> str:
    return normalise(" ".join(page.extract_text() or "" for page in reader(pdf).pages))


def page_sizes(pdf: bytes | Path) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader(pdf).pages
    }


def text_sizes(pdf: bytes | Path) -> list[tuple[str, float]]:
    """Every run of text of more than a few characters, with its size in points."""
    sizes: list[tuple[str, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if len(text.strip()) > 3:
            sizes.append((text.strip(), round(size * abs(tm[3] or 1), 1)))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def dictionary(value: object, what: str) -> DictionaryObject:
    """``value`` read through its reference, which must be a PDF dictionary."""
    found = value.get_object() if isinstance(value, PdfObject) else value
    if not isinstance(found, DictionaryObject):
        raise AssertionError(f"{what} is a {type(found).__name__}, not a PDF dictionary")
    return found


def page_fonts(page: PageObject) -> list[DictionaryObject]:
    """The fonts a page uses (none if it has no text)."""
    resources = dictionary(page["/Resources"], "the page resources")
    fonts = dictionary(resources.get("/Font", DictionaryObject()), "the page fonts")
    return [dictionary(ref, f"font {name}") for name, ref in fonts.items()]


def embedded_fonts(pdf: bytes | Path) -> set[str]:
    return {str(font.get("/BaseFont")) for page in reader(pdf).pages for font in page_fonts(page)}


def outline_starts(doc: PdfReader) -> list[tuple[str, int]]:
    """The bookmarks of the outline's top level, each with the page it opens, from 1."""
    starts: list[tuple[str, int]] = []
    for entry in doc.outline:
        if not isinstance(entry, Destination):
            raise AssertionError(f"the outline nests bookmarks under {starts[-1][0]!r}")
        page = doc.get_destination_page_number(entry)
        if page is None:
            raise AssertionError(f"the bookmark {entry.title!r} opens no page")
        starts.append((str(entry.title), page + 1))
    return starts
