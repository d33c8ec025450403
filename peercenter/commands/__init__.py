"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import database, export, gui, import_data, init, printing, wellbeing

COMMAND_MODULES: list[ModuleType] = [gui, init, database, export, import_data, printing,
                                     wellbeing]
