"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import database, gui, init, wellbeing

COMMAND_MODULES: list[ModuleType] = [gui, init, database, wellbeing]
