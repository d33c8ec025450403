"""The field checks behind every form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peercenter.domain import validation
from peercenter.domain.errors import ValidationError
from peercenter.domain.hours import format_hours, parse_hours
from peercenter.domain.names import participant_display_name


def test_text_is_trimmed_and_control_characters_removed() -> None:
    assert validation.text("  Maria\x00 ", "Name", "name") == "Maria"
    with pytest.raises(ValidationError) as exc:
        validation.text("   ", "Preferred name", "preferred_name")
    assert exc.value.field_errors == {"preferred_name": "Preferred name is required."}


@pytest.mark.parametrize("raw", ["maria@example.org", " Maria@Example.ORG "])
def test_emails(raw: str) -> None:
    assert validation.optional_email(raw) == "maria@example.org"


@pytest.mark.parametrize("raw", ["maria", "maria@", "a b@c.d", "@x.org"])
def test_bad_emails(raw: str) -> None:
    with pytest.raises(ValidationError, match="does not look like an e-mail"):
        validation.optional_email(raw)


def test_phone_numbers() -> None:
    assert validation.optional_phone("(555) 010-2233") == "(555) 010-2233"
    assert validation.optional_phone("") is None
    with pytest.raises(ValidationError):
        validation.optional_phone("call me")


def test_passwords() -> None:
    with pytest.raises(ValidationError, match="at least 10"):
        validation.password("short")
    with pytest.raises(ValidationError, match="not be the user name"):
        validation.password("frontdesk1", user_name="frontdesk1")
    assert validation.password("a long enough one") == "a long enough one"


def test_future_dates() -> None:
    with pytest.raises(ValidationError, match="cannot be in the future"):
        validation.date_not_in_future(
            date(2030, 1, 1), "Intake date", "intake_date", date(2026, 1, 1)
        )


def test_hours_parse_and_format() -> None:
    assert parse_hours("1:30") == 1.5
    assert parse_hours("1,5") == 1.5
    assert parse_hours("90m") == 1.5
    assert format_hours(90) == "1 h 30 min"
    assert format_hours(45) == "45 min"
    with pytest.raises(ValueError, match="not a number of hours"):
        parse_hours("lots")


def test_display_names() -> None:
    assert participant_display_name("Maria", "gonzalez") == "Maria G."
    assert participant_display_name("Maria", "Gonzalez", full_last_name=True) == "Maria Gonzalez"
    assert participant_display_name("Jo", None) == "Jo"


@given(st.text(max_size=300))
def test_validators_never_crash_on_anything_typed(raw: str) -> None:
    for check in (validation.optional_email, validation.optional_phone, validation.username):
        try:
            check(raw)
        except ValidationError as exc:
            assert exc.message
    try:
        validation.text(raw, "Name", "name")
    except ValidationError as exc:
        assert exc.field_errors["name"]
    try:
        parse_hours(raw)
    except ValueError as exc:
        assert str(exc)
