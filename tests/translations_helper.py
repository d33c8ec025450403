"""The translations as the build compiles them, for the tests that show Spanish."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "build_scripts" / "translations.py"


def script() -> ModuleType:
    """build_scripts/translations.py, which is a script rather than a package module."""
    name = "peercenter_translations_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def compiled() -> None:
    """The .qm and .mo, compiled again where the .ts or .po is newer (as `make` does)."""
    script().compile_all()
