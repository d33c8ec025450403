"""Entry point of the frozen bundle."""

import sys

if "PySide6" in sys.modules:
    # PyInstaller's Qt start-up hook has loaded PySide6 before this script: tame it now (see
    # peercenter.ui), before the program's own imports, as the source start does.
    import peercenter.ui  # noqa: F401

from peercenter.cli import main

sys.exit(main())
