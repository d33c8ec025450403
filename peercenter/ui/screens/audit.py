"""The audit trail for administrators: filter by dates, person, action and kind of record;
export what is shown as CSV; check the hash chain; an accounting for one participant. Each
look is itself recorded; opening the screen deletes the views older than the retention."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peercenter.domain import timefmt
from peercenter.domain.audit_chain import ChainVerdict
from peercenter.fileio import csv_bytes, write_atomically
from peercenter.services import audit_review, participant_accounting, retention
from peercenter.services.audit_review import AuditFilter, AuditRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.audit_words import action_label, record_label
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant_accounting import AccountingDialog
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import Column, RowTableModel, make_table_view
from peercenter.ui.widgets.choices import narrow
from peercenter.ui.widgets.optional_date import OptionalDateEdit


def audit_columns() -> list[Column[AuditRow]]:
    """The columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("AuditScreen", "When"),
            lambda r: (
                f"{formatting.short_date(r.local_at.date())} "
                f"{timefmt.clock_with_seconds(r.local_at)}"
            ),
            sort=lambda r: r.id,
            width=150,
        ),
        Column(QCoreApplication.translate("AuditScreen", "User"), lambda r: r.username, width=110),
        Column(
            QCoreApplication.translate("AuditScreen", "Action"),
            lambda r: action_label(r.action),
            width=150,
        ),
        Column(
            QCoreApplication.translate("AuditScreen", "Record"),
            lambda r: record_label(r.entity),
            width=140,
        ),
        Column(QCoreApplication.translate("AuditScreen", "Id"), lambda r: r.entity_id, width=60),
        Column(
            QCoreApplication.translate("AuditScreen", "Details"),
            lambda r: r.details,
            tooltip=lambda r: r.details,
            stretch=True,
        ),
    ]


ANY = QT_TRANSLATE_NOOP("AuditScreen", "(any)")  # the first choice of each filter


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    narrow(combo, 12, popup_width=260)
    return combo


class AuditScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page_layout.addWidget(theme.title_label(self.tr("Audit trail")))
        # Two rows: the dates, then who and what; in one row the bar was wider than a
        # 1366-pixel screen in Spanish.
        dates, bar = QHBoxLayout(), QHBoxLayout()
        self.since = OptionalDateEdit(self.tr("From"))
        self.until = OptionalDateEdit(self.tr("To"))
        self.user = _combo(self.tr("User"))
        self.action = _combo(self.tr("Action"))
        self.entity = _combo(self.tr("Kind of record"))
        self.search_button = QPushButton(self.tr("Show"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.verify_button = QPushButton(self.tr("Check for tampering"))
        for widget in (self.since, self.until):
            dates.addWidget(widget)
        dates.addStretch(1)
        for label, combo in (
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("Record"), self.entity),
        ):
            bar.addWidget(theme.hint_label(label))
            bar.addWidget(combo)
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        self.page_layout.addLayout(dates)
        self.page_layout.addLayout(bar)
        self.model: RowTableModel[AuditRow] = RowTableModel(audit_columns(), parent=self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.page_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = theme.hint_label("")
        self.verdict_label = theme.hint_label("")
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.verdict_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        self.page_layout.addLayout(bottom)
        person = QHBoxLayout()
        self.participant = QLineEdit()
        self.participant.setAccessibleName(self.tr("Participant for an accounting"))
        self.participant.setPlaceholderText(self.tr("Participant's name or number"))
        hint = self.participant.placeholderText()
        self.participant.setMinimumWidth(
            self.participant.fontMetrics().horizontalAdvance(hint) + 40
        )
        self.participant.setMaximumWidth(max(280, self.participant.minimumWidth()))
        self.account_button = QPushButton(self.tr("Accounting for one participant…"))
        self.account_button.setToolTip(
            self.tr("Every view, print, export and change concerning them, over the dates above.")
        )
        person.addWidget(self.participant)
        person.addWidget(self.account_button)
        person.addStretch(1)
        self.page_layout.addLayout(person)
        self.accounting_dialog: QDialog | None = None
        self.participant.returnPressed.connect(self.account)
        self.account_button.clicked.connect(self.account)
        self.search_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self._choices_loaded = False

    def current_filter(self) -> AuditFilter:
        def chosen(combo: QComboBox) -> str:
            return "" if combo.currentIndex() <= 0 else str(combo.currentData())

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
        for combo, values, label in (
            (self.user, choices.usernames, str),
            (self.action, choices.actions, action_label),
            (self.entity, choices.entities, record_label),
        ):
            keep = combo.currentData() if combo.currentIndex() > 0 else None
            combo.clear()
            combo.addItem(self.tr(ANY), None)
            for code in values:  # the words shown, the stored code kept for the search
                combo.addItem(label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        self._choices_loaded = True

    def refresh(self) -> None:
        with messages.reporting_errors(self):
            with self.ctx.database.session() as session:
                pruned = retention.prune_if_due(session, self.ctx.actor)
            if pruned.deleted:
                self.verdict_label.setText(
                    self.tr(
                        "%n view(s) older than the retention deleted (recorded in the trail).",
                        "",
                        pruned.deleted,
                    )
                )
            self._load_choices()
            with self.ctx.database.session() as session:
                rows = audit_review.search(session, self.ctx.actor, self.current_filter())
            self.model.set_rows(rows)
            count = (
                self.tr(
                    "%n event(s) (the newest; narrow the filter to see older ones)", "", len(rows)
                )
                if len(rows) >= audit_review.MAX_ROWS
                else self.tr("%n event(s)", "", len(rows))
            )
            self.count_label.setText(count)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv", self.tr("CSV files (*.csv)")
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
        self.count_label.setText(
            self.tr("Exported %n event(s) to {file}.", "", written).format(file=path.name)
        )
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
                self.tr(
                    "All %Ln event(s) check out: nothing was changed, deleted or slipped in.",
                    "",
                    verdict.rows_checked,
                )
            )
        else:
            self.verdict_label.setObjectName("fieldError")
            self.verdict_label.setText(
                self.tr("Tampering found: {problem}.").format(problem=verdict.problem)
            )
        theme.restyle(self.verdict_label)

    def account(self) -> None:
        """The accounting for the participant typed in, over the dates chosen above."""
        with messages.reporting_errors(self):
            with self.ctx.database.session() as session:
                pid = participant_accounting.find(session, self.ctx.actor, self.participant.text())
            dialog = AccountingDialog(self.ctx, pid, self.since.value(), self.until.value(), self)
            self.accounting_dialog = dialog
            dialog.open()
