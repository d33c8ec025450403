"""The few pop-up messages the program uses, in one place so tests can answer them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from peercenter.domain.errors import PeerCenterError


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before something with consequences; the safe choice is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, text: str, default: str = "") -> str | None:
    """A line of text, such as the reason for cancelling; None when the user backs out."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal, default)
    return value if ok else None


def ask_secret(parent: QWidget | None, title: str, text: str) -> str | None:
    """A passphrase, typed hidden; None when the user backs out."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def show_error(
    parent: QWidget | None, error: PeerCenterError | str, title: str = "PeerCenter"
) -> None:
    text = error.message if isinstance(error, PeerCenterError) else error
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Something went as asked and the person should know before carrying on."""
    QMessageBox.information(parent, title, text)


def show_fatal(title: str, text: str, details: str = "") -> None:
    """A startup problem that stops the program before any window exists."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_unexpected(text: str, details: str, log_folder: Path) -> None:
    """A fault in the program: what it means for the person, the details, and a way to the
    log file for whoever looks after PeerCenter."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "Something went wrong"),
        text,
    )
    box.setDetailedText(details)
    open_folder = box.addButton(
        QCoreApplication.translate("messages", "Open log folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        open_log_folder(log_folder)


def open_log_folder(folder: Path) -> None:
    """Show the folder in the computer's file manager. Replaced in tests."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def about(parent: QWidget | None, text: str) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("messages", "About PeerCenter"), text)


@contextmanager
def reporting_errors(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; a refusal or a user-caused error becomes a message, not a crash."""
    try:
        yield
    except PeerCenterError as exc:
        show_error(parent, exc)
