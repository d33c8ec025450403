"""Center-wide policy kept in the database, declared once with its type, default, check and
who may change it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Setting
from peercenter.domain import access_log
from peercenter.domain.errors import ConcurrentEditError, ValidationError
from peercenter.domain.guardrails import thresholds
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services import audit
from peercenter.services.context import Actor, require


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    default: Any
    kind: type
    permission: Permission = Permission.EDIT_CENTER_SETTINGS
    check: Callable[[Any], str | None] | None = None


def _timezone_check(value: Any) -> str | None:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        return _(
            "'{value}' is not a time zone PeerCenter knows (use names like America/Chicago)."
        ).format(value=value)
    return None


def _range(lo: float, hi: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if lo <= value <= hi:
            return None
        return _("must be between {lowest:g} and {highest:g}").format(lowest=lo, highest=hi)

    return check


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return _("must be one of {choices}").format(choices=", ".join(choices))

    return check


_PICTURE_STARTS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def _logo_check(value: Any) -> str | None:
    """A logo must be a PNG or JPEG file this computer can read (or none at all)."""
    text = str(value).strip()
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_file():
        return _("The logo file {path} is missing. Choose it again, or remove it.").format(
            path=path
        )
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        return _("The logo file {path} cannot be read ({reason}).").format(
            path=path, reason=exc.strerror or exc
        )
    if not start.startswith(_PICTURE_STARTS):
        return _("{path} is not a PNG or JPEG picture. Choose a PNG or JPEG file.").format(
            path=path.name
        )
    return None


def _local_resources_check(value: Any) -> str | None:
    for number, line in enumerate(str(value).splitlines(), start=1):
        if line.strip() and len(line.split("|")) < 2:
            return _(
                "Local resources, line {number}: write 'Name | phone or address' (an optional "
                "third part after another | is a short note)."
            ).format(number=number)
    return None


def _center_name(value: Any) -> str | None:
    text = str(value).strip()
    if not text:
        return _("cannot be empty")
    return None if len(text) <= 120 else _("can be at most 120 characters")


def _address(value: Any) -> str | None:
    lines = [line for line in str(value).splitlines() if line.strip()]
    if len(lines) > 4:
        return _("can be at most 4 lines")
    return None if len(str(value).strip()) <= 300 else _("can be at most 300 characters")


def _folder_or_blank(value: Any) -> str | None:
    text = str(value).strip()
    if text and not PurePath(text).is_absolute():
        return _(
            "'{text}' is not a full folder path (it should start like D:\\ or /media/); "
            "leave it empty for no second copy."
        ).format(text=text)
    return None


def _guardrail_range(name: str) -> Callable[[Any], str | None]:
    return lambda value: thresholds.range_problem(name, value)


GUARDRAIL_PREFIX = "guardrails."


def _guardrail_specs() -> list[SettingSpec]:
    """One setting per burnout guardrail threshold; labels, ranges and defaults live with the
    rules in peercenter.domain.guardrails.thresholds."""
    return [
        SettingSpec(
            GUARDRAIL_PREFIX + name,
            field.label,
            getattr(thresholds.DEFAULTS, name),
            int,
            Permission.EDIT_GUARDRAIL_SETTINGS,
            _guardrail_range(name),
        )
        for name, field in thresholds.FIELDS.items()
    ]


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in [
        SettingSpec("center.name", N_("Center name"), "", str, check=_center_name),
        SettingSpec("center.address", N_("Center address"), "", str, check=_address),
        SettingSpec("center.timezone", N_("Time zone"), "UTC", str, check=_timezone_check),
        SettingSpec(
            "schedule.horizon_months",
            N_("Sessions planned ahead (months)"),
            12,
            int,
            Permission.EDIT_CENTER_SETTINGS,
            _range(1, 36),
        ),
        SettingSpec(
            "center.logo_path",
            N_("Logo on handouts (PNG or JPEG file)"),
            "",
            str,
            check=_logo_check,
        ),
        SettingSpec(
            "import.date_order",
            N_("Date order in imported spreadsheets"),
            "mdy",  # 3/4/2025 is March 4 in the United States
            str,
            check=_one_of("mdy", "dmy"),
        ),
        SettingSpec(
            "handouts.paper", N_("Paper size"), "letter", str, check=_one_of("letter", "a4")
        ),
        SettingSpec(
            "handouts.language", N_("Handout language"), "en", str, check=_one_of("en", "es")
        ),
        SettingSpec("handouts.large_print", N_("Large print handouts"), False, bool),
        SettingSpec(
            "handouts.neutral_wording", N_("Sign-in sheets without program wording"), False, bool
        ),
        SettingSpec(
            "handouts.new_sheet_each_document",
            N_("Each document of the day's packet starts on a new sheet (for two-sided printing)"),
            True,
            bool,
        ),
        SettingSpec(
            "handouts.sign_in_blank_lines",
            N_("Blank lines on sign-in sheets"),
            8,
            int,
            check=_range(0, 40),
        ),
        SettingSpec(
            "handouts.local_resources",
            N_("Local resources on handouts"),
            "",
            str,
            Permission.EDIT_HANDOUT_CONTENT,
            _local_resources_check,
        ),
        SettingSpec(
            "backup.interval_hours",
            N_("Hours between automatic backups"),
            24,
            int,
            Permission.MANAGE_BACKUPS,
            _range(1, 168),
        ),
        SettingSpec(
            "backup.second_folder",
            N_("Second backup folder (USB stick, network drive)"),
            "",
            str,
            Permission.MANAGE_BACKUPS,
            _folder_or_blank,
        ),
        SettingSpec(
            "security.idle_lock_minutes",
            N_("Lock the screen after idle minutes"),
            10,
            int,
            Permission.EDIT_CENTER_SETTINGS,
            _range(1, 240),
        ),
        SettingSpec(
            access_log.SUPERVISOR_READS_HR_NOTES,
            N_("Supervisors read the HR notes of the people they supervise"),
            False,
            bool,
        ),
        SettingSpec(
            access_log.VIEW_RETENTION_MONTHS,
            N_("Keep the record of who looked at what for (months)"),
            access_log.DEFAULT_RETENTION_MONTHS,
            int,
            Permission.EDIT_CENTER_SETTINGS,
            _range(access_log.MIN_RETENTION_MONTHS, access_log.MAX_RETENTION_MONTHS),
        ),
        *_guardrail_specs(),
    ]
}


# Checks of settings that must agree with each other (amber below red, windows in order). Each
# gets the value a key would have after the change and returns {key: message}.
Lookup = Callable[[str], Any]


def _guardrails_agree(value_of: Lookup) -> dict[str, str]:
    values = {name: value_of(GUARDRAIL_PREFIX + name) for name in thresholds.FIELDS}
    found = thresholds.problems(thresholds.from_values(values))
    return {GUARDRAIL_PREFIX + name: message for name, message in found.items()}


CONSISTENCY_CHECKS: list[Callable[[Lookup], dict[str, str]]] = [_guardrails_agree]


def register(spec: SettingSpec) -> None:
    """Later features declare their own settings here."""
    SPECS[spec.key] = spec


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(Setting, key)
    return spec.default if row is None else spec.kind(row.value)


def get_many(session: Session, keys: list[str]) -> dict[str, Any]:
    rows = {r.key: r.value for r in session.scalars(select(Setting).where(Setting.key.in_(keys)))}
    return {k: SPECS[k].kind(rows[k]) if k in rows else SPECS[k].default for k in keys}


STALE_SETTINGS = N_(
    "Someone changed these settings on another computer after you opened them. Reload them "
    "to see their changes, then make yours again."
)


def versions(session: Session, keys: list[str]) -> dict[str, int]:
    """Each setting's version (0 for one never saved), for a form to hand back when it saves."""
    found = session.execute(select(Setting.key, Setting.version).where(Setting.key.in_(keys)))
    rows: dict[str, int] = dict(found.all())
    return {key: rows.get(key, 0) for key in keys}


def set_value(session: Session, actor: Actor | None, key: str, value: Any) -> None:
    """Save one setting. ``actor`` None is the first-start set-up, before any account exists."""
    set_many(session, actor, {key: value})


def set_many(
    session: Session,
    actor: Actor | None,
    values: Mapping[str, Any],
    based_on: Mapping[str, int] | None = None,
) -> None:
    """Save several settings together (a settings form): every value is checked, alone and
    against the others, before anything is written. ``based_on`` holds the versions the form
    was opened with (``versions``): if any of its settings changed since, nothing is saved."""
    if based_on is not None:
        keys = [key for key in values if key in SPECS]
        now = versions(session, keys)
        if any(now[key] != based_on.get(key, 0) for key in keys):
            raise ConcurrentEditError(_(STALE_SETTINGS))
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in values.items():
        spec = SPECS.get(key)
        if spec is None:
            raise ValidationError(_("There is no setting called '{key}'.").format(key=key))
        if actor is not None:
            require(actor, spec.permission)
        try:
            cleaned[key] = _clean(spec, value)
        except ValidationError as exc:
            errors[key] = exc.message
    if not errors:
        current = get_many(session, list(SPECS))
        pending = {**current, **cleaned}
        for check in CONSISTENCY_CHECKS:
            for key, message in check(pending.__getitem__).items():
                errors.setdefault(key, message)
    if errors:
        raise ValidationError.collect(errors)
    for key, value in cleaned.items():
        _write(session, actor, key, value)


def _clean(spec: SettingSpec, value: Any) -> Any:
    if spec.kind is int and isinstance(value, float) and not value.is_integer():
        raise ValidationError(
            _("{label}: enter a whole number.").format(label=_(spec.label)), field=spec.key
        )
    try:
        value = spec.kind(value)
    except (TypeError, ValueError):
        raise ValidationError(
            _("{label}: '{value}' is not a valid value.").format(label=_(spec.label), value=value),
            field=spec.key,
        ) from None
    if isinstance(value, str):
        value = value.strip()
    problem = spec.check(value) if spec.check else None
    if problem:
        message = (
            problem
            if problem[0].isupper() or problem.startswith("'")
            else _("{label} {problem}.").format(label=_(spec.label), problem=problem)
        )
        raise ValidationError(message, field=spec.key)
    return value


def _write(session: Session, actor: Actor | None, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    old = None if row is None else row.value
    if old == value or (row is None and value == SPECS[key].default):
        return  # unchanged: a form saved as it was shown writes and audits nothing
    if row is None:
        session.add(Setting(key=key, value=value, updated_by=actor.username if actor else None))
    else:
        row.value = value
        row.updated_by = actor.username if actor else None
    audit.record(session, actor, "update", "setting", key, {"value": [old, value]})


def guardrail_settings(session: Session) -> thresholds.GuardrailSettings:
    keys = [GUARDRAIL_PREFIX + name for name in thresholds.FIELDS]
    values = get_many(session, keys)
    return thresholds.from_values({k.removeprefix(GUARDRAIL_PREFIX): v for k, v in values.items()})


def center_timezone(session: Session) -> ZoneInfo:
    return ZoneInfo(get(session, "center.timezone"))
