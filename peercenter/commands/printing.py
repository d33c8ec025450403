"""`peercenter handout|signin|packet|poster ... -o FILE.pdf`: the printed documents, saved
as PDF files. A file appears only when the whole document was built; exporting a sign-in
sheet is written to the audit trail."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import iso_date, open_database, sign_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from peercenter.domain.printing import PrintOptions
    from peercenter.services.context import Actor

# Record numbers are 32-bit integers in the database (PostgreSQL's integer); a longer number
# cannot name a session and would only reach the driver as an overflow.
LARGEST_ID = 2**31 - 1


def _session_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 10 or int(text) > LARGEST_ID:
        raise argparse.ArgumentTypeError(f"'{text}' is not a session number")
    return int(text)


def _common(parser: argparse.ArgumentParser, large: bool = True) -> None:
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="where to save the PDF"
    )
    parser.add_argument(
        "--paper", choices=["letter", "a4"], help="paper size (default: the center's setting)"
    )
    parser.add_argument(
        "--lang", choices=["en", "es"], help="language (default: the center's setting)"
    )
    if large:
        parser.add_argument(
            "--large-print",
            action="store_true",
            default=None,
            help="body text at 16 pt for people who see less well",
        )


def register(commands: Any) -> None:
    p = commands.add_parser("handout", help="save a session's handout as PDF")
    p.add_argument("session_id", type=_session_id, metavar="SESSION_ID")
    _common(p)
    p.set_defaults(handler=run_handout)
    p = commands.add_parser("signin", help="save a session's sign-in sheet as PDF (audited)")
    p.add_argument("session_id", type=_session_id, metavar="SESSION_ID")
    _common(p, large=False)
    p.set_defaults(handler=run_signin)
    p = commands.add_parser("packet", help="save every handout and sign-in sheet of a day")
    p.add_argument("day", type=iso_date, metavar="DATE")
    _common(p)
    p.set_defaults(handler=run_packet)
    p = commands.add_parser("poster", help="save the week's lobby schedule poster")
    p.add_argument("week_start", type=iso_date, metavar="WEEK_START")
    _common(p, large=False)
    p.set_defaults(handler=run_poster)


def _run(
    args: argparse.Namespace,
    make: Callable[[Session, Actor, PrintOptions], tuple[bytes, tuple[str, ...]]],
) -> int:
    from peercenter.fileio import check_target, write_atomically
    from peercenter.services.handouts import gather, library

    check_target(args.output)
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.session() as s:
            library.sync_builtin(s)
            options = gather.print_options(
                s, args.paper, args.lang, getattr(args, "large_print", None)
            )
            pdf, notices = make(s, actor, options)
            # Inside the transaction: if the file cannot be written, the audit event of
            # the export is rolled back with it.
            path = write_atomically(args.output, pdf)
    finally:
        db.dispose()
    for notice in notices:
        print(f"peercenter: note: {notice}", file=sys.stderr)
    print(f"Saved {path}.")
    return 0


def run_handout(args: argparse.Namespace) -> int:
    from peercenter.reports import handout
    from peercenter.services.handouts import gather

    def make(s: Session, actor: Actor, options: PrintOptions) -> tuple[bytes, tuple[str, ...]]:
        data = gather.handout(s, actor, args.session_id, options)
        return handout.build(data), data.notices

    return _run(args, make)


def run_signin(args: argparse.Namespace) -> int:
    from peercenter.reports import signin
    from peercenter.services.handouts import gather

    def make(s: Session, actor: Actor, options: PrintOptions) -> tuple[bytes, tuple[str, ...]]:
        return signin.build(
            gather.sign_in_sheet(s, actor, args.session_id, options, action="export")
        ), ()

    return _run(args, make)


def run_packet(args: argparse.Namespace) -> int:
    from peercenter.reports import packet
    from peercenter.services.handouts import gather

    def make(s: Session, actor: Actor, options: PrintOptions) -> tuple[bytes, tuple[str, ...]]:
        data = gather.day_packet(s, actor, args.day, options, action="export")
        return packet.build(data), data.notices

    return _run(args, make)


def run_poster(args: argparse.Namespace) -> int:
    from peercenter.reports import poster
    from peercenter.services.handouts import gather

    def make(s: Session, actor: Actor, options: PrintOptions) -> tuple[bytes, tuple[str, ...]]:
        return poster.build(gather.poster(s, actor, args.week_start, options)), ()

    return _run(args, make)
