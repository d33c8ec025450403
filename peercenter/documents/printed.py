"""The printed documents of a session or a day: handout, sign-in sheet, the day's packet and
the lobby poster. ``render`` gathers and lays out one of them in the caller's transaction and
audits the sign-in sheets it shows; ``record_use`` audits printing or saving one that was
rendered for a preview."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from peercenter.domain import timefmt
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.domain.printing import SignInData
from peercenter.i18n import N_, _
from peercenter.reports import handout, packet, poster, signin
from peercenter.reports.parts import ProgressCallback
from peercenter.services.context import Actor
from peercenter.services.handouts import gather

log = logging.getLogger(__name__)


class Kind(StrEnum):
    HANDOUT = "handout"
    SIGN_IN = "signin"
    PACKET = "packet"
    POSTER = "poster"

    @property
    def label(self) -> str:
        return _(_LABELS[self])

    @property
    def per_session(self) -> bool:
        return self in (Kind.HANDOUT, Kind.SIGN_IN)

    @property
    def needs(self) -> tuple[Permission, ...]:
        if self in (Kind.SIGN_IN, Kind.PACKET):
            return (Permission.PRINT_HANDOUTS, Permission.PRINT_SIGN_IN)
        return (Permission.PRINT_HANDOUTS,)


_LABELS = {
    Kind.HANDOUT: N_("Session handout"),
    Kind.SIGN_IN: N_("Sign-in sheet"),
    Kind.PACKET: N_("The day's packet (all handouts and sign-in sheets)"),
    Kind.POSTER: N_("Lobby poster (the week from this date)"),
}


def kinds_for(actor: Actor) -> list[Kind]:
    """The documents this person may make, in the order they are offered."""
    return [kind for kind in Kind if all(actor.can(p) for p in kind.needs)]


class Use(StrEnum):
    """What happens to the document; the audit trail says so for sign-in sheets."""

    PREVIEW = "preview"
    PRINT = "print"
    EXPORT = "export"


@dataclass(frozen=True)
class Request:
    """One document as asked for; paper, language and large print default to the center's."""

    kind: Kind
    day: date | None = None  # packet: the day; poster: the first day of the week
    session_id: int | None = None  # handout and sign-in sheet
    paper: str | None = None
    language: str | None = None
    large_print: bool | None = None


@dataclass(frozen=True)
class Built:
    pdf: bytes
    title: str
    file_name: str
    notices: tuple[str, ...]  # for the person printing, never on paper
    audited: tuple[int, ...]  # sessions whose sign-in sheet is in it (showing it was audited)


def render(
    session: Session,
    actor: Actor,
    request: Request,
    use: Use,
    progress: ProgressCallback | None = None,
) -> Built:
    """Gather and lay out one document. Its sign-in sheets are audited as ``use`` in the
    caller's transaction, so a build or a delivery that fails leaves no event behind.
    ``progress(done, total)`` returning False stops the build with BuildCancelled."""
    options = gather.print_options(session, request.paper, request.language, request.large_print)
    kind = request.kind
    subject = f"session {request.session_id}" if kind.per_session else f"{request.day}"
    log.info("making the %s of %s (%s)", kind, subject, use)
    if kind.per_session:
        if request.session_id is None:
            raise ValidationError(_("Choose a session first."), field="session")
        session_id = request.session_id
        if kind is Kind.SIGN_IN:
            sheet = gather.sign_in_sheet(session, actor, session_id, options, action=use.value)
            pdf = signin.build(sheet, progress)
            return Built(pdf, _("Sign-in sheet"), f"sign-in-{session_id}.pdf", (), (session_id,))
        data = gather.handout(session, actor, session_id, options)
        pdf = handout.build(data, progress)
        return Built(pdf, _("Handout"), f"handout-{session_id}.pdf", data.notices, ())
    if request.day is None:
        raise ValidationError(_("Choose a date first."), field="day")
    day = request.day
    if kind is Kind.POSTER:
        pdf = poster.build(gather.poster(session, actor, day, options))
        return Built(
            pdf,
            _("Week of {day}").format(day=timefmt.date_text(day)),
            f"poster-{day.isoformat()}.pdf",
            (),
            (),
        )
    day_data = gather.day_packet(session, actor, day, options, action=use.value)
    sheets = tuple(d.session.session_id for d in day_data.documents if isinstance(d, SignInData))
    return Built(
        packet.build(day_data, progress),
        _("Packet for {day}").format(day=timefmt.day(day)),
        f"packet-{day.isoformat()}.pdf",
        day_data.notices,
        sheets,
    )


def record_use(session: Session, actor: Actor, built: Built, use: Use) -> None:
    """Audit printing or saving a document rendered for a preview; call it in the
    transaction that prints or writes it."""
    if built.audited:
        gather.record_sign_in_use(session, actor, list(built.audited), use.value)
