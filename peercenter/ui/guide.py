"""The user guide shipped with the program (resources/guide, one Markdown page per screen):
shown in its own window by F1, at the page of the screen in use, with the list of pages
beside it. Links between pages work; Back and Forward go through the pages seen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peercenter.i18n import active_language
from peercenter.paths import resource
from peercenter.ui import theme

INDEX = "index"


def guide_folder() -> Path:
    return resource("guide")


def page_path(key: str) -> Path:
    """The page of screen ``key`` in the language spoken (resources/guide/LANGUAGE/), else
    in English; the contents page when the screen has none."""
    english = guide_folder()
    folders = [english / active_language(), english]
    for name in (key, INDEX):
        for folder in folders:
            if (folder / f"{name}.md").is_file():
                return folder / f"{name}.md"
    return english / f"{INDEX}.md"


def page_title(path: Path) -> str:
    """The page's first heading."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class GuideWindow(QDialog):
    """Not modal: the guide can stay open beside the screen it explains."""

    def __init__(self, pages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``pages``: the screens' keys and titles in sidebar order (the contents first)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("PeerCenter user guide"))
        self.setModal(False)
        self.resize(820, 600)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Guide pages"))
        self.contents.setMaximumWidth(240)
        self.contents.setSpacing(2)
        self._keys: list[str] = []
        for key, title in [(INDEX, self.tr("Contents and keys")), *pages]:
            if page_path(key).stem != key:
                continue  # a screen without a page of its own
            item = QListWidgetItem(title)
            self.contents.addItem(item)
            self._keys.append(key)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_folder())])
        self.browser.document().setDocumentMargin(14)
        self.browser.document().setDefaultStyleSheet(
            f"a {{ color: {theme.ACCENT_TEXT}; }} th {{ text-align: left; }}"
            " td, th { padding: 3px 10px 3px 0; }"
        )
        self.back_button = QPushButton(self.tr("&Back"))
        self.forward_button = QPushButton(self.tr("&Forward"))
        self.close_button = QPushButton(self.tr("Close"))
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.close_button.clicked.connect(self.close)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._follow)
        self.contents.currentRowChanged.connect(self._chosen)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Forward), self, self.browser.forward)

    def show_page(self, key: str) -> None:
        path = page_path(key)
        url = QUrl.fromLocalFile(str(path))
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self._follow(url)
        self.browser.setFocus()

    def current_key(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._keys) and self._keys[row] != self.current_key():
            self.show_page(self._keys[row])

    def _follow(self, _url: QUrl) -> None:
        """Keep the list of pages on the page shown (after a link, Back or Forward)."""
        key = self.current_key()
        if key in self._keys:
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(self._keys.index(key))
            self.contents.blockSignals(False)
        self.setWindowTitle(
            self.tr("{page} — PeerCenter user guide").format(page=page_title(page_path(key)))
        )
