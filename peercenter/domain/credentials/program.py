"""A credential program as data: what a shipped TOML file or the program editor describes, and
the checks that make a malformed definition name its file and field."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from peercenter.domain.enums import RequirementKind
from peercenter.domain.errors import ValidationError
from peercenter.i18n import N_, _

HOUR_KINDS = frozenset(
    {
        RequirementKind.TRAINING_HOURS,
        RequirementKind.EXPERIENCE_HOURS,
        RequirementKind.SUPERVISION_HOURS,
        RequirementKind.CONTINUING_EDUCATION,
    }
)
DOMAIN_KINDS = frozenset({RequirementKind.TRAINING_HOURS, RequirementKind.CONTINUING_EDUCATION})
MAX_HOURS = 10_000
MAX_MONTHS = 240
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")


class Phase(StrEnum):
    """``initial``: to earn the credential. ``renewal``: in every renewal cycle once held."""

    INITIAL = "initial"
    RENEWAL = "renewal"


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


class _Labels(Mapping[RequirementKind, str]):
    """Labels kept in English and read in the language spoken."""

    def __init__(self, english: dict[RequirementKind, str]) -> None:
        self.english = english

    def __getitem__(self, kind: RequirementKind) -> str:
        return _(self.english[kind])

    def __iter__(self) -> Iterator[RequirementKind]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


KIND_LABELS: Mapping[RequirementKind, str] = _Labels(
    {
        RequirementKind.TRAINING_HOURS: N_("Training hours"),
        RequirementKind.EXPERIENCE_HOURS: N_("Supervised experience hours"),
        RequirementKind.SUPERVISION_HOURS: N_("Supervision hours"),
        RequirementKind.CONTINUING_EDUCATION: N_("Continuing education hours"),
        RequirementKind.SUPERVISION_FREQUENCY: N_("Regular supervision"),
    }
)


@dataclass(frozen=True)
class RequirementSpec:
    name: str
    kind: RequirementKind
    hours: float | None = None
    # Training domains that count (empty: any). Matched without regard to case.
    domains: tuple[str, ...] = ()
    phase: Phase = Phase.INITIAL
    # A time limit: the hours must be done within this many months of the enrollment start.
    within_months: int | None = None
    # Only hours from the last N months count (e.g. "within the last six years").
    lookback_months: int | None = None
    # For supervision_frequency: at least one supervision in every calendar week or month.
    period: Period | None = None
    counts_unverified: bool = False

    @property
    def required_minutes(self) -> int | None:
        return None if self.hours is None else round(self.hours * 60)

    def accepts_domain(self, domain: str | None) -> bool:
        if not self.domains:
            return True
        return (domain or "").strip().casefold() in {d.casefold() for d in self.domains}


@dataclass(frozen=True)
class ProgramSpec:
    code: str
    name: str
    issuer: str = ""
    source: str = ""
    description: str = ""
    renewal_months: int | None = None
    # How long the initial certification period lasts (supervision during it may differ).
    initial_period_months: int | None = None
    requirements: tuple[RequirementSpec, ...] = ()


class ProgramDefinitionError(ValidationError):
    """A program definition that cannot be used. The message names where it came from (a file
    name, or the editor) and the field, e.g. ``icrc-pr.toml: requirement[3].hours: ...``."""

    def __init__(self, origin: str, field: str, problem: str) -> None:
        super().__init__(f"{origin}: {field}: {problem}", field=field)
        self.origin = origin
        self.problem = problem


_PROGRAM_KEYS = {
    "code",
    "name",
    "issuer",
    "source",
    "description",
    "renewal_months",
    "initial_period_months",
    "requirement",
}
_REQUIREMENT_KEYS = {
    "name",
    "kind",
    "hours",
    "domains",
    "phase",
    "within_months",
    "lookback_months",
    "period",
    "counts_unverified",
    "across_domains",
}


class _Reader:
    def __init__(self, origin: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.origin, self.data, self.prefix = origin, data, prefix

    def fail(self, key: str, problem: str) -> ProgramDefinitionError:
        return ProgramDefinitionError(self.origin, f"{self.prefix}{key}", problem)

    def unknown(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(
                    str(key),
                    _("unknown field (known fields: {fields})").format(
                        fields=", ".join(sorted(allowed))
                    ),
                )

    def text(self, key: str, *, required: bool, max_length: int) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, _("is required"))
            return ""
        if not isinstance(value, str):
            raise self.fail(key, _("must be text, not {kind}").format(kind=_type_name(value)))
        value = value.strip()
        if required and not value:
            raise self.fail(key, _("must not be empty"))
        if len(value) > max_length:
            raise self.fail(
                key,
                _("is too long (at most {max_length} characters)").format(max_length=max_length),
            )
        return value

    def whole(self, key: str, *, maximum: int) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                key, _("must be a whole number, not {kind}").format(kind=_type_name(value))
            )
        if not 1 <= value <= maximum:
            raise self.fail(key, _("must be between 1 and {maximum}").format(maximum=maximum))
        return value

    def hours(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                key, _("must be a number of hours, not {kind}").format(kind=_type_name(value))
            )
        if not 0 < value <= MAX_HOURS:
            raise self.fail(
                key, _("must be more than 0 and at most {most} hours").format(most=MAX_HOURS)
            )
        return float(value)

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, _("must be true or false"))
        return value

    def choice(self, key: str, enum: type[StrEnum], default: StrEnum | None) -> Any:
        value = self.data.get(key)
        if value is None:
            if default is None:
                raise self.fail(
                    key,
                    _("is required (one of: {choices})").format(
                        choices=", ".join(m.value for m in enum)
                    ),
                )
            return default
        try:
            return enum(value)
        except ValueError:
            raise self.fail(
                key,
                _("'{value}' is not one of: {choices}").format(
                    value=value, choices=", ".join(m.value for m in enum)
                ),
            ) from None

    def names(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, _('must be a list of domain names, like ["Ethics"]'))
        cleaned = tuple(v.strip() for v in value if v.strip())
        if any(len(v) > 80 for v in cleaned):
            raise self.fail(key, _("a domain name is at most 80 characters"))
        return cleaned


def _type_name(value: object) -> str:
    name = type(value).__name__
    known = _TYPE_NAMES.get(name)
    return _(known) if known else name


_TYPE_NAMES = {
    "str": N_("text"),
    "int": N_("a whole number"),
    "float": N_("a number"),
    "bool": N_("true/false"),
    "list": N_("a list"),
    "dict": N_("a table"),
}


def parse_program(data: Mapping[str, Any], origin: str) -> ProgramSpec:
    """Check a program definition (a parsed TOML document or the editor's fields) and return
    it as a ProgramSpec; raise ProgramDefinitionError at the first problem."""
    top = _Reader(origin, data)
    top.unknown(_PROGRAM_KEYS)
    code = top.text("code", required=True, max_length=40)
    if not _CODE.match(code):
        raise top.fail(
            "code", _("use 2 to 40 lower-case letters, digits and dashes, like 'icrc-pr'")
        )
    name = top.text("name", required=True, max_length=160)
    issuer = top.text("issuer", required=False, max_length=160)
    source = top.text("source", required=False, max_length=2000)
    description = top.text("description", required=False, max_length=4000)
    renewal = top.whole("renewal_months", maximum=MAX_MONTHS)
    initial = top.whole("initial_period_months", maximum=MAX_MONTHS)
    raw_requirements = data.get("requirement")
    if not isinstance(raw_requirements, list) or not raw_requirements:
        raise top.fail("requirement", _("a program needs at least one [[requirement]]"))
    requirements = []
    across: list[int] = []
    for index, raw in enumerate(raw_requirements, start=1):
        if not isinstance(raw, Mapping):
            raise top.fail(f"requirement[{index}]", _("must be a table of fields"))
        reader = _Reader(origin, raw, f"requirement[{index}].")
        requirements.append(_parse_requirement(reader))
        if reader.flag("across_domains"):
            across.append(index - 1)
    for i in across:
        requirements[i] = _across_domains(requirements, i, top, f"requirement[{i + 1}]")
    spec = ProgramSpec(
        code, name, issuer, source, description, renewal, initial, tuple(requirements)
    )
    _check_whole(spec, top)
    return spec


def _parse_requirement(r: _Reader) -> RequirementSpec:
    r.unknown(_REQUIREMENT_KEYS)
    name = r.text("name", required=True, max_length=160)
    kind: RequirementKind = r.choice("kind", RequirementKind, None)
    default_phase = Phase.RENEWAL if kind is RequirementKind.CONTINUING_EDUCATION else Phase.INITIAL
    phase: Phase = r.choice("phase", Phase, default_phase)
    hours = r.hours("hours")
    domains = r.names("domains")
    period: Period | None = r.choice("period", Period, None) if "period" in r.data else None
    within = r.whole("within_months", maximum=MAX_MONTHS)
    lookback = r.whole("lookback_months", maximum=MAX_MONTHS)
    if kind in HOUR_KINDS and hours is None:
        raise r.fail("hours", _("is required for kind '{kind}'").format(kind=kind.value))
    if kind is RequirementKind.SUPERVISION_FREQUENCY:
        if hours is not None:
            raise r.fail("hours", _("does not apply to supervision_frequency (use period)"))
        if period is None:
            raise r.fail("period", _("is required for supervision_frequency (week or month)"))
    elif period is not None:
        raise r.fail("period", _("only applies to supervision_frequency"))
    if domains and kind not in DOMAIN_KINDS:
        raise r.fail("domains", _("only training_hours and continuing_education have domains"))
    if kind is RequirementKind.CONTINUING_EDUCATION and phase is not Phase.RENEWAL:
        raise r.fail("phase", _("continuing education is always per renewal cycle"))
    if within is not None and phase is not Phase.INITIAL:
        raise r.fail(
            "within_months",
            _(
                "a time limit applies to initial requirements only; "
                "renewal requirements follow the renewal cycle"
            ),
        )
    counts_unverified = r.flag("counts_unverified")
    if counts_unverified and kind not in DOMAIN_KINDS:
        raise r.fail("counts_unverified", _("only training records are verified"))
    if r.flag("across_domains") and kind not in DOMAIN_KINDS:
        raise r.fail(
            "across_domains", _("only training_hours and continuing_education have domains")
        )
    return RequirementSpec(
        name=name,
        kind=kind,
        hours=hours,
        domains=domains,
        phase=phase,
        within_months=within,
        lookback_months=lookback,
        period=period,
        counts_unverified=counts_unverified,
    )


def _across_domains(
    requirements: list[RequirementSpec], index: int, top: _Reader, where: str
) -> RequirementSpec:
    """``across_domains = true``: a total over the domains the program's other requirements
    of the same kind and phase name (and any the requirement lists itself), so "46 hours
    across the four domains" is one line and stays in step with the domains above it."""
    own = requirements[index]
    names = list(own.domains)
    for i, other in enumerate(requirements):
        if i != index and other.kind is own.kind and other.phase is own.phase:
            names += other.domains
    if len(names) == len(own.domains):
        raise top.fail(
            f"{where}.across_domains",
            _("no other {kind} requirement of this phase names a domain to add up").format(
                kind=own.kind.value
            ),
        )
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(name.casefold(), name)
    return replace(own, domains=tuple(unique.values()))


def _check_whole(spec: ProgramSpec, top: _Reader) -> None:
    names = [r.name.casefold() for r in spec.requirements]
    for index, name in enumerate(names, start=1):
        if names.index(name) != index - 1:
            raise top.fail(
                f"requirement[{index}].name",
                _("'{name}' is used twice").format(name=spec.requirements[index - 1].name),
            )
    if any(r.phase is Phase.RENEWAL for r in spec.requirements) and spec.renewal_months is None:
        raise top.fail("renewal_months", _("is required when a requirement is per renewal cycle"))


def to_mapping(spec: ProgramSpec) -> dict[str, Any]:
    """The definition as plain data (the same shape a TOML file has), for copying a program."""
    out: dict[str, Any] = {"code": spec.code, "name": spec.name}
    for key in ("issuer", "source", "description"):
        if getattr(spec, key):
            out[key] = getattr(spec, key)
    for key in ("renewal_months", "initial_period_months"):
        if getattr(spec, key) is not None:
            out[key] = getattr(spec, key)
    out["requirement"] = [_requirement_mapping(r) for r in spec.requirements]
    return out


def _requirement_mapping(r: RequirementSpec) -> dict[str, Any]:
    item: dict[str, Any] = {"name": r.name, "kind": r.kind.value, "phase": r.phase.value}
    if r.hours is not None:
        item["hours"] = r.hours
    if r.domains:
        item["domains"] = list(r.domains)
    for key in ("within_months", "lookback_months"):
        if getattr(r, key) is not None:
            item[key] = getattr(r, key)
    if r.period is not None:
        item["period"] = r.period.value
    if r.counts_unverified:
        item["counts_unverified"] = True
    return item
