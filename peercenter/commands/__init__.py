"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``.

They are imported by name when the parser is built, so opening the window (the most common
start) loads only its own command."""

import importlib
from types import ModuleType

COMMAND_NAMES = [
    "gui",
    "demo",
    "init",
    "database",
    "sessions",
    "export",
    "import_data",
    "printing",
    "hours",
    "service_report",
    "wellbeing",
    "backup",
    "audit",
    "server",
]


def command_modules(names: list[str] | None = None) -> list[ModuleType]:
    return [
        importlib.import_module(f"peercenter.commands.{name}") for name in names or COMMAND_NAMES
    ]
