"""How the command line helps a newcomer: every `--help` ends with an example, and a mistyped
command gets the nearest real one suggested. The examples live in one table so that a test can
check that each command has one and that each still parses."""

from __future__ import annotations

import argparse
from typing import Any

# The command (as typed after `peercenter`) -> an example of it, with what it does. The logins
# are those of the demo center (`peercenter demo`), so most examples run there as written.
EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "": (
        ("peercenter", "open the window"),
        ("peercenter demo", "try PeerCenter on a demo center kept apart from yours"),
        (
            "peercenter --user frontdesk sessions --from 2026-03-02 --to 2026-03-08",
            "a week's sessions",
        ),
        ("peercenter sessions --help", "each command's --help ends with an example"),
    ),
    "gui": (("peercenter --user frontdesk gui", "open the window with the user name filled in"),),
    "demo": (
        ("peercenter demo", "open the demo center, signed in as its administrator"),
        ("peercenter demo --delete", "delete the demo center and its folder"),
    ),
    "init": (
        (
            "peercenter init --admin dana --admin-name 'Dana Whitfield' "
            "--center-name 'Harbor Light' --timezone America/Chicago",
            "set up a new center with Dana as its administrator",
        ),
    ),
    "db": (("peercenter db check", "is the database current and intact?"),),
    "db upgrade": (
        (
            "peercenter --db postgresql+psycopg://peercenter@dbserver/peercenter db upgrade",
            "create or upgrade the tables on a PostgreSQL server",
        ),
    ),
    "db current": (("peercenter db current", "the schema revision and the newest one"),),
    "db check": (("peercenter db check", "is the database current and intact?"),),
    "server": (
        (
            "peercenter server setup postgresql+psycopg://postgres@dbserver/postgres "
            "--admin dana --center-name 'Harbor Light'",
            "set up a PostgreSQL server for several front-desk computers",
        ),
    ),
    "server setup": (
        (
            "peercenter server setup postgresql+psycopg://postgres@dbserver/postgres "
            "--database harborlight --admin dana --center-name 'Harbor Light' "
            "--timezone America/Chicago",
            "the same, naming the database; prints the address the computers use",
        ),
    ),
    "sessions": (
        (
            "peercenter --user frontdesk sessions --from 2026-03-02 --to 2026-03-08 "
            "--room 'Group Room A'",
            "a week in one room",
        ),
    ),
    "export": (
        (
            "peercenter --user frontdesk export ics --facilitator specialist -o specialist.ics",
            "one facilitator's sessions for a calendar program",
        ),
    ),
    "export ics": (
        (
            "peercenter --user frontdesk export ics --room 'Community Room' -o community.ics",
            "one room's sessions for a calendar program",
        ),
    ),
    "import": (
        (
            "peercenter --user frontdesk import participants people.csv --dry-run",
            "check a spreadsheet of participants without importing it",
        ),
    ),
    "import participants": (
        (
            "peercenter --user frontdesk import participants people.csv --all-or-nothing",
            "import every row, or none when one has a problem",
        ),
    ),
    "import groups": (
        (
            "peercenter --user frontdesk import groups groups.csv --dry-run",
            "check a spreadsheet of groups, double bookings included",
        ),
    ),
    "handout": (
        (
            "peercenter --user frontdesk handout 42 --lang es --large-print -o handout.pdf",
            "session 42's handout in Spanish, large print",
        ),
    ),
    "signin": (
        ("peercenter --user frontdesk signin 42 -o sign-in.pdf", "session 42's sign-in sheet"),
    ),
    "packet": (
        (
            "peercenter --user frontdesk packet 2026-03-02 -o day.pdf",
            "every handout and sign-in sheet of that day",
        ),
    ),
    "poster": (
        (
            "peercenter --user frontdesk poster 2026-03-02 -o poster.pdf",
            "the lobby poster for the week from that day",
        ),
    ),
    "hours": (
        (
            "peercenter --user supervisor hours specialist --program icrc-pr",
            "one person's progress toward a credential",
        ),
    ),
    "report": (
        (
            "peercenter --user supervisor report hours specialist --program icrc-pr -o hours.pdf",
            "the hours report for a certification board",
        ),
    ),
    "report hours": (
        (
            "peercenter --user supervisor report hours specialist --program icrc-pr -o hours.csv",
            "the same hours as a spreadsheet",
        ),
    ),
    "report services": (
        (
            "peercenter --user supervisor report services --month 2026-03 "
            "--suppress-small-counts -o march.pdf",
            "the month's service figures for a funder, small counts shown as < 5",
        ),
    ),
    "wellbeing": (("peercenter --user supervisor wellbeing", "each supervisee's level and flags"),),
    "backup": (
        (
            "peercenter --user admin backup --encrypt -o peercenter-copy.pcbackup",
            "an encrypted backup to carry off site",
        ),
    ),
    "restore": (
        (
            "peercenter --user admin restore peercenter-copy.pcbackup",
            "check that backup, keep the current database aside, and put it back",
        ),
    ),
    "audit": (
        (
            "peercenter --user admin audit --since 2026-03-01 --user frontdesk",
            "what frontdesk did since March 1",
        ),
        (
            "peercenter --user admin audit --participant 'Maria L.' --since 2026-01-01 "
            "--csv maria.csv",
            "everything concerning one participant since January, for their request",
        ),
    ),
}


def example_lines(command: str) -> list[str]:
    """The command lines of a command's examples, as a person would type them."""
    return [line for line, _what in EXAMPLES.get(command, ())]


def _epilog(examples: tuple[tuple[str, str], ...]) -> str:
    title = "example:" if len(examples) == 1 else "examples:"
    lines = [title]
    for line, what in examples:
        lines += [f"  {line}", f"      {what}"]
    return "\n".join(lines)


class HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions as usual but keeps text that has lines of its own (the examples)
    as written, so a command line is never broken in the middle."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "\n".join(indent + line for line in text.splitlines())
        return super()._fill_text(text, width, indent)


class CommandParser(argparse.ArgumentParser):
    """Suggests the nearest command when the one typed does not exist."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if (
            isinstance(action, argparse._SubParsersAction)
            and isinstance(value, str)
            and value not in action.choices
        ):
            names = list(action.choices)
            import difflib  # only for a mistyped command

            nearest = difflib.get_close_matches(value.lower(), names, n=1)
            if nearest:
                hint = f"did you mean '{self.prog} {nearest[0]}'?"
            else:
                hint = f"choose from {', '.join(names)}"
            raise argparse.ArgumentError(None, f"there is no command '{value}'; {hint}")
        super()._check_value(action, value)


def add_examples(parser: argparse.ArgumentParser, command: str = "") -> None:
    """Give this parser and every command under it its examples and the formatter that keeps
    them on their lines."""
    parser.formatter_class = HelpFormatter
    if command in EXAMPLES:
        parser.epilog = _epilog(EXAMPLES[command])
    for name, sub in subcommands(parser).items():
        add_examples(sub, f"{command} {name}".strip())


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found
