"""The center's own settings as the Settings screen saves them: checked together, audited
once per change, refused to anyone whose role may not change them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services import auth, settings
from tests.factories import PASSWORD, center, staff_with_login


def test_a_section_is_saved_together_or_not_at_all(database: Database, tmp_path: Path) -> None:
    admin = center(database)
    with database.session() as s, pytest.raises(ValidationError) as refused:
        settings.set_many(
            s,
            admin,
            {
                "center.name": "x" * 121,
                "center.timezone": "Nowhere/Land",
                "schedule.horizon_months": 40,
            },
        )
    assert refused.value.field_errors == {
        "center.name": "Center name can be at most 120 characters.",
        "center.timezone": "'Nowhere/Land' is not a time zone PeerCenter knows (use names like "
        "America/Chicago).",
        "schedule.horizon_months": "Sessions planned ahead (months) must be between 1 and 36.",
    }
    with database.reader() as s:
        assert settings.get(s, "center.name") == "Harbor Light Recovery Center"
    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (40, 20)).save(logo, "JPEG")
    with database.session() as s:
        settings.set_many(
            s,
            admin,
            {
                "center.name": "Harbor Light",
                "handouts.paper": "a4",
                "center.logo_path": str(logo),
                "handouts.sign_in_blank_lines": 8,
            },
        )  # 8 is the default
    with database.reader() as s:
        changed = [
            (e.entity_id, e.details["value"])
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.entity == "setting").order_by(AuditEvent.id)
            )
        ]
    assert changed[-3:] == [
        ("center.name", ["Harbor Light Recovery Center", "Harbor Light"]),
        ("handouts.paper", [None, "a4"]),
        ("center.logo_path", [None, str(logo)]),
    ]


def test_a_logo_must_be_a_readable_png_or_jpeg(database: Database, tmp_path: Path) -> None:
    admin = center(database)
    text = tmp_path / "logo.png"
    text.write_text("hello")
    for path, message in (
        (tmp_path / "none.png", "is missing. Choose it again, or remove it."),
        (text, "logo.png is not a PNG or JPEG picture."),
        (tmp_path, "is missing"),
    ):
        with database.session() as s, pytest.raises(ValidationError, match=message):
            settings.set_value(s, admin, "center.logo_path", str(path))


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.FRONT_DESK, Role.SPECIALIST])
def test_only_administrators_change_the_center_and_printing_settings(
    database: Database, role: Role
) -> None:
    admin = center(database)
    staff_with_login(database, admin, "someone", role)
    someone = auth.login(database, "someone", PASSWORD)
    for key, value in (
        ("center.name", "Elsewhere"),
        ("center.timezone", "Europe/Paris"),
        ("schedule.horizon_months", 6),
        ("handouts.paper", "a4"),
        ("handouts.neutral_wording", True),
    ):
        with database.session() as s, pytest.raises(PermissionDenied):
            settings.set_many(s, someone, {key: value})
