"""Handouts: every topic in the library with an editor beside it, and the center's own entries
for the resources box. Editing needs EDIT_HANDOUT_CONTENT; everyone else reads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.handout_content import LANGUAGES
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.services.handouts import library, topics
from peercenter.services.handouts.topics import TopicRow
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.form import FormFields


def source_label(row: TopicRow) -> str:
    if row.is_builtin:
        return QCoreApplication.translate("HandoutsScreen", "As shipped")
    return (
        QCoreApplication.translate("HandoutsScreen", "Edited here")
        if row.has_shipped_text
        else QCoreApplication.translate("HandoutsScreen", "Written here")
    )


def topic_columns() -> list[Column[TopicRow]]:
    """The columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("HandoutsScreen", "Topic"),
            lambda r: r.title,
            tooltip=lambda r: r.title,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("HandoutsScreen", "Language"),
            lambda r: LANGUAGES.get(r.language, r.language),
            width=90,
        ),
        Column(QCoreApplication.translate("HandoutsScreen", "Text"), source_label, width=100),
        Column(
            QCoreApplication.translate("HandoutsScreen", "Ready"),
            lambda r: (
                QCoreApplication.translate("HandoutsScreen", "No: {problem}").format(
                    problem=r.problem
                )
                if r.problem
                else QCoreApplication.translate("HandoutsScreen", "Yes")
            ),
            tooltip=lambda r: (
                r.problem
                or QCoreApplication.translate("HandoutsScreen", "Complete: it can be printed.")
            ),
            width=70,
        ),
    ]


def _text_box(lines: int, hint: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    box.setPlaceholderText(hint)
    box.setTabChangesFocus(True)
    return box


class HandoutsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_HANDOUT_CONTENT)
        self.topic_id: int | None = None
        self.version: int | None = None

        self.model: RowTableModel[TopicRow] = RowTableModel(topic_columns(), parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Topics"))
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find a topic"))
        self.search.setPlaceholderText(self.tr("Find a topic…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._open_current)

        self.form = FormFields()
        self.form.add("title", self.tr("&Title"), QLineEdit())
        slug = self.form.add("slug", self.tr("Short na&me"), QLineEdit())
        slug.setToolTip(
            self.tr(
                "Lowercase letters, digits and dashes; the same in every language, "
                "so a handout finds the topic's translation."
            )
        )
        language = QComboBox()
        for code, name in LANGUAGES.items():
            language.addItem(name, code)
        one_per_line = self.tr("One per line.")
        self.form.add("language", self.tr("&Language"), language)
        self.form.add("introduction", self.tr("&Introduction"), _text_box(2))
        self.form.add("key_points", self.tr("&Key points"), _text_box(4, one_per_line))
        self.form.add("exercise_title", self.tr("E&xercise"), QLineEdit())
        self.form.add("exercise_steps", self.tr("Exercise &steps"), _text_box(4, one_per_line))
        self.form.add("discussion_questions", self.tr("&Questions"), _text_box(3, one_per_line))
        for name in (
            "title",
            "slug",
            "language",
            "introduction",
            "key_points",
            "exercise_title",
            "exercise_steps",
            "discussion_questions",
        ):
            widget = self.form.widget(name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not self.can_edit)
            else:
                widget.setEnabled(self.can_edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New topic"), self)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.restore_button = QPushButton(self.tr("&Restore the shipped text"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
            button.setEnabled(self.can_edit)
        self.new_button.clicked.connect(self.new_topic)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        self.delete_button.clicked.connect(self.delete)

        self.local = _text_box(3, self.tr("Harbor Clinic | 555-0100 | walk-ins Mon–Fri 9–5"))
        self.local.setReadOnly(not self.can_edit)
        self.local_error = QLabel(self)
        self.local_error.setWordWrap(True)
        self.local_save = QPushButton(self.tr("Save local resources"), self)
        self.local_save.setEnabled(self.can_edit)
        self.local_save.clicked.connect(self.save_local)
        local_box = QGroupBox(self.tr("Local resources printed on every handout"), self)
        local_layout = QVBoxLayout(local_box)
        local_layout.addWidget(
            theme.hint_label(
                self.tr("One per line: Name | phone or address | a short note (optional).")
            )
        )
        local_layout.addWidget(self.local)
        local_layout.addWidget(self.local_error)
        local_layout.addWidget(self.local_save, 0, Qt.AlignmentFlag.AlignRight)

        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(self.form.layout)
        editor_layout.addWidget(self.status)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(local_box)
        editor_layout.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 720])
        self.page_layout.addWidget(theme.title_label(self.tr("Handouts")))
        self.page_layout.addWidget(splitter, 1)
        self.refresh()

    # -- list -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F, from the window."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        with self.ctx.database.session() as s:
            library.sync_builtin(s)  # a new release may bring new or improved topics
            rows = topics.list_topics(s, self.ctx.actor)
            local = settings.get(s, "handouts.local_resources")
        self.local.setPlainText(local)
        self._show_rows(rows, self.topic_id)

    def _reload(self, select: int | None) -> None:
        with self.ctx.database.reader() as s:
            rows = topics.list_topics(s, self.ctx.actor)
        self._show_rows(rows, select)

    def _show_rows(self, rows: list[TopicRow], select: int | None) -> None:
        self.model.set_rows(rows)
        target = select if select is not None else (rows[0].id if rows else None)
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_at(proxy_row).id == target:
                self.table.setCurrentIndex(self.proxy.index(proxy_row, 0))
                break

    def _open_current(self) -> None:
        row = (
            self.proxy.row_at(self.table.currentIndex().row())
            if self.table.currentIndex().isValid()
            else None
        )
        if row is None:
            return
        with self.ctx.database.reader() as s:
            detail = topics.get_topic(s, self.ctx.actor, row.id)
        self._show(detail)

    def _show(self, detail: topics.TopicDetail) -> None:
        self.topic_id, self.version = detail.row.id, detail.row.version
        for name, value in vars(detail.form).items():
            widget = self.form.widget(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
        self.form.clear_errors()
        row = detail.row
        where = (
            self.tr("It comes with PeerCenter and follows updates.")
            if row.is_builtin
            else self.tr("Your center's wording is used instead of the shipped text.")
            if row.has_shipped_text
            else self.tr("Your center wrote this topic.")
        )
        if row.problem:
            where += "\n" + self.tr("It cannot be printed yet: {problem}").format(
                problem=row.problem
            )
        self.status.setText(where)
        self.restore_button.setEnabled(
            self.can_edit and row.has_shipped_text and not row.is_builtin
        )
        self.delete_button.setEnabled(self.can_edit and not row.has_shipped_text)

    # -- editing --------------------------------------------------------------------------
    def topic_form(self) -> topics.TopicForm:
        values: dict[str, str] = {}
        for name in topics.TopicForm.__dataclass_fields__:
            widget = self.form.widget(name)
            if isinstance(widget, QComboBox):
                values[name] = str(widget.currentData())
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return topics.TopicForm(**values)

    def new_topic(self) -> None:
        self.table.clearSelection()
        self.topic_id, self.version = None, None
        for name in topics.TopicForm.__dataclass_fields__:
            widget = self.form.widget(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
        self.form.clear_errors()
        self.status.setText(self.tr("A new topic written by your center."))
        self.restore_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.form.widget("title").setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        try:
            with self.ctx.database.session() as s:
                detail = topics.save_topic(
                    s, self.ctx.actor, self.topic_id, self.topic_form(), self.version
                )
        except ValidationError as exc:
            unplaced = self.form.show_errors(exc.field_errors)
            if unplaced or not exc.field_errors:
                messages.show_error(self, exc, self.tr("Cannot save the topic"))
            return
        except PeerCenterError as exc:
            messages.show_error(self, exc, self.tr("Cannot save the topic"))
            return
        self._reload(detail.row.id)
        self.status.setText(self.tr("Saved. {status}").format(status=self.status.text()))

    def restore(self) -> None:
        topic_id, version = self.topic_id, self.version
        if topic_id is not None:
            self._act(
                lambda s: topics.restore_shipped(s, self.ctx.actor, topic_id, version), topic_id
            )

    def delete(self) -> None:
        topic_id, version = self.topic_id, self.version
        if topic_id is None or not messages.confirm(
            self,
            self.tr("Delete topic"),
            self.tr("Delete this topic? Sessions that use it will print without a topic."),
            self.tr("Delete"),
        ):
            return
        self._act(lambda s: topics.delete_topic(s, self.ctx.actor, topic_id, version), None)

    def _act(self, action: Callable[[Any], object], select: int | None) -> None:
        try:
            with self.ctx.database.session() as s:
                action(s)
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self._reload(select)

    def save_local(self) -> None:
        self.local_error.clear()
        try:
            with self.ctx.database.session() as s:
                settings.set_value(
                    s, self.ctx.actor, "handouts.local_resources", self.local.toPlainText()
                )
        except PeerCenterError as exc:
            self.local_error.setText(exc.message)
            return
        self.local_error.setText(self.tr("Saved. Handouts printed from now on list these."))
