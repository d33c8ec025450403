"""The Unicode font every PDF embeds (DejaVu Sans, shipped in resources/fonts), so names with
accents and symbols print as typed."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from peercenter.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) names."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
