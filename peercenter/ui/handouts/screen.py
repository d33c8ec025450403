"""The Handouts screen: every topic in the library with an editor beside it, and the
center's own entries for the resources box. Editing needs EDIT_HANDOUT_CONTENT; others read."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peercenter.db.engine import Database
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.handout_content import LANGUAGES
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.services.context import Actor
from peercenter.services.handouts import library, topics
from peercenter.ui.handouts.topic_model import TopicTableModel

_LIST_HINT = "One per line."


class HandoutsScreen(QWidget):
    def __init__(self, database: Database, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.can_edit = actor.can(Permission.EDIT_HANDOUT_CONTENT)
        self.topic_id: int | None = None
        self.version: int | None = None

        self.model = TopicTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Find a topic…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._open_current)

        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self._field(form, "title", "&Title", QLineEdit())
        self._field(form, "slug", "Short &name", QLineEdit())
        language = QComboBox()
        for code, name in LANGUAGES.items():
            language.addItem(name, code)
        self._field(form, "language", "&Language", language)
        self._field(form, "introduction", "&Introduction", QPlainTextEdit(), 3)
        self._field(form, "key_points", "&Key points", QPlainTextEdit(), 5, _LIST_HINT)
        self._field(form, "exercise_title", "E&xercise", QLineEdit())
        self._field(form, "exercise_steps", "Exercise &steps", QPlainTextEdit(), 4,
                    _LIST_HINT)
        self._field(form, "discussion_questions", "&Questions", QPlainTextEdit(), 3,
                    _LIST_HINT)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.new_button = QPushButton("&New topic", self)
        self.save_button = QPushButton("Sa&ve", self)
        self.restore_button = QPushButton("&Restore the shipped text", self)
        self.delete_button = QPushButton("&Delete", self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.restore_button,
                       self.delete_button):
            buttons.addWidget(button)
            button.setEnabled(self.can_edit)
        self.new_button.clicked.connect(self.new_topic)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        self.delete_button.clicked.connect(self.delete)

        self.local = QPlainTextEdit(self)
        self.local.setPlaceholderText("Harbor Clinic | 555-0100 | walk-ins Mon–Fri 9–5")
        self.local.setFixedHeight(self.local.fontMetrics().lineSpacing() * 5 + 12)
        self.local_error = QLabel(self)
        self.local_save = QPushButton("Save local resources", self)
        self.local_save.setEnabled(self.can_edit)
        self.local.setReadOnly(not self.can_edit)
        self.local_save.clicked.connect(self.save_local)
        local_box = QGroupBox("Local resources on every handout (Name | phone or address | "
                              "note)", self)
        local_layout = QVBoxLayout(local_box)
        local_layout.addWidget(self.local)
        local_layout.addWidget(self.local_error)
        local_layout.addWidget(self.local_save, 0, Qt.AlignmentFlag.AlignRight)

        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.status)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(local_box)
        editor_layout.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 720])
        QVBoxLayout(self).addWidget(splitter)

        with database.session() as s:
            library.sync_builtin(s)
            self.local.setPlainText(settings.get(s, "handouts.local_resources"))
        self.reload()

    def _field(self, form: QFormLayout, name: str, label: str,
               widget: QLineEdit | QPlainTextEdit | QComboBox, lines: int = 0,
               hint: str = "") -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 12)
            widget.setPlaceholderText(hint)
            widget.setTabChangesFocus(True)
            widget.setReadOnly(not self.can_edit)
        elif isinstance(widget, QLineEdit):
            widget.setReadOnly(not self.can_edit)
        else:
            widget.setEnabled(self.can_edit)
        error = QLabel()
        error.setStyleSheet("color: #a23b2a;")
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)  # the & in the label moves the focus here
        form.addRow(caption, box)
        self.fields[name], self.errors[name] = widget, error

    # -- list -----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        with self.database.reader() as s:
            rows = topics.list_topics(s, self.actor)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        target = select if select is not None else (rows[0].id if rows else None)
        if target is not None and self.model.row_for(target) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_for(target), 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _open_current(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return
        topic_id = self.model.rows[index.row()].id
        with self.database.reader() as s:
            detail = topics.get_topic(s, self.actor, topic_id)
        self._show(detail)

    def _show(self, detail: topics.TopicDetail) -> None:
        self.topic_id, self.version = detail.row.id, detail.row.version
        for name, value in vars(detail.form).items():
            widget = self.fields[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self._clear_errors()
        row = detail.row
        where = ("It comes with PeerCenter and follows updates." if row.is_builtin else
                 "Your center's wording is used instead of the shipped text."
                 if row.has_shipped_text else "Your center wrote this topic.")
        self.status.setText(where + (f"\nIt cannot be printed yet: {row.problem}"
                                     if row.problem else ""))
        self.restore_button.setEnabled(self.can_edit and row.has_shipped_text
                                       and not row.is_builtin)
        self.delete_button.setEnabled(self.can_edit and not row.has_shipped_text)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    # -- editing --------------------------------------------------------------------------
    def form(self) -> topics.TopicForm:
        values: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                values[name] = widget.text()
        return topics.TopicForm(**values)

    def new_topic(self) -> None:
        self.table.clearSelection()
        self.topic_id, self.version = None, None
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.clear()
        self._clear_errors()
        self.status.setText("A new topic written by your center.")
        self.restore_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.fields["title"].setFocus()

    def save(self) -> None:
        self._clear_errors()
        try:
            with self.database.session() as s:
                detail = topics.save_topic(s, self.actor, self.topic_id, self.form(),
                                           self.version)
        except ValidationError as exc:
            shown = False
            for field, message in exc.field_errors.items():
                if field in self.errors:
                    self.errors[field].setText(message)
                    self.errors[field].show()
                    shown = True
            if not shown:
                QMessageBox.warning(self, "Cannot save the topic", exc.message)
            return
        except PeerCenterError as exc:
            QMessageBox.warning(self, "Cannot save the topic", exc.message)
            return
        self.reload(select=detail.row.id)
        self.status.setText("Saved. " + self.status.text())

    def restore(self) -> None:
        if self.topic_id is None:
            return
        self._act(lambda s: topics.restore_shipped(s, self.actor, self.topic_id or 0,
                                                   self.version), self.topic_id)

    def delete(self) -> None:
        if self.topic_id is None:
            return
        answer = QMessageBox.question(self, "Delete topic",
                                      "Delete this topic? Sessions that use it will print "
                                      "without a topic.")
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda s: topics.delete_topic(s, self.actor, self.topic_id or 0,
                                                    self.version), None)

    def _act(self, action: object, select: int | None) -> None:
        try:
            with self.database.session() as s:
                action(s)  # type: ignore[operator]
        except PeerCenterError as exc:
            QMessageBox.warning(self, "Could not finish", exc.message)
            return
        self.reload(select=select)

    def save_local(self) -> None:
        self.local_error.clear()
        try:
            with self.database.session() as s:
                settings.set_value(s, self.actor, "handouts.local_resources",
                                   self.local.toPlainText())
        except PeerCenterError as exc:
            self.local_error.setText(exc.message)
            return
        self.local_error.setText("Saved. Handouts printed from now on list these.")
