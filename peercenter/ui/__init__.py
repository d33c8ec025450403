"""The PySide6 user interface. The only package (with ``peercenter.app``) that imports Qt.

Two PySide6 behaviours are tamed here, before any screen is imported:

The PySide6 6.12 wheels (built for the stable ABI of Python 3.10 and later) drop a reference
to ``None`` each time a Qt function that returns nothing is called. On Python 3.12 and later
``None`` is immortal and nothing happens; on 3.11 its count runs down and the process aborts
("deallocating None") after some tens of thousands of such calls, minutes of painting the
calendar. Emitting a signal with a ``True`` or ``False`` argument drops a reference to that
boolean the same way (a checkbox toggled some thousands of times). Giving ``None``, ``True``
and ``False`` a count no program can exhaust makes them immortal here too.

Once loaded, PySide6 reads the source of every module named in an ``import`` statement (to
decide whether its optional ``__feature__`` switches apply there) and keeps it in memory. The
program uses no such switch, so PySide6 is told from the module's name instead: start-up neither
reads the files of SQLAlchemy, the database layer or the standard library nor holds some 6 MiB
of their text."""

from __future__ import annotations

import ctypes
import sys

import PySide6  # noqa: F401  (loads shiboken and its import hook, tamed below)

if sys.version_info < (3, 12):
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40

_USES_QT = ("PySide6", "shiboken6", "peercenter.ui", "peercenter.app")


def _uses_pyside(module: object) -> bool:
    return str(getattr(module, "__name__", "")).startswith(_USES_QT)


def _skip_source_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if callable(getattr(feature, "_mod_uses_pyside", None)):  # absent from other versions
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[union-attr]


_skip_source_scan()
