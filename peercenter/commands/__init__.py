"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import audit, backup, database, gui, init

COMMAND_MODULES: list[ModuleType] = [gui, init, database, backup, audit]
