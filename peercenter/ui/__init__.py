"""The PySide6 user interface. The only package (with ``peercenter.app``) that imports Qt.

The PySide6 6.12 wheels (built for the stable ABI of Python 3.10 and later) drop a reference
to ``None`` each time a Qt function that returns nothing is called. On Python 3.12 and later
``None`` is immortal and nothing happens; on 3.11 its count runs down and the process aborts
("deallocating None") after some tens of thousands of such calls, minutes of painting the
calendar. Giving ``None`` a count no program can exhaust makes it immortal here too."""

from __future__ import annotations

import ctypes
import sys

if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
