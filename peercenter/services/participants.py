"""Participants: the minimum necessary about each person, and consent for what paper shows.
Lists tell namesakes apart; adding someone who may already be known asks first."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from peercenter.db.models import Participant
from peercenter.domain import access_log, validation
from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.errors import NotFound, PeerCenterError
from peercenter.domain.names import (
    PersonFacts,
    last_initial,
    namesake_labels,
    participant_display_name,
    phone_digits,
    same_name_key,
)
from peercenter.domain.permissions import Permission
from peercenter.i18n import _, ngettext
from peercenter.services import audit, views
from peercenter.services.clock import now
from peercenter.services.context import Actor, require
from peercenter.services.updating import update_audited

MAX_RESULTS = 5000


@dataclass(frozen=True)
class ParticipantForm:
    preferred_name: str
    last_name: str = ""
    phone: str = ""
    email: str = ""
    status: ParticipantStatus = ParticipantStatus.ACTIVE
    intake_date: date | None = None
    consent_on_sign_in: bool = False
    consent_full_last_name: bool = False
    consent_contact: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    display_name: str
    preferred_name: str
    last_initial: str
    status: ParticipantStatus
    intake_date: date | None
    consent_on_sign_in: bool
    version: int
    # The name with what tells namesakes apart: 'Alex M. (intake 3 Mar 2026)'.
    label: str = ""


@dataclass(frozen=True)
class DuplicateMatch:
    """Someone already in PeerCenter who may be the person being added, and why."""

    row: ParticipantRow
    reasons: tuple[str, ...]  # "same preferred name and last initial", "same phone", ...

    def describe(self) -> str:
        reasons = _(" and ").join(self.reasons)
        if self.row.status is ParticipantStatus.ACTIVE:
            return _("{name}: {reasons}").format(name=self.row.label, reasons=reasons)
        return _("{name}, inactive: {reasons}").format(name=self.row.label, reasons=reasons)


class PossibleDuplicate(PeerCenterError):
    """The person being added may already be in PeerCenter. Adding them anyway means passing
    the ids of these matches as ``not_duplicate_of``."""

    def __init__(self, matches: Sequence[DuplicateMatch]) -> None:
        shown = "; ".join(m.describe() for m in matches[:3])
        if len(matches) > 3:
            shown = _("{shown} and {count} more").format(shown=shown, count=len(matches) - 3)
        super().__init__(
            ngettext(
                "This person may already be in PeerCenter: {shown}. "
                "Use the existing record, or save again to add a new person.",
                "These people may already be in PeerCenter: {shown}. "
                "Use the existing record, or save again to add a new person.",
                len(matches),
            ).format(shown=shown)
        )
        self.matches = list(matches)


@dataclass(frozen=True)
class ParticipantDetail:
    id: int
    version: int
    display_name: str
    form: ParticipantForm
    # False when the actor may not see phone, e-mail and notes: those fields are then blank.
    contact_visible: bool


def _row(p: Participant, label: str = "") -> ParticipantRow:
    name = participant_display_name(p.preferred_name, p.last_name)
    return ParticipantRow(
        p.id,
        name,
        p.preferred_name,
        last_initial(p.last_name),
        p.status,
        p.intake_date,
        p.consent_on_sign_in,
        p.version,
        label or name,
    )


def labels(session: Session, actor: Actor, people: Iterable[Participant]) -> dict[int, str]:
    """Each person's shown name, with what tells them apart from anyone in PeerCenter (active
    or not) who is shown the same: intake date, else the phone's last digits (for those who
    may see phones), else the record number."""
    people = list(people)
    if not people:
        return {}
    keys = {same_name_key(p.preferred_name, p.last_name) for p in people}
    # Lower-cased by the database (ASCII only on SQLite) or spelled exactly the same.
    lowered = {key for key, _initial in keys}
    spelled = {p.preferred_name.strip() for p in people}
    namesakes = [
        n
        for n in session.scalars(
            select(Participant).where(
                or_(
                    func.lower(func.trim(Participant.preferred_name)).in_(lowered),
                    func.trim(Participant.preferred_name).in_(spelled),
                )
            )
        )
        if same_name_key(n.preferred_name, n.last_name) in keys
    ]
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    everyone = {n.id: n for n in (*namesakes, *people)}
    facts = [
        PersonFacts(
            p.id,
            participant_display_name(p.preferred_name, p.last_name),
            p.intake_date,
            p.phone if contact else None,
        )
        for p in everyone.values()
    ]
    told_apart = namesake_labels(facts)
    return {p.id: told_apart[p.id] for p in people}


def search(
    session: Session, actor: Actor, text: str = "", include_inactive: bool = False
) -> list[ParticipantRow]:
    """Participants whose preferred or last name starts with any word of ``text``."""
    require(actor, Permission.VIEW_PARTICIPANTS)
    query = select(Participant)
    if not include_inactive:
        query = query.where(Participant.status == ParticipantStatus.ACTIVE)
    for word in text.split():
        pattern = word.rstrip(".").lower().replace("\\", "").replace("%", "").replace("_", "")
        if pattern:
            query = query.where(
                or_(
                    func.lower(Participant.preferred_name).like(f"{pattern}%"),
                    func.lower(Participant.last_name).like(f"{pattern}%"),
                )
            )
    query = query.order_by(
        func.lower(Participant.preferred_name), func.lower(Participant.last_name)
    ).limit(MAX_RESULTS)
    found = list(session.scalars(query))
    told_apart = labels(session, actor, found)
    views.record_list(
        session,
        actor,
        access_log.PARTICIPANT_SEARCH,
        [p.id for p in found],
        {"inactive_too": include_inactive} if include_inactive else None,
    )
    return [_row(p, told_apart[p.id]) for p in found]


def possible_duplicates(
    session: Session, actor: Actor, form: ParticipantForm, exclude_id: int | None = None
) -> list[DuplicateMatch]:
    """Participants, active or not, who may be the person ``form`` describes: the same
    preferred name and last initial, the same phone number or the same e-mail address."""
    require(actor, Permission.VIEW_PARTICIPANTS)
    key = same_name_key(form.preferred_name, form.last_name)
    digits = phone_digits(form.phone)
    email = form.email.strip().casefold()
    # Compared here rather than in SQL, whose lower() leaves 'Á' alone on SQLite; a center's
    # participants are a few thousand short rows at most.
    reasons: dict[int, tuple[str, ...]] = {}
    columns = (
        Participant.id,
        Participant.preferred_name,
        Participant.last_name,
        Participant.phone,
        Participant.email,
    )
    for pid, preferred, last, phone, mail in session.execute(select(*columns)):
        why = []
        if same_name_key(preferred, last) == key:
            why.append(_("same preferred name and last initial"))
        if len(digits) >= 7 and phone_digits(phone) == digits:
            why.append(_("same phone"))
        if email and (mail or "").strip().casefold() == email:
            why.append(_("same e-mail"))
        if why and pid != exclude_id:
            reasons[pid] = tuple(why)
    if not reasons:
        return []
    found = list(
        session.scalars(
            select(Participant).where(Participant.id.in_(reasons)).order_by(Participant.id)
        )
    )
    told_apart = labels(session, actor, found)
    return [DuplicateMatch(_row(p, told_apart[p.id]), reasons[p.id]) for p in found]


def get(session: Session, actor: Actor, participant_id: int) -> ParticipantDetail:
    """Open one participant's record; contact details and notes are shown only to roles
    allowed to see them, and the opening is audited."""
    require(actor, Permission.VIEW_PARTICIPANTS)
    p = _load(session, participant_id)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    views.record_view(session, actor, access_log.PARTICIPANT, p.id, {"contact": contact})
    return _detail(p, contact)


def _detail(p: Participant, contact: bool) -> ParticipantDetail:
    form = ParticipantForm(
        preferred_name=p.preferred_name,
        last_name=p.last_name or "",
        phone=(p.phone or "") if contact else "",
        email=(p.email or "") if contact else "",
        status=p.status,
        intake_date=p.intake_date,
        consent_on_sign_in=p.consent_on_sign_in,
        consent_full_last_name=p.consent_full_last_name,
        consent_contact=p.consent_contact,
        notes=(p.notes or "") if contact else "",
    )
    return ParticipantDetail(
        p.id, p.version, participant_display_name(p.preferred_name, p.last_name), form, contact
    )


def _load(session: Session, participant_id: int) -> Participant:
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound(_("That participant no longer exists."))
    return p


def _clean(form: ParticipantForm, contact_allowed: bool) -> dict[str, object]:
    errors = validation.FormErrors()
    values: dict[str, object] = {
        "preferred_name": errors.check(
            "preferred_name",
            validation.text,
            form.preferred_name,
            _("Preferred name"),
            "preferred_name",
            max_length=80,
        ),
        "last_name": errors.check(
            "last_name",
            validation.text,
            form.last_name,
            _("Last name"),
            "last_name",
            required=False,
            max_length=80,
        )
        or None,
        "status": form.status,
        "intake_date": errors.check(
            "intake_date",
            validation.date_not_in_future,
            form.intake_date,
            _("Intake date"),
            "intake_date",
            now().date(),
        ),
        "consent_on_sign_in": bool(form.consent_on_sign_in),
        "consent_full_last_name": bool(form.consent_full_last_name),
        "consent_contact": bool(form.consent_contact),
    }
    if contact_allowed:  # notes go with the contact details
        values["phone"] = errors.check("phone", validation.optional_phone, form.phone)
        values["email"] = errors.check("email", validation.optional_email, form.email)
        values["notes"] = (
            errors.check(
                "notes",
                validation.text,
                form.notes,
                _("Notes"),
                "notes",
                required=False,
                max_length=2000,
            )
            or None
        )
    last = str(values["last_name"] or "")
    if form.consent_full_last_name and len(last) < 2:
        errors.add("last_name", _("To print the full last name, enter it here."))
    errors.raise_if_any()
    return values


def check_form(actor: Actor, form: ParticipantForm) -> None:
    """Raise the ValidationError ``create`` would raise for ``form``, naming every bad field,
    without saving anything (an import checks each row of a file with it)."""
    require(actor, Permission.EDIT_PARTICIPANTS)
    _clean(form, actor.can(Permission.VIEW_PARTICIPANT_CONTACT))


def create_many(
    session: Session, actor: Actor, forms: Sequence[ParticipantForm], source: str
) -> list[int]:
    """Add many participants in the caller's transaction; the first bad form raises and
    nothing is kept. Each one is audited with where it came from."""
    require(actor, Permission.EDIT_PARTICIPANTS)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    values = [_clean(form, contact) for form in forms]
    if not values:
        return []
    ids = list(
        session.scalars(
            insert(Participant).returning(Participant.id, sort_by_parameter_order=True), values
        )
    )
    audit.record_many(session, actor, "create", "participant", ids, {"source": source})
    return ids


def create(
    session: Session,
    actor: Actor,
    form: ParticipantForm,
    not_duplicate_of: Collection[int] = (),
) -> ParticipantDetail:
    """Add a participant. Someone who may already be in PeerCenter (``possible_duplicates``)
    raises PossibleDuplicate, unless the person adding them saw those matches and said this is
    someone else (their ids in ``not_duplicate_of``; kept in the audit trail)."""
    require(actor, Permission.EDIT_PARTICIPANTS)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    values = _clean(form, contact)
    matches = possible_duplicates(session, actor, form)
    if {m.row.id for m in matches} - set(not_duplicate_of):
        raise PossibleDuplicate(matches)
    p = Participant(**values)
    session.add(p)
    session.flush()
    details = {"not_duplicate_of": [m.row.id for m in matches]} if matches else None
    audit.record(session, actor, "create", "participant", p.id, details)
    return _detail(p, contact)


def update(
    session: Session,
    actor: Actor,
    participant_id: int,
    form: ParticipantForm,
    expected_version: int | None,
) -> ParticipantDetail:
    require(actor, Permission.EDIT_PARTICIPANTS)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    p = _load(session, participant_id)
    update_audited(
        session,
        actor,
        "participant",
        p,
        expected_version,
        lambda: _clean(form, contact),
        private=("phone", "email", "notes", "last_name"),
    )
    session.flush()
    return _detail(p, contact)
