"""The day's packet: every handout and sign-in sheet of one day in one PDF, each starting on
a new page with its own footer and page numbers, and an outline entry (the time and the
group) to jump to it. For printing on both sides, each document starts on the front of a
new sheet (a blank page is put in where needed), so no handout someone takes home carries
another group's sign-in sheet on its back."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from peercenter.domain.printing import HandoutData, PacketData
from peercenter.i18n import _, active_language
from peercenter.reports import handout, labels, signin
from peercenter.reports.errors import ReportError
from peercenter.reports.layout import MARGIN, page_size, styles
from peercenter.reports.parts import (
    PLAIN,
    WITH_HELP,
    DocumentInfo,
    ProgressCallback,
    SheetStart,
    render,
)


def build(data: PacketData, progress: ProgressCallback | None = None) -> bytes:
    """``progress(done, total)`` is called as each document is laid out; returning False
    stops the build with BuildCancelled."""
    if not data.documents:
        day = labels.long_date(data.day, active_language())
        raise ReportError(
            _(
                "There is nothing to print on {day}: no sessions, or all of them are cancelled."
            ).format(day=day)
        )
    size = page_size(data.options.paper)
    style = styles(data.options.large_print)
    width = size[0] - 2 * MARGIN
    frame = size[1] - 2 * MARGIN - style.size
    flow: list[Flowable] = []
    for document in data.documents:
        template = WITH_HELP if isinstance(document, HandoutData) else PLAIN
        if flow:
            flow += [NextPageTemplate(template), PageBreak()]
            if data.new_sheet_each:
                flow.append(SheetStart())
        if isinstance(document, HandoutData):
            flow += handout.story(document, width)
        else:
            flow += signin.story(document, width, frame)
    first = data.documents[0]
    info = DocumentInfo(
        f"Packet {data.day.isoformat()}",
        data.options.language,
        author=data.center.name,
        neutral=any(getattr(d, "neutral", False) for d in data.documents),
    )
    return render(
        flow,
        size,
        info,
        style,
        parts=len(data.documents),
        progress=progress,
        first_template=WITH_HELP if isinstance(first, HandoutData) else PLAIN,
    )
