"""Guardrail thresholds are center settings: supervisors and administrators change them,
nonsense is refused with the reason, and a refused form writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Setting
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services import settings
from tests.wellbeing_factories import team


def test_defaults_until_changed(database: Database) -> None:
    team(database)
    with database.reader() as s:
        current = settings.guardrail_settings(s)
    assert (current.cbi_amber, current.cbi_red, current.hours_amber_percent) == (50, 75, 90)
    assert current.windows() == [(2, 30), (4, 40), (7, 60)]
    assert current.checkin_interval_days == 28


@pytest.mark.parametrize("who", ["maria", "admin"])
def test_supervisors_and_administrators_change_thresholds(database: Database, who: str) -> None:
    t = team(database)
    with database.session() as s:
        # Raising both cut-offs together works although amber 80 is above the old red 75.
        settings.set_many(
            s, getattr(t, who), {"guardrails.cbi_amber": 80, "guardrails.cbi_red": 90}
        )
    with database.reader() as s:
        current = settings.guardrail_settings(s)
        assert (current.cbi_amber, current.cbi_red) == (80, 90)
        changed = s.scalars(
            select(AuditEvent.entity_id).where(
                AuditEvent.entity == "setting", AuditEvent.entity_id.like("guardrails.%")
            )
        ).all()
        assert sorted(changed, key=str) == ["guardrails.cbi_amber", "guardrails.cbi_red"]


@pytest.mark.parametrize("who", ["desk", "sam"])
def test_the_front_desk_and_specialists_cannot(database: Database, who: str) -> None:
    t = team(database)
    with pytest.raises(PermissionDenied), database.session() as s:
        settings.set_value(s, getattr(t, who), "guardrails.cbi_red", 80)


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"guardrails.window1_hours": -1}, "guardrails.window1_hours", "cannot be negative"),
        ({"guardrails.cbi_amber": 80}, "guardrails.cbi_amber", "must be below red (75)"),
        ({"guardrails.pulse_red": 2}, "guardrails.pulse_red", "must be below amber (2)"),
        (
            {"guardrails.window2_days": 8, "guardrails.window3_days": 7},
            "guardrails.window3_days",
            "shortest first",
        ),
        (
            {"guardrails.hours_amber_percent": "ninety"},
            "guardrails.hours_amber_percent",
            "is not a valid value",
        ),
        (
            {"guardrails.max_sessions_per_day": 2.5},
            "guardrails.max_sessions_per_day",
            "whole number",
        ),
    ],
)
def test_nonsense_is_refused_and_nothing_is_written(
    database: Database, values: dict[str, object], field: str, words: str
) -> None:
    t = team(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        settings.set_many(s, t.maria, {**values, "guardrails.leave_days": 60})
    assert words in exc.value.field_errors[field]
    with database.reader() as s:
        assert s.scalars(select(Setting).where(Setting.key.like("guardrails.%"))).all() == []
