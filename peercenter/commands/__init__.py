"""One module per CLI command group; each has ``register(subparsers)`` and sets ``handler``."""

from types import ModuleType

from peercenter.commands import (
    audit,
    backup,
    database,
    demo,
    export,
    gui,
    hours,
    import_data,
    init,
    printing,
    server,
    service_report,
    sessions,
    wellbeing,
)

COMMAND_MODULES: list[ModuleType] = [
    gui,
    demo,
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
    server,
]
