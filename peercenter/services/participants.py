"""Participants: the minimum necessary about each person, and consent for what paper shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from peercenter.db.models import Participant
from peercenter.domain import validation
from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.errors import NotFound
from peercenter.domain.names import last_initial, participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.services import audit
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


@dataclass(frozen=True)
class ParticipantDetail:
    id: int
    version: int
    display_name: str
    form: ParticipantForm
    # False when the actor may not see phone and e-mail: those fields are then blank.
    contact_visible: bool


def _row(p: Participant) -> ParticipantRow:
    return ParticipantRow(
        p.id,
        participant_display_name(p.preferred_name, p.last_name),
        p.preferred_name,
        last_initial(p.last_name),
        p.status,
        p.intake_date,
        p.consent_on_sign_in,
        p.version,
    )


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
    return [_row(p) for p in session.scalars(query)]


def get(session: Session, actor: Actor, participant_id: int) -> ParticipantDetail:
    """Open one participant's record; contact details are shown only to roles allowed to see
    them, and every opening is audited."""
    require(actor, Permission.VIEW_PARTICIPANTS)
    p = _load(session, participant_id)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    audit.record(session, actor, "view", "participant", p.id, {"contact": contact})
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
        notes=p.notes or "",
    )
    return ParticipantDetail(
        p.id, p.version, participant_display_name(p.preferred_name, p.last_name), form, contact
    )


def _load(session: Session, participant_id: int) -> Participant:
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("That participant no longer exists.")
    return p


def _clean(form: ParticipantForm, contact_allowed: bool) -> dict[str, object]:
    errors = validation.FormErrors()
    values: dict[str, object] = {
        "preferred_name": errors.check(
            "preferred_name",
            validation.text,
            form.preferred_name,
            "Preferred name",
            "preferred_name",
            max_length=80,
        ),
        "last_name": errors.check(
            "last_name",
            validation.text,
            form.last_name,
            "Last name",
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
            "Intake date",
            "intake_date",
            now().date(),
        ),
        "consent_on_sign_in": bool(form.consent_on_sign_in),
        "consent_full_last_name": bool(form.consent_full_last_name),
        "consent_contact": bool(form.consent_contact),
        "notes": errors.check(
            "notes", validation.text, form.notes, "Notes", "notes", required=False, max_length=2000
        )
        or None,
    }
    if contact_allowed:
        values["phone"] = errors.check("phone", validation.optional_phone, form.phone)
        values["email"] = errors.check("email", validation.optional_email, form.email)
    last = str(values["last_name"] or "")
    if form.consent_full_last_name and len(last) < 2:
        errors.add("last_name", "To print the full last name, enter it here.")
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


def create(session: Session, actor: Actor, form: ParticipantForm) -> ParticipantDetail:
    require(actor, Permission.EDIT_PARTICIPANTS)
    contact = actor.can(Permission.VIEW_PARTICIPANT_CONTACT)
    p = Participant(**_clean(form, contact))
    session.add(p)
    session.flush()
    audit.record(session, actor, "create", "participant", p.id)
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
