"""The audit trail for administrators: filter by dates, person, action and kind of record;
export what is shown as CSV; check the hash chain. Each look is itself recorded."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from peercenter.domain.audit_chain import ChainVerdict
from peercenter.fileio import csv_bytes, write_atomically
from peercenter.services import audit_review
from peercenter.services.audit_review import AuditFilter, AuditRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.optional_date import OptionalDateEdit

AUDIT_COLUMNS: list[Column[AuditRow]] = [
    Column(
        "When",
        lambda r: f"{formatting.short_date(r.local_at.date())} {r.local_at:%H:%M:%S}",
        sort=lambda r: r.id,
        width=150,
    ),
    Column("User", lambda r: r.username, width=110),
    Column("Action", lambda r: r.action, width=110),
    Column("Record", lambda r: r.entity, width=100),
    Column("Id", lambda r: r.entity_id, width=60),
    Column("Details", lambda r: r.details, tooltip=lambda r: r.details, stretch=True),
]
ANY = "(any)"


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setMinimumWidth(120)
    return combo


class AuditScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label("Audit trail"))
        bar = QHBoxLayout()
        self.since = OptionalDateEdit("From")
        self.until = OptionalDateEdit("To")
        self.user = _combo("User")
        self.action = _combo("Action")
        self.entity = _combo("Kind of record")
        self.search_button = QPushButton("Show")
        self.export_button = QPushButton("Export CSV…")
        self.verify_button = QPushButton("Check for tampering")
        for widget in (self.since, self.until):
            bar.addWidget(widget)
        for label, combo in (("User", self.user), ("Action", self.action), ("Record", self.entity)):
            bar.addWidget(theme.hint_label(label))
            bar.addWidget(combo)
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        self.page_layout.addLayout(bar)
        self.model: RowTableModel[AuditRow] = RowTableModel(AUDIT_COLUMNS, parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Audit events")
        self.page_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = theme.hint_label("")
        self.verdict_label = theme.hint_label("")
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.verdict_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        self.page_layout.addLayout(bottom)
        self.search_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self._choices_loaded = False

    def current_filter(self) -> AuditFilter:
        def chosen(combo: QComboBox) -> str:
            return "" if combo.currentText() == ANY else combo.currentText()

        return AuditFilter(
            since=self.since.value(),
            until=self.until.value(),
            username=chosen(self.user),
            action=chosen(self.action),
            entity=chosen(self.entity),
        )

    def _load_choices(self) -> None:
        with self.ctx.database.reader() as session:
            choices = audit_review.choices(session, self.ctx.actor)
        for combo, values in (
            (self.user, choices.usernames),
            (self.action, choices.actions),
            (self.entity, choices.entities),
        ):
            keep = combo.currentText()
            combo.clear()
            combo.addItems([ANY, *values])
            combo.setCurrentText(keep or ANY)
        self._choices_loaded = True

    def refresh(self) -> None:
        with messages.reporting_errors(self):
            self._load_choices()
            with self.ctx.database.session() as session:
                rows = audit_review.search(session, self.ctx.actor, self.current_filter())
            self.model.set_rows(rows)
            more = (
                " (the newest; narrow the filter to see older ones)"
                if len(rows) >= audit_review.MAX_ROWS
                else ""
            )
            self.count_label.setText(formatting.plural(len(rows), "event") + more)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the audit trail", "audit-trail.csv", "CSV files (*.csv)"
        )
        if not name:
            return
        with messages.reporting_errors(self):
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        out = io.StringIO()
        with self.ctx.database.session() as session:
            written = audit_review.export_csv(session, self.ctx.actor, self.current_filter(), out)
            write_atomically(path, csv_bytes(out.getvalue()))
        self.count_label.setText(f"Exported {formatting.plural(written, 'event')} to {path.name}.")
        return written

    def verify(self) -> None:
        with messages.reporting_errors(self):
            with self.ctx.database.session() as session:
                verdict = audit_review.verify_chain(session, self.ctx.actor)
            self._show_verdict(verdict)

    def _show_verdict(self, verdict: ChainVerdict) -> None:
        if verdict.ok:
            self.verdict_label.setObjectName("hint")
            self.verdict_label.setText(
                f"All {verdict.rows_checked:,} events check out: "
                "nothing was changed, deleted or slipped in."
            )
        else:
            self.verdict_label.setObjectName("fieldError")
            self.verdict_label.setText(f"Tampering found: {verdict.problem}.")
        theme.restyle(self.verdict_label)
