"""Training records: what a person learned, when, for how many hours, in which domain; an
optional certificate; and verification by their supervisor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff, TrainingRecord
from peercenter.domain import access_log, timefmt, validation
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings, views
from peercenter.services.clock import local_today, now
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor
from peercenter.services.credentials import attachments
from peercenter.services.credentials.access import (
    require_oversight,
    require_person,
    staff_name,
)
from peercenter.services.credentials.hours_input import check_date, check_minutes
from peercenter.services.updating import update_audited


@dataclass(frozen=True)
class TrainingForm:
    taken_on: date | None
    title: str
    hours: float | None
    provider: str = ""
    domain: str = ""
    started_on: date | None = None  # first day of a course over several days
    is_continuing_education: bool = False


@dataclass(frozen=True)
class TrainingRow:
    id: int
    version: int
    staff_id: int
    started_on: date | None
    taken_on: date
    title: str
    provider: str
    minutes: int
    domain: str
    is_continuing_education: bool
    certificate_name: str
    has_certificate: bool
    verified_by: str
    verified_at: datetime | None

    @property
    def verified(self) -> bool:
        return self.verified_at is not None


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {s.id: staff_name(s) for s in session.scalars(select(Staff).where(Staff.id.in_(ids)))}


def _row(r: TrainingRecord, names: dict[int, str]) -> TrainingRow:
    return TrainingRow(
        r.id,
        r.version,
        r.staff_id,
        r.started_on,
        r.taken_on,
        r.title,
        r.provider or "",
        r.minutes,
        r.domain or "",
        r.is_continuing_education,
        r.certificate_file or "",
        r.certificate_sha256 is not None,
        names.get(r.verified_by_id, "") if r.verified_by_id else "",
        r.verified_at,
    )


def list_training(session: Session, actor: Actor, staff_id: int) -> list[TrainingRow]:
    require_person(session, actor, staff_id)
    views.record_colleague_view(session, actor, access_log.TRAINING, staff_id)
    rows = list(
        session.scalars(
            select(TrainingRecord)
            .where(TrainingRecord.staff_id == staff_id)
            .order_by(TrainingRecord.taken_on.desc(), TrainingRecord.id)
        )
    )
    names = _names(session, {r.verified_by_id for r in rows if r.verified_by_id})
    return [_row(r, names) for r in rows]


def get_training(session: Session, actor: Actor, record_id: int) -> TrainingRow:
    record = _load(session, record_id)
    require_person(session, actor, record.staff_id)
    views.record_colleague_view(session, actor, access_log.TRAINING, record.staff_id)
    return _row(
        record, _names(session, {record.verified_by_id} if record.verified_by_id else set())
    )


def _clean(
    session: Session, staff: Staff, form: TrainingForm, record_id: int | None
) -> dict[str, object]:
    errors = validation.FormErrors()
    today = local_today(settings.center_timezone(session))
    title = errors.check("title", validation.text, form.title, _("Title"), "title", max_length=200)
    provider = errors.check(
        "provider",
        validation.text,
        form.provider,
        _("Provider"),
        "provider",
        required=False,
        max_length=160,
    )
    domain = errors.check(
        "domain", validation.text, form.domain, "Domain", "domain", required=False, max_length=80
    )
    # Training taken before someone joined the center still counts: no hire-date check here.
    taken_on = check_date(errors, form.taken_on, _("The training date"), "taken_on", today)
    days = 1
    if form.started_on is not None and taken_on is not None:
        if form.started_on > taken_on:
            errors.add("started_on", _("A course cannot start after the day it was completed."))
        else:
            days = (taken_on - form.started_on).days + 1
    minutes = check_minutes(errors, form.hours, days=days)
    errors.raise_if_any()
    assert taken_on is not None and minutes is not None and title
    duplicate = session.scalar(
        select(TrainingRecord).where(
            TrainingRecord.staff_id == staff.id,
            TrainingRecord.taken_on == taken_on,
            TrainingRecord.minutes == minutes,
            func.lower(TrainingRecord.title) == str(title).lower(),
        )
    )
    if duplicate is not None and duplicate.id != record_id:
        raise ValidationError(
            _("'{duplicate}' on {taken_on} is already recorded for {staff}.").format(
                duplicate=duplicate.title,
                taken_on=timefmt.date_text(taken_on),
                staff=staff_name(staff),
            ),
            field="title",
        )
    return {
        "taken_on": taken_on,
        "started_on": form.started_on if days > 1 else None,
        "title": title,
        "provider": provider or None,
        "domain": domain or None,
        "minutes": minutes,
        "is_continuing_education": bool(form.is_continuing_education),
    }


def add_training(session: Session, actor: Actor, staff_id: int, form: TrainingForm) -> TrainingRow:
    staff = require_person(session, actor, staff_id)
    values = _clean(session, staff, form, None)
    record = TrainingRecord(staff_id=staff.id, **values)
    session.add(record)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "training_record",
        record.id,
        {"staff_id": staff.id, "title": record.title, "minutes": record.minutes},
    )
    return _row(record, {})


def update_training(
    session: Session, actor: Actor, record_id: int, form: TrainingForm, expected_version: int | None
) -> TrainingRow:
    """Changing what a verified record says takes its verification away."""
    record = _load(session, record_id)
    staff = require_person(session, actor, record.staff_id)

    def unverify(diff: dict[str, Any]) -> None:
        if diff and record.verified_at is not None:
            record.verified_at, record.verified_by_id = None, None
            diff["verified"] = "cleared by the change"

    update_audited(
        session,
        actor,
        "training_record",
        record,
        expected_version,
        lambda: _clean(session, staff, form, record.id),
        amend=unverify,
    )
    session.flush()
    return get_training(session, actor, record.id)


def delete_training(
    session: Session, actor: Actor, record_id: int, expected_version: int | None = None
) -> None:
    record = _load(session, record_id)
    require_person(session, actor, record.staff_id)
    check_version(record, expected_version)
    if record.verified_at is not None and not actor.can(Permission.VERIFY_TRAINING):
        raise ValidationError(_("This record was verified by a supervisor; ask them to remove it."))
    old = (record.certificate_sha256, record.certificate_file)
    audit.record(
        session,
        actor,
        "delete",
        "training_record",
        record.id,
        {"staff_id": record.staff_id, "title": record.title},
    )
    session.delete(record)
    session.flush()
    _forget_file(session, *old)


def set_verified(
    session: Session,
    actor: Actor,
    record_id: int,
    verified: bool,
    expected_version: int | None = None,
) -> TrainingRow:
    record = _load(session, record_id)
    require_oversight(session, actor, record.staff_id, Permission.VERIFY_TRAINING)
    check_version(record, expected_version)
    if verified:
        record.verified_by_id, record.verified_at = actor.staff_id, now()
    else:
        record.verified_by_id, record.verified_at = None, None
    audit.record(
        session,
        actor,
        "verify" if verified else "unverify",
        "training_record",
        record.id,
        {"staff_id": record.staff_id},
    )
    session.flush()
    return get_training(session, actor, record.id)


def attach_certificate(
    session: Session,
    actor: Actor,
    record_id: int,
    file_name: str,
    content: bytes,
    expected_version: int | None = None,
) -> TrainingRow:
    """Keep a copy of the certificate with the database and its SHA-256 on the record."""
    record = _load(session, record_id)
    require_person(session, actor, record.staff_id)
    check_version(record, expected_version)
    suffix = attachments.check_certificate(file_name, content)
    digest = attachments.sha256_of(content)
    old = (record.certificate_sha256, record.certificate_file)
    attachments.store_for(session).put(digest, suffix, content)
    record.certificate_file = file_name.replace("\\", "/").rsplit("/", 1)[-1][:260]
    record.certificate_sha256 = digest
    session.flush()
    if old[0] != digest:
        _forget_file(session, *old)
    audit.record(
        session,
        actor,
        "attach",
        "training_record",
        record.id,
        {"file": record.certificate_file, "sha256": digest},
    )
    return get_training(session, actor, record.id)


def certificate_path(session: Session, actor: Actor, record_id: int) -> str:
    """A path to open the certificate with, after checking it is the file that was attached."""
    record = _load(session, record_id)
    require_person(session, actor, record.staff_id)
    if record.certificate_sha256 is None or record.certificate_file is None:
        raise ValidationError(_("This training record has no certificate attached."))
    suffix = attachments.check_suffix(record.certificate_file)
    path = attachments.openable_copy(session, record.certificate_sha256, suffix)
    audit.record(session, actor, "view", "certificate", record.id, {"staff_id": record.staff_id})
    return str(path)


def _forget_file(session: Session, sha256: str | None, file_name: str | None) -> None:
    """Remove a stored certificate no record points at any more."""
    if sha256 is None or file_name is None:
        return
    still_used = session.scalar(
        select(func.count())
        .select_from(TrainingRecord)
        .where(TrainingRecord.certificate_sha256 == sha256)
    )
    if not still_used:
        attachments.store_for(session).remove(sha256, attachments.check_suffix(file_name))


def _load(session: Session, record_id: int) -> TrainingRecord:
    record = session.get(TrainingRecord, record_id)
    if record is None:
        raise NotFound(_("That training record no longer exists."))
    return record
