"""`peercenter handout|signin|packet|poster ... -o FILE.pdf`: the printed documents, saved
as PDF files. A file appears only when the whole document was built; exporting a sign-in
sheet is written to the audit trail."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from peercenter.commands.common import iso_date, open_database, sign_in

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


def _run(args: argparse.Namespace, kind: str, day: date | None, session_id: int | None) -> int:
    from peercenter.documents import printed
    from peercenter.fileio import check_target, write_atomically
    from peercenter.services.handouts import library

    check_target(args.output)
    request = printed.Request(
        printed.Kind(kind),
        day=day,
        session_id=session_id,
        paper=args.paper,
        language=args.lang,
        large_print=getattr(args, "large_print", None),
    )
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.session() as s:
            library.sync_builtin(s)
            built = printed.render(s, actor, request, printed.Use.EXPORT)
            # Inside the transaction: if the file cannot be written, the audit event of
            # the export is rolled back with it.
            path = write_atomically(args.output, built.pdf)
    finally:
        db.dispose()
    for notice in built.notices:
        print(f"peercenter: note: {notice}", file=sys.stderr)
    print(f"Saved {path}.")
    return 0


def run_handout(args: argparse.Namespace) -> int:
    return _run(args, "handout", None, args.session_id)


def run_signin(args: argparse.Namespace) -> int:
    return _run(args, "signin", None, args.session_id)


def run_packet(args: argparse.Namespace) -> int:
    return _run(args, "packet", args.day, None)


def run_poster(args: argparse.Namespace) -> int:
    return _run(args, "poster", args.week_start, None)
