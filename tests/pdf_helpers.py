"""Reading printed documents back the way a person reads paper: the words, in order, without
the layout's line breaks, tabs or typographic ligatures."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

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


def embedded_fonts(pdf: bytes | Path) -> set[str]:
    names = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names
