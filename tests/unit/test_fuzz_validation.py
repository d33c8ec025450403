"""Random and hostile input through every field check: each either returns a clean value or
raises ValidationError naming the field with a readable message; nothing else escapes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peercenter.domain import validation
from peercenter.domain.errors import ValidationError
from peercenter.domain.hours import parse_hours

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "Robert'); DROP TABLE participants;--",
        "=cmd|' /C calc'!A0",
        "\ud800",
        "a\udcffb",
        "\u202egnp.exe",
        "ｍａｒｉａ",
        "x" * 10_000,
        "\n\r\t",
        "💥" * 40,
        "<script>alert(1)</script>",
        "%s%s%n",
        "../../etc/passwd",
        "NaN",
        "-1e309",
        "١٢٣",
    ]
)
ANY_TEXT = st.one_of(HOSTILE, st.text(), st.text(alphabet=st.characters(), max_size=300), st.none())


def _outcome(func: Callable[..., Any], *args: Any, field: str, **kwargs: Any) -> Any:
    try:
        return func(*args, **kwargs)
    except ValidationError as exc:
        assert exc.field_errors.get(field) == exc.message
        assert (exc.message and exc.message[0].isupper()) or exc.message.startswith("'")
        return exc


@given(ANY_TEXT, st.booleans(), st.integers(1, 500))
def test_text(value: str | None, required: bool, max_length: int) -> None:
    result = _outcome(
        validation.text,
        value,
        "Notes",
        "notes",
        field="notes",
        required=required,
        max_length=max_length,
    )
    if isinstance(result, str):
        assert len(result) <= max_length and result == result.strip()
        assert not any(
            (ord(c) < 32 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF for c in result
        )
        result.encode("utf-8")  # storable


@given(ANY_TEXT)
def test_email(value: str | None) -> None:
    result = _outcome(validation.optional_email, value, field="email")
    if isinstance(result, str):
        assert "@" in result and result == result.lower() and len(result) <= 254
        result.encode("utf-8")


@given(ANY_TEXT)
def test_phone(value: str | None) -> None:
    result = _outcome(validation.optional_phone, value, field="phone")
    if isinstance(result, str):
        assert 7 <= sum(c.isdigit() for c in result) <= 15
        result.encode("utf-8")


@given(ANY_TEXT)
def test_username(value: str | None) -> None:
    result = _outcome(validation.username, value, field="username")
    if isinstance(result, str):
        assert 2 <= len(result) <= 32 and result.isascii() and result == result.lower()


@given(ANY_TEXT, st.text(max_size=40))
def test_password(value: str | None, user_name: str) -> None:
    result = _outcome(validation.password, value, field="password", user_name=user_name)
    if isinstance(result, str):
        assert validation.MIN_PASSWORD_LENGTH <= len(result) <= 256
        result.encode("utf-8")  # the hasher can take it


@given(
    st.one_of(
        st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**30), 10**30)
    ),
    st.floats(-1e6, 1e6),
    st.floats(0, 1e6),
)
def test_number_in_range(value: float | None, low: float, span: float) -> None:
    result = _outcome(
        validation.number_in_range,
        value,
        "Hours",
        "hours",
        field="hours",
        minimum=low,
        maximum=low + span,
    )
    if isinstance(result, int | float):
        assert low <= result <= low + span


@given(st.one_of(st.none(), st.dates()), st.dates(date(1990, 1, 1), date(2100, 1, 1)))
def test_date_not_in_future(value: date | None, today: date) -> None:
    result = _outcome(
        validation.date_not_in_future,
        value,
        "Intake date",
        "intake_date",
        today,
        field="intake_date",
    )
    if isinstance(result, date):
        assert result.year >= 1900 and result <= today


@given(
    st.one_of(
        HOSTILE, st.text(max_size=30), st.from_regex(r"\A\s*-?\d{0,4}([.,:]\d{0,3})?\s*[mh]?\s*\Z")
    )
)
def test_parse_hours(value: str) -> None:
    try:
        hours = parse_hours(value)
    except ValueError as exc:
        assert str(exc)[0].isupper() or str(exc).startswith("'")
        return
    assert hours == hours and abs(hours) != float("inf")


@pytest.mark.parametrize("value", ["\ud800abc", "a\x00b"])
def test_unstorable_characters_are_removed_from_text(value: str) -> None:
    assert validation.text(value, "Name", "name") in {"abc", "ab"}
