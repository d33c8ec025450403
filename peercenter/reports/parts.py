"""One PDF of one or more documents ("parts"): each part has its own footer and page numbers
and an entry in the PDF's outline; in a packet printed on both sides each part starts on the
front of a new sheet. The file says its language, embeds every font it uses and, for paper
without program wording, names no program in its properties either."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from peercenter.i18n import _
from peercenter.reports import fonts
from peercenter.reports.errors import BuildCancelled, ReportError
from peercenter.reports.layout import MARGIN, MUTED, Styles

# Footer text: grey, yet 7.0:1 against white paper (WCAG asks at least 4.5:1 for small type).
APP_NAME = "PeerCenter"
LANGUAGE_TAGS = {"en": "en-US", "es": "es-US"}

ProgressCallback = Callable[[int, int], bool]

# Page templates: the plain page, and a handout's page with the crisis lines in its footer.
PLAIN = "plain"
WITH_HELP = "with_help"


@dataclass(frozen=True)
class DocumentInfo:
    """The file's properties. ``neutral``: paper that must not tell what it is from (a
    sign-in sheet without program wording), so neither Author nor Creator names anything."""

    title: str
    language: str
    author: str = ""
    neutral: bool = False


class PartStart(Flowable):  # type: ignore[misc]
    """Marks where one document begins: its footer, page label ('Page {n}'), the crisis
    lines printed on each of its pages (``help_lines``), and its outline entry."""

    def __init__(
        self,
        footer: str,
        page_label: str,
        outline: str = "",
        help_lines: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.footer = footer
        self.page_label = page_label
        self.outline = outline
        self.help_lines = help_lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class SheetStart(Flowable):  # type: ignore[misc]
    """Put right after a page break: when the new page would be the back of a sheet (an even
    page), it is left blank and the next document starts on the front of the next sheet, so
    nobody takes home another group's sign-in sheet on the back of their handout."""

    def __init__(self) -> None:
        super().__init__()
        self._done = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._done:
            self._done = True
            page = int(self._doctemplateAttr("page"))
            if page % 2 == 0:
                self._doctemplateAttr("blank_pages").add(page)
                self._doctemplateAttr("frame").add_generated_content(PageBreak())
        return 0, 0

    def draw(self) -> None:
        pass


class PartsDocument(BaseDocTemplate):  # type: ignore[misc]
    """``progress(done, total)`` hears about each part as it is laid out and may return
    False to stop."""

    def __init__(
        self,
        buffer: io.BytesIO,
        pagesize: tuple[float, float],
        info: DocumentInfo,
        style: Styles,
        parts: int = 1,
        progress: ProgressCallback | None = None,
        first_template: str = PLAIN,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + footer_room(style, 0),
            title=info.title,
            author="" if info.neutral else (info.author or APP_NAME),
            creator="" if info.neutral else APP_NAME,
            subject="",
            lang=LANGUAGE_TAGS.get(info.language, info.language),
            # The font every page starts in: an embedded one, so no page names Helvetica.
            initialFontName=fonts.REGULAR,
        )
        self.style = style
        self.blank_pages: set[int] = set()
        self._part: PartStart | None = None
        self._part_first_page = 1
        self._parts_total = parts
        self._parts_seen = 0
        self._progress = progress
        templates = [
            PageTemplate(name, [self._frame(footer_room(style, rows))], onPageEnd=self._footer)
            for name, rows in ((PLAIN, 0), (WITH_HELP, 2))
        ]
        templates.sort(key=lambda t: t.id != first_template)
        self.addPageTemplates(templates)

    def _frame(self, footer: float) -> Frame:
        bottom = MARGIN + footer
        return Frame(
            self.leftMargin,
            bottom,
            self.width,
            self.pagesize[1] - self.topMargin - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PartStart):
            self._part = flowable
            self._part_first_page = self.page
            self._parts_seen += 1
            if flowable.outline:
                key = f"part-{self._parts_seen}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.outline, key, level=0)
            if self._progress is not None and not self._progress(
                self._parts_seen - 1, self._parts_total
            ):
                raise BuildCancelled("Stopped: nothing was saved.")

    def _footer(self, canvas: Any, doc: BaseDocTemplate) -> None:
        part = self._part
        if part is None or self.page in self.blank_pages:
            return
        size = self.style.size * 0.75
        width = self.pagesize[0] - self.leftMargin - self.rightMargin
        canvas.saveState()
        canvas.setFillColor(MUTED)
        y = MARGIN * 0.6
        canvas.setFont(fonts.REGULAR, size)
        if part.footer:
            canvas.drawString(self.leftMargin, y, part.footer)
        number = part.page_label.format(n=self.page - self._part_first_page + 1)
        canvas.drawRightString(self.pagesize[0] - self.rightMargin, y, number)
        for line in reversed(help_rows(part.help_lines, size, width)):
            y += size * 1.3
            # a row a little too long for the page is set a little smaller
            fitted = min(size, size * width / stringWidth(line, fonts.BOLD, size))
            canvas.setFont(fonts.BOLD, fitted)
            canvas.drawString(self.leftMargin, y, line)
        canvas.restoreState()

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self._parts_total, self._parts_total)


def help_rows(lines: tuple[str, ...], size: float, width: float) -> list[str]:
    """The crisis lines on one row when they fit the page's width, else one row each."""
    if not lines:
        return []
    joined = "  ·  ".join(lines)
    if stringWidth(joined, fonts.BOLD, size) <= width:
        return [joined]
    return list(lines)


def footer_room(style: Styles, help_rows: int) -> float:
    """Room kept under the text for the footer: the page line and rows of crisis lines."""
    return style.size * (1.0 + 0.75 * 1.3 * help_rows)


def render(
    story: list[Flowable],
    pagesize: tuple[float, float],
    info: DocumentInfo,
    style: Styles,
    parts: int = 1,
    progress: ProgressCallback | None = None,
    first_template: str = PLAIN,
) -> bytes:
    buffer = io.BytesIO()
    doc = PartsDocument(buffer, pagesize, info, style, parts, progress, first_template)
    try:
        doc.build(story)
    except LayoutError as exc:
        raise ReportError(
            _("The document '{title}' could not be laid out: {problem}").format(
                title=info.title, problem=exc
            )
        ) from None
    doc.finish()
    return buffer.getvalue()
