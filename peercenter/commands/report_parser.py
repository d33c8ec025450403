"""The `report` command, whose kinds (`report hours`, `report services`) live in their own
modules: whichever registers first creates it, the others add to it."""

from __future__ import annotations

import argparse
from typing import Any
from weakref import WeakKeyDictionary

_KINDS: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()


def report_kinds(commands: Any) -> Any:
    """The sub-commands of `report` on this command line's parser."""
    if commands not in _KINDS:
        report: argparse.ArgumentParser = commands.add_parser(
            "report", help="write a report to a file"
        )
        _KINDS[commands] = report.add_subparsers(
            dest="report_kind", metavar="REPORT", required=True
        )
    return _KINDS[commands]
