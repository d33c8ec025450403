"""The headless face of the services: `peercenter [--db URL] [--user NAME] COMMAND`.

Errors a user can cause print one line on stderr and exit 1; usage errors exit 2."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from peercenter import APP_NAME, __version__, logs
from peercenter.commands import command_modules
from peercenter.commands.common import PASSWORD_ENV
from peercenter.domain.errors import PeerCenterError

Handler = Callable[[argparse.Namespace], int]

log = logging.getLogger(__name__)


GLOBAL_OPTIONS_WITH_VALUES = ("--db", "--user")


def build_parser(only_the_window: bool = False) -> argparse.ArgumentParser:
    """Every command, or (``only_the_window``) just what opening the window reads."""
    from peercenter.commands.help import CommandParser, add_examples

    parser = CommandParser(
        prog="peercenter",
        description=f"{APP_NAME}: scheduling, certification tracking, burnout guardrails and "
        "handouts for peer support programs. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database address (default: $PEERCENTER_DB, else the local file)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"user name to act as; the password comes from ${PASSWORD_ENV} or a prompt",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print what the program does, step by step, on stderr (as in its log file)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(["gui"] if only_the_window else None):
        module.register(commands)
    add_examples(parser)
    return parser


def _tolerant_output() -> None:
    """File names from the command line may hold bytes that are not UTF-8 (they arrive as
    lone surrogates); echoing them back must not crash the program."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _opens_the_window(argv: Sequence[str]) -> bool:
    """Whether the command line only opens the window (no command, or `gui`): then the other
    commands need not be loaded to read it. Help and the version go the full way."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version"):
            return False
        if word in GLOBAL_OPTIONS_WITH_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            return word == "gui"
    return True


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(only_the_window=_opens_the_window(argv))
    if any("\x00" in arg for arg in argv):
        # Only possible in-process (a real command line cannot carry one); no file name or
        # value may hold it.
        parser.error("an argument contains a NUL character")
    args = parser.parse_args(argv)
    logs.setup(verbose=args.verbose)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from peercenter.commands.gui import run

        handler = run
    log.debug("command %s", args.command or "gui")
    try:
        return handler(args)
    except PeerCenterError as exc:
        log.debug("command %s stopped: %s", args.command or "gui", type(exc).__name__)
        # One line, as for every error here; the window shows the same words on several lines.
        lines = (line.strip() for line in exc.message.splitlines())
        print(f"peercenter: {' '.join(line for line in lines if line)}", file=sys.stderr)
        return 1
    except UnicodeError:
        print(
            "peercenter: the command line holds characters that are not readable text "
            "(a file name or value from another system?); type it again.",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(
            f"peercenter: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("peercenter: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # A database error can only come from a command that loaded the database layer;
        # the window starts without it, so it is not imported here.
        database_errors = sys.modules.get("sqlalchemy.exc")
        if database_errors is not None and isinstance(exc, database_errors.SQLAlchemyError):
            from peercenter.db.engine import describe_error

            print(f"peercenter: {describe_error(exc)}", file=sys.stderr)
            return 1
        # A fault in the program, not in what was typed: the details go to the log.
        log.exception("unexpected error in the %s command", args.command or "gui")
        print(
            "peercenter: something went wrong that PeerCenter did not expect; nothing more "
            f"was done. The details are in {logs.log_dir() / logs.LOG_FILE_NAME}.",
            file=sys.stderr,
        )
        return 1
