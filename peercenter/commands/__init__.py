"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import (
    audit,
    backup,
    database,
    export,
    gui,
    hours,
    import_data,
    init,
    printing,
    service_report,
    sessions,
    wellbeing,
)

COMMAND_MODULES: list[ModuleType] = [
    gui,
    init,
    database,
    sessions,
    export,
    import_data,
    printing,
    hours,
    service_report,
    wellbeing,
    backup,
    audit,
]
