"""Handing a PDF straight to a CUPS print queue (Linux and macOS), so the printer gets the
document itself: sharp type, small jobs, and text a PDF printer keeps searchable."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from peercenter.reports.errors import ReportError

LP_TIMEOUT_S = 60


@dataclass(frozen=True)
class JobOptions:
    title: str = "PeerCenter"
    copies: int = 1
    first_page: int = 0  # 0: every page
    last_page: int = 0
    two_sided: bool = False
    grayscale: bool = False
    media: str = ""  # "Letter" or "A4", as CUPS names them


def lp_program() -> str | None:
    return shutil.which("lp")


def is_cups_queue(name: str) -> bool:
    """True when ``name`` is a queue the local CUPS scheduler knows."""
    lpstat = shutil.which("lpstat")
    if not name or lpstat is None:
        return False
    result = subprocess.run(
        [lpstat, "-p", name], capture_output=True, text=True, check=False, timeout=LP_TIMEOUT_S
    )
    return result.returncode == 0


def submit(pdf: bytes, queue: str, options: JobOptions) -> str:
    """Send the PDF to ``queue``; returns the CUPS job id (like 'office-12')."""
    lp = lp_program()
    if lp is None:
        raise ReportError(
            QCoreApplication.translate("cups_queue", "The 'lp' printing program is not installed.")
        )
    args = [
        lp,
        "-d",
        queue,
        "-n",
        str(max(1, options.copies)),
        "-t",
        options.title,
        "-o",
        f"sides={'two-sided-long-edge' if options.two_sided else 'one-sided'}",
    ]
    if options.first_page:
        args += ["-P", f"{options.first_page}-{options.last_page or options.first_page}"]
    if options.grayscale:
        args += ["-o", "print-color-mode=monochrome"]
    if options.media:
        args += ["-o", f"media={options.media}"]
    args.append("-")  # the document comes on standard input
    try:
        result = subprocess.run(
            args, input=pdf, capture_output=True, check=False, timeout=LP_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReportError(
            QCoreApplication.translate(
                "cups_queue", "The printer '{printer}' did not take the job ({reason})."
            ).format(printer=queue, reason=exc)
        ) from None
    if result.returncode != 0:
        reason = result.stderr.decode(errors="replace").strip().splitlines()
        raise ReportError(
            QCoreApplication.translate(
                "cups_queue", "The printer '{printer}' did not take the job: {reason}."
            ).format(
                printer=queue,
                reason=reason[-1]
                if reason
                else QCoreApplication.translate("cups_queue", "no reason given"),
            )
        )
    words = result.stdout.decode(errors="replace").split()
    return words[3] if len(words) > 3 and words[0] == "request" else ""
