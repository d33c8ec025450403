"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import (
    audit,
    backup,
    database,
    export,
    gui,
    import_data,
    init,
    printing,
)

COMMAND_MODULES: list[ModuleType] = [gui, init, database, export, import_data, printing,
                                     backup, audit]
