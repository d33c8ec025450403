"""One requirement of a center's program, checked like a line of a program file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.credentials.program import (
    DOMAIN_KINDS,
    HOUR_KINDS,
    KIND_LABELS,
    Period,
    Phase,
    ProgramDefinitionError,
    ProgramSpec,
    RequirementSpec,
    parse_program,
    to_mapping,
)
from peercenter.domain.enums import RequirementKind
from peercenter.ui.widgets.banner import Banner
from peercenter.ui.widgets.form import FormFields


def months_box(none_text: str) -> QSpinBox:
    """A number of months, 0 standing for ``none_text``."""
    spin = QSpinBox()
    spin.setRange(0, 240)
    spin.setSpecialValueText(none_text)
    spin.setSuffix(QCoreApplication.translate("RequirementDialog", " months"))
    return spin


class RequirementDialog(QDialog):
    def __init__(
        self, requirement: RequirementSpec | None, domains: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Add requirement") if requirement is None else self.tr("Edit requirement")
        )
        self.result_spec: RequirementSpec | None = None
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.fields = FormFields()
        layout.addLayout(self.fields.layout)
        self.name = self.fields.add("name", self.tr("Name"), QLineEdit())
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(label, value)
        self.fields.add("kind", self.tr("Kind"), self.kind)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 10000)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" h"))
        self.fields.add("hours", self.tr("Hours"), self.hours)
        self.period = QComboBox()
        self.period.addItem(self.tr("At least once every calendar week"), Period.WEEK)
        self.period.addItem(self.tr("At least once every calendar month"), Period.MONTH)
        self.fields.add("period", self.tr("How often"), self.period)
        self.domains = QLineEdit()
        self.domains.setPlaceholderText(self.tr("Any domain"))
        completer = QCompleter(domains, self.domains)
        self.domains.setCompleter(completer)
        self.fields.add(
            "domains",
            self.tr("Domains"),
            self.domains,
            hint=self.tr(
                "Only training in these domains counts; separate them with commas. Known: {known}"
            ).format(known=", ".join(domains)),
        )
        self.phase = QComboBox()
        self.phase.addItem(self.tr("To earn the credential"), Phase.INITIAL)
        self.phase.addItem(self.tr("In each renewal cycle"), Phase.RENEWAL)
        self.fields.add("phase", self.tr("When"), self.phase)
        self.within = months_box(self.tr("No time limit"))
        self.fields.add(
            "within_months",
            self.tr("Time limit"),
            self.within,
            hint=self.tr("Done within this many months of the enrollment start."),
        )
        self.lookback = months_box(self.tr("Any time"))
        self.fields.add("lookback_months", self.tr("Counts hours from the last"), self.lookback)
        self.unverified = QCheckBox(self.tr("Training counts before a supervisor verifies it"))
        self.fields.add("counts_unverified", "", self.unverified)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.phase.currentIndexChanged.connect(self._kind_changed)
        if requirement is not None:
            self._fill(requirement)
        self._kind_changed()
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """As tall as the rows shown, with the hints as they wrap at the dialog's width: Qt
        sizes a dialog for unwrapped lines, and the list of known domains takes several."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        for hint in self.findChildren(QLabel, "hint"):
            hint.setMinimumHeight(hint.heightForWidth(hint.width()))
        layout.activate()
        self.resize(self.width(), layout.totalMinimumSize().height())

    def _fill(self, r: RequirementSpec) -> None:
        self.name.setText(r.name)
        self.kind.setCurrentIndex(self.kind.findData(r.kind))
        self.hours.setValue(r.hours or 0)
        if r.period is not None:
            self.period.setCurrentIndex(self.period.findData(r.period))
        self.domains.setText(", ".join(r.domains))
        self.phase.setCurrentIndex(self.phase.findData(r.phase))
        self.within.setValue(r.within_months or 0)
        self.lookback.setValue(r.lookback_months or 0)
        self.unverified.setChecked(r.counts_unverified)

    def current_kind(self) -> RequirementKind:
        return RequirementKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        if kind is RequirementKind.CONTINUING_EDUCATION:
            self.phase.setCurrentIndex(self.phase.findData(Phase.RENEWAL))
        self.phase.setEnabled(kind is not RequirementKind.CONTINUING_EDUCATION)
        self.fields.set_visible("hours", kind in HOUR_KINDS)
        self.fields.set_visible("period", kind is RequirementKind.SUPERVISION_FREQUENCY)
        self.fields.set_visible("domains", kind in DOMAIN_KINDS)
        self.fields.set_visible("counts_unverified", kind in DOMAIN_KINDS)
        initial = Phase(self.phase.currentData()) is Phase.INITIAL
        self.fields.set_visible(
            "within_months", initial and kind is not RequirementKind.SUPERVISION_FREQUENCY
        )
        self.fields.set_visible(
            "lookback_months", kind is not RequirementKind.SUPERVISION_FREQUENCY
        )
        QTimer.singleShot(0, self, self._fit)  # rows shown again need their room

    def spec(self) -> RequirementSpec:
        kind = self.current_kind()
        hours_kind = kind in HOUR_KINDS
        domain_kind = kind in DOMAIN_KINDS
        return RequirementSpec(
            name=self.name.text(),
            kind=kind,
            hours=self.hours.value() if hours_kind else None,
            domains=tuple(d.strip() for d in self.domains.text().split(",") if d.strip())
            if domain_kind
            else (),
            phase=Phase(self.phase.currentData()),
            within_months=(self.within.value() or None)
            if Phase(self.phase.currentData()) is Phase.INITIAL and hours_kind
            else None,
            lookback_months=(self.lookback.value() or None) if hours_kind else None,
            period=Period(self.period.currentData()) if not hours_kind else None,
            counts_unverified=self.unverified.isChecked() and domain_kind,
        )

    def submit(self) -> None:
        """Checked the way a program file is, as a program of this one requirement."""
        spec = self.spec()
        try:
            checked = parse_program(
                to_mapping(ProgramSpec("check", "check", renewal_months=12, requirements=(spec,))),
                "Requirement",
            )
        except ProgramDefinitionError as exc:
            field = next(iter(exc.field_errors), "")
            name = field.split(".", 1)[-1]
            self.fields.clear_errors()
            message = exc.problem[0].upper() + exc.problem[1:] + "."
            if self.fields.has(name):
                self.fields.set_error(name, message)
                self.banner.clear()
            else:
                self.banner.show_message(message)
            return
        self.result_spec = checked.requirements[0]
        self.accept()
