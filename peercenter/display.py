"""Whether a window can open here, decided before Qt loads. Without a display Qt aborts the
process with a message about missing xcb libraries and reinstalling, which sends people the
wrong way; the command line works anywhere, so that is what is said instead."""

from __future__ import annotations

import os
import sys

from peercenter.domain.errors import PeerCenterError

NO_DISPLAY_MESSAGE = (
    "The window needs a desktop session (X11 or Wayland), and none was found; the command "
    "line works without one: see peercenter --help."
)


class NoDisplayError(PeerCenterError):
    """No desktop session to open the window on."""


def has_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """Windows and macOS always have one; elsewhere X11 or Wayland must be named, unless Qt
    was told which platform to use (offscreen, a VNC server, ...)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) in {"win32", "darwin", "cygwin"}:
        return True
    return any(env.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def require_display() -> None:
    if not has_display():
        raise NoDisplayError(NO_DISPLAY_MESSAGE)
