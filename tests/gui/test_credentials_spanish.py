"""Training & certification, credential programs and time entries in Spanish: tabs, columns,
counts with their plural forms, the card of a credential held, and dialogs whose hints show
every line they wrap to."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from peercenter.db.engine import Database
from peercenter.domain.enums import TimeEntryKind
from peercenter.services.clock import local_today
from peercenter.services.credentials import enrollments, training
from peercenter.ui import language
from peercenter.ui.screens.credentials import CredentialsScreen
from peercenter.ui.screens.credentials.supervision_dialog import SupervisionDialog
from peercenter.ui.screens.credentials.training_dialog import TrainingDialog
from peercenter.ui.screens.programs.requirement_dialog import RequirementDialog
from peercenter.ui.screens.time_entries import TimeEntriesScreen
from peercenter.ui.ui_state import UiState
from tests.credential_factories import TZ, Crew, crew
from tests.gui.credential_helpers import open_screen, window_for
from tests.gui.helpers import header_titles
from tests.translations_helper import compiled

TODAY = local_today(TZ)


@pytest.fixture(autouse=True)
def _spanish() -> None:
    compiled()
    language.apply_language("es")


@pytest.fixture
def team(sqlite_database: Database) -> Crew:
    c = crew(sqlite_database)
    me = c.specialist.staff_id
    certified = TODAY - timedelta(days=400)
    with sqlite_database.session() as s:
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(
                c.programs["icrc-pr"],
                certified - timedelta(days=300),
                achieved_on=certified,
                expires_on=certified + timedelta(days=730),
            ),
        )
        for days, title in ((30, "Ética en el trabajo entre pares"), (10, "Defensoría")):
            record = training.add_training(
                s,
                c.specialist,
                me,
                training.TrainingForm(TODAY - timedelta(days=days), title, 6, "Academia", ""),
            )
        training.set_verified(s, c.supervisor, record.id, True, record.version)
    return c


def _credentials(qtbot: Any, db: Database, team: Crew, ui_state: UiState) -> CredentialsScreen:
    window = window_for(qtbot, db, team.supervisor, ui_state)
    screen = open_screen(window, "credentials")
    assert isinstance(screen, CredentialsScreen)
    screen.open_person(team.specialist.staff_id)
    return screen


def _wrapped_lines_fit(dialog: QWidget) -> list[str]:
    """The visible hints and notes shorter than their wrapped lines need (cut off)."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_the_training_screen_speaks_spanish(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _credentials(qtbot, sqlite_database, team, ui_state)
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert tabs == ["Mis supervisados", "Progreso", "Registros de capacitación",
                    "Registro de supervisiones"]  # fmt: skip
    card = screen.progress.cards[0]
    rows = {name: figures for name, figures, _status in card.row_texts()}
    assert rows["Supervised work experience"].startswith("Cumplido al certificarse (")
    assert rows["Continuing education"].startswith("0 h de 20 h · faltan 20 h")
    assert card.pdf_button.text() == "Informe de horas (PDF)…"
    assert header_titles(screen.training.model) == [
        "Fecha", "Título", "Área", "Horas", "EC", "Certificado", "Verificada"
    ]  # fmt: skip
    # Two records, one of them still waiting: both plural forms in one line.
    assert screen.training.count_label.text() == (
        "2 registros, 12 h · 1 pendiente de verificación (6 h)"
    )
    assert screen.overview is not None
    assert screen.overview.summary.text() == (
        "1 persona supervisada. Haga doble clic en una persona para ver su progreso."
    )


def test_training_and_supervision_dialogs_in_spanish_show_every_line(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    screen = _credentials(qtbot, sqlite_database, team, ui_state)
    verified = next(r for r in screen.training.model.rows if r.verified)
    dialog = TrainingDialog(
        screen.ctx, team.specialist.staff_id, "Jordan Reyes", verified.id, TODAY, False, screen
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not _wrapped_lines_fit(dialog))
    assert dialog.windowTitle() == "Editar capacitación de Jordan Reyes"
    assert dialog.verified_note.text() == (
        "Verificada por Maria Lopez. Si cambia el registro, se quita la verificación."
    )
    assert dialog.verified_note.wordWrap()  # the whole sentence, on as many lines as it takes
    screen.progress.open_enrollment(screen.progress.cards[0].enrolled)
    enrollment = screen.progress.dialog
    assert enrollment is not None
    qtbot.waitUntil(enrollment.isVisible)
    qtbot.wait(50)  # its layout settled
    assert not _wrapped_lines_fit(enrollment)
    assert enrollment.windowTitle() == "Inscripción de Jordan Reyes"
    enrollment.reject()
    log = SupervisionDialog(screen.ctx, None, team.specialist.staff_id, TODAY, screen)
    qtbot.addWidget(log)
    assert [log.format.itemText(i) for i in range(log.format.count())] == [
        "Individual",
        "Grupal",
    ]
    log.show()
    qtbot.wait(50)
    assert not _wrapped_lines_fit(log)


def test_a_requirement_dialog_shows_the_whole_list_of_known_domains(qtbot: Any) -> None:
    domains = [f"Área de competencia número {n}" for n in range(1, 25)]
    dialog = RequirementDialog(None, domains)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not _wrapped_lines_fit(dialog))
    assert dialog.windowTitle() == "Agregar requisito"
    assert dialog.within.specialValueText() == "Sin plazo"


def test_time_entries_say_the_weeks_shown_in_spanish(
    qtbot: Any, sqlite_database: Database, team: Crew, ui_state: UiState
) -> None:
    window = window_for(qtbot, sqlite_database, team.specialist, ui_state)
    screen = open_screen(window, "time_entries")
    assert isinstance(screen, TimeEntriesScreen)
    assert screen.span.currentText() == "Últimas 8 semanas"
    assert screen.summary.text() == "No hay registros de horas en las últimas 8 semanas."
    assert header_titles(screen.model) == ["Fecha", "Tipo", "Horas", "Nota"]
    screen.add_button.click()
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Agregar horas de Jordan Reyes"
    for kind in TimeEntryKind:  # the hint under the kind changes with it
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        qtbot.waitUntil(lambda: not _wrapped_lines_fit(dialog))
    dialog.reject()
