"""What the front desk prints from Today, straight to a printer: a session's sign-in sheet and
handout, or the day's packet. The document is built, printed and its sign-in sheets audited in
one transaction, so the audit trail says "print" only for what reached the printer.

The gathering and layout are the Print screen's, called as they are; this module only chooses
which documents and where they go."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from peercenter.db.engine import Database
from peercenter.domain import timefmt
from peercenter.domain.enums import GroupKind
from peercenter.domain.printing import HandoutData, PacketData, SignInData
from peercenter.reports import packet
from peercenter.services.context import Actor
from peercenter.services.handouts import gather


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The system's print dialog (a printer, or a PDF file); None when the person backs out.
    Tests replace this, as they answer the other pop-ups."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def _deliver(data: PacketData, printer: QPrinter, name: str) -> int:
    # Loaded when printing, not when Today opens.
    from peercenter.ui.printing.pdf_printer import print_pdf

    printer.setDocName(name)
    return print_pdf(packet.build(data), printer)


def print_session_papers(
    database: Database, actor: Actor, session_id: int, kind: GroupKind, printer: QPrinter
) -> tuple[str, ...]:
    """The sign-in sheet and the handout of one session (one-to-one mentoring has no sign-in
    sheet); returns what the person should know (a topic printed in another language)."""
    with database.session() as s:
        options = gather.print_options(s)
        handout = gather.handout(s, actor, session_id, options)
        documents: list[HandoutData | SignInData] = [handout]
        if kind is not GroupKind.MENTORING:
            sheet = gather.sign_in_sheet(s, actor, session_id, options, action="print")
            documents.insert(0, sheet)  # the sheet first: it goes by the door
        day = handout.session.starts_at.date()
        data = PacketData(handout.center, options, day, tuple(documents), handout.notices)
        _deliver(
            data,
            printer,
            QCoreApplication.translate("desk_papers", "{group} sign-in sheet and handout").format(
                group=handout.session.group_name
            ),
        )
        return data.notices


def print_day_packet(
    database: Database, actor: Actor, day: date, printer: QPrinter
) -> tuple[str, ...]:
    """Every handout and sign-in sheet of the day, in time order."""
    with database.session() as s:
        data = gather.day_packet(s, actor, day, gather.print_options(s), action="print")
        _deliver(
            data,
            printer,
            QCoreApplication.translate("desk_papers", "Packet for {day}").format(
                day=timefmt.day(day)
            ),
        )
        return data.notices
