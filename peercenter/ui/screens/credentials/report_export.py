"""Saving the hours report: read, audited, built and written in the background, in one
transaction (a file that could not be written leaves no audit event)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from peercenter.documents.hours import save_hours_report
from peercenter.domain.errors import PeerCenterError
from peercenter.ui import messages
from peercenter.ui.background import BackgroundTask, run_in_background
from peercenter.ui.context import AppContext


def ask_path(parent: QWidget, suggested: str, fmt: str) -> str:
    """Where to save; "" when the person cancels. Replaced in tests."""
    pattern = (
        QCoreApplication.translate("report_export", "PDF files (*.pdf)")
        if fmt == "pdf"
        else QCoreApplication.translate("report_export", "CSV files (*.csv)")
    )
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report_export", "Save the hours report"),
        suggested,
        pattern,
    )
    return path


def suggested_name(report_person: str, program_code: str, fmt: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", report_person).strip("-").lower() or "report"
    return str(Path.home() / f"hours-{slug}-{program_code}.{fmt}")


def save_report(
    parent: QWidget,
    ctx: AppContext,
    staff_id: int,
    person: str,
    program_id: int,
    program_code: str,
    fmt: str,
    done: Callable[[str], None] | None = None,
) -> BackgroundTask | None:
    path = ask_path(parent, suggested_name(person, program_code, fmt), fmt)
    if not path:
        return None
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"

    def work() -> str:
        with ctx.database.session() as session:
            save_hours_report(session, ctx.actor, staff_id, program_id, Path(path))
        return path

    def failed(error: BaseException) -> None:
        messages.show_error(
            parent,
            error
            if isinstance(error, PeerCenterError)
            else QCoreApplication.translate(
                "report_export", "The report could not be saved: {error}"
            ).format(error=error),
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("report_export", "Preparing the hours report…"),
        work,
        lambda saved: done(str(saved)) if done else None,
        failed,
    )
