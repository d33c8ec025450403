"""Page, type and colour shared by every document: warm, calm, high-contrast, and big enough
for poor eyesight (large print sets body text at 16 pt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
)

from peercenter.domain.printing import CenterInfo, Paper
from peercenter.i18n import _
from peercenter.reports import fonts
from peercenter.reports.errors import ReportError

INK = colors.HexColor("#1f2a2e")  # near-black, softer than pure black
ACCENT = colors.HexColor("#1d6b6a")  # deep teal: headings and rules
WARM = colors.HexColor("#fbf4e6")  # cream boxes
WARM_EDGE = colors.HexColor("#e3c99a")
CALM = colors.HexColor("#e8f3f1")  # the resources box
CALM_EDGE = colors.HexColor("#7fb3ad")
FAINT = colors.HexColor("#8a9396")  # writing lines and rules, never text
MARGIN = 0.7 * inch
MUTED_HEX = "#4a5457"  # secondary text: 7:1 against white
MUTED = colors.HexColor(MUTED_HEX)
GRID = colors.HexColor("#b8c2cc")  # a table's lines
TABLE_HEAD = colors.HexColor("#e8eef3")  # a table's heading row
# The writing width of a US letter page: the papers for a certification board or a funder.
LETTER_WIDTH = LETTER[0] - 2 * MARGIN


def page_size(paper: Paper, wide: bool = False) -> tuple[float, float]:
    size = LETTER if paper == Paper.LETTER else A4
    width, height = landscape(size) if wide else size
    return float(width), float(height)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    center_name: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    box_heading: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    bullet_number: ParagraphStyle
    size: float

    @property
    def leading(self) -> float:
        return float(self.body.leading)


@cache
def styles(large_print: bool = False) -> Styles:
    fonts.register()
    size = 16.0 if large_print else 11.5
    body = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=size,
        leading=size * 1.4,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=size * 0.3,
    )
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=size * 0.8, leading=size * 0.8 * 1.35, spaceAfter=0
        ),
        center_name=ParagraphStyle(
            "center",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=size,
            leading=size * 1.3,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=size * 1.9,
            leading=size * 2.3,
            textColor=INK,
            spaceAfter=size * 0.3,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=size * 1.3,
            leading=size * 1.7,
            textColor=ACCENT,
            spaceBefore=size * 0.7,
            spaceAfter=size * 0.25,
            keepWithNext=1,
        ),
        box_heading=ParagraphStyle(
            "box_heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=size * 1.15,
            leading=size * 1.5,
            textColor=INK,
            spaceAfter=size * 0.3,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontName=fonts.BOLD, textColor=ACCENT, spaceAfter=0
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=size * 1.6,
            bulletIndent=size * 0.3,
            bulletFontName=fonts.REGULAR,
            bulletFontSize=size,
            bulletColor=ACCENT,
        ),
        bullet_number=ParagraphStyle(
            "number",
            parent=body,
            leftIndent=size * 1.6,
            bulletIndent=size * 0.3,
            bulletFontName=fonts.BOLD,
            bulletFontSize=size,
            bulletColor=ACCENT,
        ),
        size=size,
    )


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup from the content files)."""
    return Paragraph(escape(value), style)


class Box(Flowable):  # type: ignore[misc]
    """Flowables on a tinted panel with a border; kept on one page. Lighter than a
    one-cell table: each part is wrapped once."""

    def __init__(
        self, content: Sequence[Flowable], fill: colors.Color, edge: colors.Color, pad: float
    ) -> None:
        super().__init__()
        self.content, self.fill, self.edge, self.pad = list(content), fill, edge, pad
        self._placed: list[tuple[Flowable, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = availWidth - 2 * self.pad
        y, self._placed = self.pad * 0.8, []
        for i, flowable in enumerate(self.content):
            if i:
                y += flowable.getSpaceBefore()
            _, height = flowable.wrap(inner, availHeight)
            self._placed.append((flowable, y + height))
            y += height + (flowable.getSpaceAfter() if i < len(self.content) - 1 else 0)
        self.width, self.height = availWidth, y + self.pad * 0.6
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.edge)
        canvas.setLineWidth(1.2)
        canvas.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        canvas.restoreState()
        for flowable, bottom in self._placed:
            flowable.drawOn(canvas, self.pad, self.height - bottom)


def boxed(
    content: Sequence[Flowable], width: float, fill: colors.Color, edge: colors.Color, pad: float
) -> Box:
    return Box(content, fill, edge, pad)


def logo(center: CenterInfo, height: float) -> Image | None:
    if not center.logo_path:
        return None
    try:
        image = Image(center.logo_path)
    except OSError as exc:
        raise ReportError(
            _(
                "The center's logo {path} cannot be read ({problem}). "
                "Choose a PNG or JPEG file in Settings."
            ).format(path=center.logo_path, problem=exc)
        ) from None
    scale = height / image.imageHeight
    image.drawHeight = height
    image.drawWidth = min(image.imageWidth * scale, 2.2 * inch)
    return image


def flowable_height(flowable: Flowable, width: float, height: float) -> float:
    """The room a flowable takes in a frame, with the space around it."""
    return float(
        flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    )
