"""Training & certification, driven as a supervisor and as a specialist: the overview, the
progress cards, enrolling, training records with verification and certificates, the hours
report, and the supervision log."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt

from peercenter.db.engine import Database
from peercenter.domain.credentials.program import Phase
from peercenter.domain.enums import SupervisionFormat
from peercenter.services.clock import local_today
from peercenter.services.credentials import enrollments, supervision, training
from peercenter.ui.screens.credentials import CredentialsScreen, report_export, training_tab
from peercenter.ui.ui_state import UiState
from tests.credential_factories import TZ, Crew, crew, held_session
from tests.gui.credential_helpers import open_screen, titles, window_for
from tests.gui.helpers import cell, column_texts

TODAY = local_today(TZ)  # the center's day, which may not be this computer's


@pytest.fixture
def team(sqlite_database: Database) -> Crew:
    c = crew(sqlite_database)
    me = c.specialist.staff_id
    with sqlite_database.session() as s:
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(c.programs["texas-hhsc-ps"], TODAY - timedelta(days=170)),
        )
        training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(
                TODAY - timedelta(days=30), "Ethics in peer work", 6, "Academy", "Ethics"
            ),
        )
    held_session(sqlite_database, me, TODAY - timedelta(days=20), 2)
    return c


def _screen(qtbot: Any, db: Database, team: Crew, who: str, ui_state: UiState) -> CredentialsScreen:
    window = window_for(qtbot, db, getattr(team, who), ui_state)
    screen = open_screen(window, "credentials")
    assert isinstance(screen, CredentialsScreen)
    return screen


def test_supervisor_overview_opens_a_supervisee(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    assert screen.overview is not None
    assert screen.tabs.tabText(0) == "My supervisees"
    assert column_texts(screen.overview.proxy, "Name") == ["Jordan Reyes"]
    assert cell(screen.overview.proxy, 0, "Attention") == "Urgent"
    assert "No supervision in the week of" in cell(screen.overview.proxy, 0, "Needs attention")
    screen.overview.table.selectRow(0)
    screen.overview.table.activated.emit(screen.overview.proxy.index(0, 0))
    assert screen.picker.current_name() == "Jordan Reyes"
    assert screen.tabs.currentWidget() is screen.progress
    card = screen.progress.cards[0]
    names = [row[0] for row in card.row_texts()]
    assert names[0] == "Supervised work experience (initial certification)"
    figures = card.row_texts()[0][1]
    assert figures.startswith("2 h of 250 h · 248 h missing")
    assert card.row_texts()[0][2] == "Cannot be met in time"
    assert any(
        "Cannot be met" in label.text() or "cannot be met" in label.text()
        for label in card.alert_labels
    )
    assert not card.alert_labels[0].text().count("Texas Peer Specialist (HHSC):")


def test_specialist_sees_only_their_own_and_cannot_manage(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    window = window_for(qtbot, sqlite_database, team.specialist, ui_state)
    assert titles(window) == [
        "Today",
        "Calendar",
        "Groups",
        "Participants",
        "Rooms",
        "Print",
        "Handouts",
        "Training & certification",
        "Time entries",
        "Wellbeing",  # their own check-ins and guardrails
        "Settings",  # their own preferences
    ]
    screen = open_screen(window, "credentials")
    assert isinstance(screen, CredentialsScreen)
    assert screen.overview is None
    assert screen.picker.combo.isHidden() and screen.picker.only.text() == "Jordan Reyes"
    assert screen.progress.enroll_button.isHidden()
    assert screen.progress.cards[0].edit_button.isHidden()
    screen.tabs.setCurrentWidget(screen.training)
    assert screen.training.verify_button.isHidden()
    assert screen.supervision.log_button.isHidden()
    assert "Confidential notes" not in [
        screen.supervision.model.headerData(i, 1)
        for i in range(screen.supervision.model.columnCount())
    ]


def test_front_desk_has_no_training_screens(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    window = window_for(qtbot, sqlite_database, team.front_desk, ui_state)
    assert titles(window) == [
        "Today",
        "Calendar",
        "Groups",
        "Participants",
        "Rooms",
        "Print",
        "Handouts",
        "Settings",  # their own preferences
    ]


def test_adding_training_checks_the_hours_and_a_supervisor_verifies(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, team, "specialist", ui_state)
    tab = screen.training
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Advocacy basics")
    dialog.domain.setCurrentText("Advocacy")
    dialog.hours.setText("0")
    dialog.save_button.click()
    assert dialog.error_text("hours") == "The hours must be more than zero."
    dialog.hours.setText("a lot")
    dialog.save_button.click()
    assert "is not a number of hours" in dialog.error_text("hours")
    dialog.hours.setText("7:30")
    dialog.save_button.click()
    assert not dialog.isVisible()
    row = column_texts(tab.proxy, "Title").index("Advocacy basics")
    assert cell(tab.proxy, row, "Hours") == "7.5 h"
    assert cell(tab.proxy, row, "Verified") == "Waiting"

    boss = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    boss.open_person(team.specialist.staff_id)
    boss.tabs.setCurrentWidget(boss.training)
    tab = boss.training
    tab.table.selectRow(column_texts(tab.proxy, "Title").index("Advocacy basics"))
    assert tab.verify_button.isVisible() and tab.verify_button.text() == "Verify"
    tab.verify_button.click()
    row = column_texts(tab.proxy, "Title").index("Advocacy basics")
    assert cell(tab.proxy, row, "Verified") == "Yes, by Maria Lopez"


def test_certificate_attach_and_open(
    qtbot: Any,
    sqlite_database: Database,
    team: Crew,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan = tmp_path / "ethics certificate.pdf"
    scan.write_bytes(b"%PDF-1.4\n% scanned\n")
    opened: list[str] = []
    monkeypatch.setattr(training_tab, "ask_certificate", lambda _parent: str(scan))
    monkeypatch.setattr(training_tab, "open_file", opened.append)
    screen = _screen(qtbot, sqlite_database, team, "specialist", ui_state)
    tab = screen.training
    tab.table.selectRow(0)
    assert not tab.open_button.isEnabled()
    tab.attach_button.click()
    assert cell(tab.proxy, 0, "Certificate") == "Attached"
    assert (
        tab.proxy.index(0, tab.model.column_index("Certificate"))
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("ethics certificate.pdf")
    )
    tab.table.selectRow(0)
    assert tab.open_button.isEnabled()
    tab.open_button.click()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == scan.read_bytes()
    assert Path(opened[0]).parent.name == "attachments"


def test_a_named_pipe_picked_as_a_certificate_is_refused_at_once(
    qtbot: Any,
    sqlite_database: Database,
    team: Crew,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    popups: Any,
) -> None:
    """Reading it would wait for a writer forever, with the window frozen."""
    pipe = tmp_path / "certificate.pdf"
    os.mkfifo(pipe)
    monkeypatch.setattr(training_tab, "ask_certificate", lambda _parent: str(pipe))
    screen = _screen(qtbot, sqlite_database, team, "specialist", ui_state)
    tab = screen.training
    tab.table.selectRow(0)
    tab.attach_button.click()
    assert popups.shown == [
        ("error", f"{pipe} is a named pipe, not a file. Choose the file itself.")
    ]
    assert cell(tab.proxy, 0, "Certificate") != "Attached"


def test_enrolling_and_recording_the_credential(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    screen.open_person(team.specialist.staff_id)
    progress = screen.progress
    progress.enroll_button.click()
    dialog = progress.dialog
    assert dialog is not None
    dialog.program.setCurrentIndex(dialog.program.findText("IC&RC Peer Recovery (PR)"))
    dialog.started_on.setDate(dialog.started_on.date().addDays(5))  # in the future
    dialog.save_button.click()
    assert dialog.error_text("started_on") == "The start date cannot be in the future."
    dialog.started_on.setDate(dialog.started_on.date().addDays(-30))
    dialog.save_button.click()
    assert not dialog.isVisible()
    programs = [card.enrolled.progress.program.name for card in progress.cards]
    assert programs == ["Texas Peer Specialist (HHSC)", "IC&RC Peer Recovery (PR)"]
    card = progress.cards[1]
    card.edit_button.click()
    dialog = progress.dialog
    assert dialog is not None and not dialog.program.isEnabled()
    dialog.achieved_on.set_value(TODAY)
    dialog.save_button.click()
    assert not dialog.isVisible()
    card = progress.cards[1]
    assert "achieved" in card.state.text() and "renewal due" in card.state.text()
    assert not card.renew_button.isHidden()


def test_hours_report_is_saved_as_pdf_and_csv(
    qtbot: Any,
    sqlite_database: Database,
    team: Crew,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    screen.open_person(team.specialist.staff_id)
    for fmt in ("pdf", "csv"):
        target = tmp_path / f"report.{fmt}"
        monkeypatch.setattr(
            report_export, "ask_path", lambda _parent, _name, _fmt, target=target: str(target)
        )
        card = screen.progress.cards[0]
        (card.pdf_button if fmt == "pdf" else card.csv_button).click()
        assert screen.progress.task is not None
        qtbot.waitUntil(
            lambda target=target: screen.progress.last_saved == str(target), timeout=10000
        )
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "report.pdf").pages)
    assert "Texas Peer Specialist (HHSC)" in text and "Jordan Reyes" in text
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").startswith("Hours report")


def test_logging_supervision_with_confidential_notes(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    screen.open_person(team.specialist.staff_id)
    tab = screen.supervision
    tab.log_button.click()
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.supervisor.currentText() == "Maria Lopez"
    assert dialog.form().supervisee_ids == (team.specialist.staff_id,)  # ticked already
    dialog.minutes.setValue(45)
    dialog.topics.setPlainText("A difficult group")
    dialog.notes.setPlainText("Keep an eye on the workload.")
    dialog.other_domains.setText("Self-care")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert cell(tab.proxy, 0, "Confidential notes") == "Keep an eye on the workload."
    assert cell(tab.proxy, 0, "Domains") == "Self-care"
    tab.log_button.click()
    dialog = tab.dialog
    assert dialog is not None
    dialog.minutes.setValue(45)
    dialog.save_button.click()  # the same supervision again
    assert "already in the log" in dialog.error_text("held_on")
    dialog.reject()
    with sqlite_database.session() as s:
        rows = supervision.list_for_person(s, team.specialist, team.specialist.staff_id)
    assert rows[0].confidential_notes is None and rows[0].format is SupervisionFormat.INDIVIDUAL


def test_a_credential_held_says_its_requirements_were_met_at_certification(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    """Someone who came certified has no hours on record from before: the card says the
    requirement was met when the credential was achieved, not '0 h of 500 h'."""
    certified = TODAY - timedelta(days=400)
    with sqlite_database.session() as s:
        enrollments.enroll(
            s,
            team.supervisor,
            team.specialist.staff_id,
            enrollments.EnrollmentForm(
                team.programs["icrc-pr"],
                certified - timedelta(days=300),
                achieved_on=certified,
                expires_on=certified + timedelta(days=730),
            ),
        )
    screen = _screen(qtbot, sqlite_database, team, "supervisor", ui_state)
    screen.open_person(team.specialist.staff_id)
    card = next(c for c in screen.progress.cards if c.enrolled.progress.program.code == "icrc-pr")
    rows = {name: (figures, status) for name, figures, status in card.row_texts()}
    when = f"{certified.day} {certified:%b %Y}"
    assert rows["Supervised work experience"] == (f"Met at certification ({when})", "Met")
    initial = [
        r.requirement.name
        for r in card.enrolled.progress.requirements
        if r.requirement.phase is Phase.INITIAL
    ]
    assert len(initial) == 7
    assert all(rows[n][0].startswith("Met at certification") for n in initial), rows
    # Continuing education counts from the certification on, so there it is hours.
    assert rows["Continuing education"][0].startswith("0 h of 20 h")
