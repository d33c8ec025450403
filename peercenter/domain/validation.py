"""Field checks shared by every form. Each returns the cleaned value or raises
ValidationError naming the field, in words the person at the desk understands."""

from __future__ import annotations

import re
from datetime import date

from peercenter.domain.errors import ValidationError
from peercenter.i18n import _

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[0-9+()\-.\s]+$")
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
_USERNAME = USERNAME_PATTERN
# Control characters, and lone surrogates (undecodable bytes from a command line or a file),
# which no database can store.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

MIN_PASSWORD_LENGTH = 10
# The calendar PeerCenter works in: wide enough for birth years and long plans, and far
# enough from the last day Python can count to that a week or a month can be added to any
# date inside it.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)


class FormErrors:
    """Collects every problem on a form so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, func: object, *args: object, **kwargs: object) -> object:
        try:
            return func(*args, **kwargs)  # type: ignore[operator]
        except ValidationError as exc:
            self.errors.setdefault(field, exc.message)
            return None

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError.collect(self.errors)


def storable(value: str | None) -> str:
    """The text without control characters and lone surrogates, which no database stores."""
    return _CONTROL.sub("", value or "")


def text(
    value: str | None, label: str, field: str, *, required: bool = True, max_length: int = 100
) -> str:
    cleaned = storable(value).strip()
    if required and not cleaned:
        raise ValidationError(_("{label} is required.").format(label=label), field=field)
    if len(cleaned) > max_length:
        raise ValidationError(
            _("{label} is too long (at most {max_length} characters).").format(
                label=label, max_length=max_length
            ),
            field=field,
        )
    return cleaned


def optional_email(value: str | None, field: str = "email") -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if len(cleaned) > 254 or not _EMAIL.match(cleaned) or _CONTROL.search(cleaned):
        raise ValidationError(
            _(
                "'{email}' does not look like an e-mail address "
                "(it should be like name@example.org)."
            ).format(email=cleaned),
            field=field,
        )
    return cleaned.lower()


def optional_phone(value: str | None, field: str = "phone") -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    digits = sum(ch.isdigit() for ch in cleaned)
    if not _PHONE_CHARS.match(cleaned) or not 7 <= digits <= 15 or len(cleaned) > 40:
        raise ValidationError(
            _(
                "'{phone}' does not look like a phone number; use digits, "
                "spaces, dashes or brackets."
            ).format(phone=cleaned),
            field=field,
        )
    return cleaned


def username(value: str | None, field: str = "username") -> str:
    cleaned = (value or "").strip().lower()
    if not cleaned:
        raise ValidationError(_("User name is required."), field=field)
    if not _USERNAME.match(cleaned):
        raise ValidationError(
            _(
                "A user name is 2 to 32 letters, digits, dots, dashes or "
                "underscores, starting with a letter or digit."
            ),
            field=field,
        )
    return cleaned


def password(value: str | None, field: str = "password", *, user_name: str = "") -> str:
    pw = value or ""
    if len(pw) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("The password must be at least {count} characters long.").format(
                count=MIN_PASSWORD_LENGTH
            ),
            field=field,
        )
    if len(pw) > 256:
        raise ValidationError(
            _("The password is too long (at most {count} characters).").format(count=256),
            field=field,
        )
    if _CONTROL.search(pw):
        raise ValidationError(
            _(
                "The password contains a character that cannot be typed; use "
                "letters, digits, spaces and punctuation."
            ),
            field=field,
        )
    if user_name and pw.strip().lower() == user_name.lower():
        raise ValidationError(_("The password must not be the user name."), field=field)
    return pw


def number_in_range(
    value: float | None,
    label: str,
    field: str,
    *,
    minimum: float,
    maximum: float,
    required: bool = True,
) -> float | None:
    if value is None:
        if required:
            raise ValidationError(_("{label} is required.").format(label=label), field=field)
        return None
    if not minimum <= value <= maximum:
        raise ValidationError(
            _("{label} must be between {minimum} and {maximum}.").format(
                label=label, minimum=f"{minimum:g}", maximum=f"{maximum:g}"
            ),
            field=field,
        )
    return value


def outside_calendar(value: date) -> str | None:
    """Why ``value`` cannot be used as a day in PeerCenter, or None when it can."""
    if FIRST_DAY <= value <= LAST_DAY:
        return None
    return _("{date} is outside the dates PeerCenter works with ({first} to {last}).").format(
        date=value.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year
    )


def day_in_calendar(value: date, field: str | None = None) -> date:
    problem = outside_calendar(value)
    if problem is not None:
        raise ValidationError(_("The date {problem}").format(problem=problem), field=field)
    return value


def date_not_in_future(
    value: date | None, label: str, field: str, today: date, *, required: bool = False
) -> date | None:
    if value is None:
        if required:
            raise ValidationError(_("{label} is required.").format(label=label), field=field)
        return None
    if value > today:
        raise ValidationError(
            _("{label} cannot be in the future.").format(label=label), field=field
        )
    if value.year < 1900:
        raise ValidationError(
            _("{label} looks wrong ({date}).").format(label=label, date=value.isoformat()),
            field=field,
        )
    return value
