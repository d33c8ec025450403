"""The day's packet: every handout and sign-in sheet of one day in one PDF, each starting on
a new page with its own footer and page numbers."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from peercenter.domain.printing import HandoutData, PacketData
from peercenter.reports import handout, labels, signin
from peercenter.reports.errors import ReportError
from peercenter.reports.layout import MARGIN, ProgressCallback, page_size, render, styles


def build(data: PacketData, progress: ProgressCallback | None = None) -> bytes:
    """``progress(done, total)`` is called as each document is laid out; returning False
    stops the build with BuildCancelled."""
    if not data.documents:
        day = labels.long_date(data.day, "en")
        raise ReportError(
            f"There is nothing to print on {day}: no sessions, or all of them are cancelled."
        )
    size = page_size(data.options.paper)
    width = size[0] - 2 * MARGIN
    frame = size[1] - 2 * MARGIN - styles(data.options.large_print).size
    flow: list[Flowable] = []
    for document in data.documents:
        if flow:
            flow.append(PageBreak())
        if isinstance(document, HandoutData):
            flow += handout.story(document, width)
        else:
            flow += signin.story(document, width, frame)
    title = f"Packet {data.day.isoformat()}"
    return render(
        flow,
        size,
        title,
        styles(data.options.large_print),
        parts=len(data.documents),
        progress=progress,
    )
