"""The Unicode font every document embeds, so accents (á, ñ, ¿) and symbols print."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from peercenter.i18n import _
from peercenter.paths import resource
from peercenter.reports.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# For every table's style: plain-text cells (blank ones too) otherwise name Helvetica, a font
# the PDF does not embed.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


@cache
def register() -> None:
    """Register DejaVu Sans once per process; <b> in paragraphs maps to the bold face."""
    for name in (REGULAR, BOLD):
        path = resource("fonts", f"{name}.ttf")
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise ReportError(
                _(
                    "The handout font {name} is missing or damaged ({problem}); "
                    "reinstall PeerCenter."
                ).format(name=path.name, problem=exc)
            ) from None
    # Charts start every drawing in this font (reportlab's default would be Helvetica, a font
    # the PDF does not embed).
    rl_config.defaultGraphicsFontName = REGULAR
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
