"""The domain's words in Spanish: form checks, schedule clashes, how a group repeats, burnout
flags and the labels of the closed vocabularies, as a person who works in Spanish reads them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from peercenter import i18n, paths
from peercenter.domain import conflicts, validation
from peercenter.domain.credentials.program import KIND_LABELS
from peercenter.domain.enums import (
    AttendanceStatus,
    GroupKind,
    RequirementKind,
    Role,
    TimeEntryKind,
)
from peercenter.domain.errors import ValidationError
from peercenter.domain.guardrails import GuardrailSettings, Level, Scope, consecutive, thresholds
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.domain.repeat_text import RepeatTextError, parse_repeat
from peercenter.domain.service_report import MonthFigures, ServiceReport
from peercenter.reports.service_data import MEASURES, month_rows
from tests.translations_helper import compiled
from tests.unit.guardrails.helpers import TODAY, day, hours


@pytest.fixture
def spanish() -> None:
    compiled()
    i18n.activate("es", "es_US", paths.resource("translations"))


def test_form_checks_in_spanish(spanish: None) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.text("  ", "Apellido", "last_name")
    assert caught.value.field_errors == {"last_name": "Apellido: este dato es obligatorio."}
    with pytest.raises(ValidationError) as caught:
        validation.password("corta", user_name="sam")
    assert caught.value.message == "La contraseña debe tener al menos 10 caracteres."
    with pytest.raises(ValidationError) as caught:
        validation.optional_email("sam.example.org")
    assert caught.value.message.startswith("'sam.example.org' no parece una dirección de correo")
    several = ValidationError.collect({"a": "Primero.", "b": "Segundo.", "c": "Tercero."})
    assert several.message == "Primero. (y 2 más por corregir)"


def test_how_a_group_repeats_in_spanish(spanish: None) -> None:
    first = date(2026, 1, 6)
    twice_a_week = Recurrence(Frequency.WEEKLY, interval=2, weekdays=(1, 3), count=3)
    assert twice_a_week.describe(first) == "Cada 2 semanas: martes y jueves, 3 veces"
    monthly = Recurrence(Frequency.MONTHLY, weekdays=(1,), nth=(2, -1))
    assert monthly.describe(first) == "Cada mes: el segundo y último martes"
    assert Recurrence(Frequency.MONTHLY, month_day=15).describe(first) == "Cada mes: el día 15"
    with pytest.raises(ValidationError) as caught:
        Recurrence(Frequency.WEEKLY, interval=60).validate(first)
    assert caught.value.message == "Repita cada 1 a 52 períodos."
    # A spreadsheet still says it in English; the reason it cannot be read is in Spanish.
    assert parse_repeat("every 2 weeks on Tue").interval == 2
    with pytest.raises(RepeatTextError) as refused:
        parse_repeat("monthly on day 40")
    assert refused.value.message == "Un mes tiene días del 1 al 31, no 40."


def test_clashes_and_burnout_flags_in_spanish(spanish: None) -> None:
    clashes = [
        conflicts.Conflict(conflicts.ConflictKind.ROOM, "La sala A ya está reservada."),
        conflicts.Conflict(conflicts.ConflictKind.ROOM, "Otra."),
        conflicts.Conflict(conflicts.ConflictKind.ROOM, "Y otra."),
    ]
    assert conflicts.summarize(clashes) == {
        "room": "La sala A ya está reservada. (y 2 conflictos más)"
    }
    [inactive] = conflicts.inactive_facilitators([7], {}, conflicts.Names())
    assert inactive.message == "Este facilitador ya no está activo y no puede facilitar."
    [flag] = consecutive.check(
        hours({day(-i): 4 for i in range(8)}), Scope.around(TODAY), GuardrailSettings()
    )
    assert flag.message.startswith("Trabaja 8 días seguidos (")
    assert flag.message.endswith("); más de 6 seguidos genera alerta.")
    assert (flag.label, flag.level.label) == ("Días seguidos", "Ámbar")
    wrong = thresholds.problems(thresholds.from_values({"cbi_amber": 80, "cbi_red": 75}))
    assert wrong == {
        "cbi_amber": "Puntuación de agotamiento: ámbar (80) debe ser menor que rojo (75)."
    }


def test_the_labels_of_the_vocabularies_in_spanish(spanish: None) -> None:
    assert Role.FRONT_DESK.label == "Recepción"
    assert GroupKind.PEER_SUPPORT.label == "Grupo de apoyo entre pares"
    assert [s.label for s in AttendanceStatus] == ["Presente", "Tarde", "Justificado", "Ausente"]
    assert TimeEntryKind.DIRECT_SERVICE.label == "Servicio directo"
    assert Level.RED.label == "Rojo"
    assert thresholds.FIELDS["cbi_amber"].label == "Puntuación de agotamiento: ámbar desde"
    assert KIND_LABELS[RequirementKind.SUPERVISION_HOURS] == "Horas de supervisión"
    assert dict(KIND_LABELS.items())[RequirementKind.TRAINING_HOURS] == "Horas de capacitación"


def test_the_monthly_report_reads_in_spanish_in_the_window_and_in_english_on_paper(
    spanish: None,
) -> None:
    month = date(2026, 3, 1)
    figures = MonthFigures(month, 12, 3, 9, dict.fromkeys(GroupKind, 1), 30, 5.0, 2, 1, 1, 600, 60)
    report = ServiceReport("Centro", "", datetime(2026, 4, 1), month, True, False, figures, ())
    shown = month_rows(report)
    assert shown[0][0] == "Personas atendidas (sin duplicar)"
    assert shown[0][2] == "presentes o tarde al menos una vez"
    assert MEASURES[0].label == "Personas atendidas (sin duplicar)"
    assert month_rows(report, english=True)[0][0] == "People served (unduplicated)"


def test_english_stays_the_default() -> None:
    assert AttendanceStatus.EXCUSED.label == "Excused"
    assert KIND_LABELS[RequirementKind.SUPERVISION_HOURS] == "Supervision hours"
    assert Recurrence(Frequency.WEEKLY, weekdays=(1, 3)).describe(date(2026, 1, 6)) == (
        "Every week on Tuesday and Thursday"
    )
