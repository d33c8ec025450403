"""Everything a printed document shows about a session, gathered once, with consent applied.

The reports get plain data from here and never see a participant who did not agree to be on
paper. Printing or exporting a sign-in sheet is written to the audit trail, in the same
transaction as the caller's work, so a failed export leaves no event behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Enrollment, Group, GroupSession, Participant, Staff, Topic
from peercenter.domain import access_log, timefmt
from peercenter.domain.enums import EnrollmentStatus, GroupKind, ParticipantStatus, SessionStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.handout_content import (
    DEFAULT_LANGUAGE,
    GROUND_RULES_SLUG,
    LANGUAGES,
    TopicContent,
    from_sections,
)
from peercenter.domain.names import participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.domain.printing import (
    CenterInfo,
    HandoutData,
    PacketData,
    Paper,
    PosterData,
    PosterEntry,
    PrintOptions,
    Resource,
    SessionInfo,
    SignInData,
)
from peercenter.domain.validation import day_in_calendar
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.handouts.library import shipped_library


def print_options(
    session: Session,
    paper: str | None = None,
    language: str | None = None,
    large_print: bool | None = None,
) -> PrintOptions:
    """What the caller asked for, the center's defaults for the rest."""
    values = settings.get_many(
        session, ["handouts.paper", "handouts.language", "handouts.large_print"]
    )
    paper = paper or values["handouts.paper"]
    language = language or values["handouts.language"]
    if paper not in {p.value for p in Paper}:
        raise ValidationError(
            _("Paper must be letter or a4, not '{paper}'.").format(paper=paper), field="paper"
        )
    if language not in LANGUAGES:
        raise ValidationError(
            _("Language must be one of {choices}, not '{language}'.").format(
                choices=", ".join(LANGUAGES), language=language
            ),
            field="language",
        )
    large = values["handouts.large_print"] if large_print is None else large_print
    return PrintOptions(Paper(paper), str(language), bool(large))


def center_info(session: Session) -> CenterInfo:
    values = settings.get_many(session, ["center.name", "center.logo_path"])
    logo = str(values["center.logo_path"]).strip()
    if logo:
        path = Path(logo).expanduser()
        if not path.is_file():
            raise ValidationError(
                _(
                    "The center's logo file {path} is missing. Choose another logo in Settings, or "
                    "clear it there."
                ).format(path=path),
                field="logo",
            )
        logo = str(path)
    return CenterInfo(name=str(values["center.name"]), logo_path=logo or None)


def local_resources(text: str) -> tuple[Resource, ...]:
    """The center's own entries, one per line: ``Name | contact | optional note``."""
    found = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) >= 2 and parts[0] and parts[1]:
            found.append(Resource(parts[0], parts[1], " | ".join(parts[2:]).strip()))
    return tuple(found)


@dataclass
class _Context:
    """What every document of one print job shares, looked up once."""

    session: Session
    actor: Actor
    tz: ZoneInfo
    center: CenterInfo
    _topics: dict[tuple[str, str], Topic] = field(default_factory=dict)
    _staff_names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def open(cls, session: Session, actor: Actor) -> _Context:
        ctx = cls(session, actor, settings.center_timezone(session), center_info(session))
        ctx._topics = {(t.slug, t.language): t for t in session.scalars(select(Topic))}
        return ctx

    def topic_row(self, topic_id: int) -> Topic | None:
        for row in self._topics.values():
            if row.id == topic_id:
                return row
        return None

    def content(self, slug: str, language: str) -> tuple[TopicContent | None, str]:
        """The topic in the language asked for, else in English; and the language used."""
        for lang in dict.fromkeys([language, DEFAULT_LANGUAGE]):
            row = self._topics.get((slug, lang))
            if row is not None:
                try:
                    return from_sections(row.slug, row.language, row.title, row.sections), lang
                except ValidationError as exc:
                    raise ValidationError(
                        _(
                            "The topic '{title}' ({language}) cannot be printed: {message} "
                            "Fix it on the Handouts screen."
                        ).format(title=row.title, language=LANGUAGES[lang], message=exc.message),
                        field="topic",
                    ) from None
        return None, language

    def staff_first_names(self, ids: list[int]) -> tuple[str, ...]:
        missing = [i for i in ids if i not in self._staff_names]
        if missing:
            for s in self.session.scalars(select(Staff).where(Staff.id.in_(missing))):
                self._staff_names[s.id] = (s.preferred_name or "").strip() or s.first_name
        return tuple(self._staff_names[i] for i in ids if i in self._staff_names)


def _load_session(session: Session, session_id: int) -> GroupSession:
    row = session.scalars(
        select(GroupSession)
        .where(GroupSession.id == session_id)
        .options(
            selectinload(GroupSession.facilitators),
            selectinload(GroupSession.group),
            selectinload(GroupSession.room),
        )
    ).one_or_none()
    if row is None:
        raise NotFound(_("There is no session number {session_id}.").format(session_id=session_id))
    return row


def _session_info(ctx: _Context, row: GroupSession) -> SessionInfo:
    if row.status == SessionStatus.CANCELLED:
        local = row.starts_at.astimezone(ctx.tz)
        values = {"group": row.group.name, "day": timefmt.day(local), "time": timefmt.clock(local)}
        if row.cancel_reason:
            message = _(
                "The {group} session on {day} {time} is cancelled ({reason}); "
                "there is nothing to print for it."
            ).format(reason=row.cancel_reason, **values)
        else:
            message = _(
                "The {group} session on {day} {time} is cancelled; "
                "there is nothing to print for it."
            ).format(**values)
        raise ValidationError(message, field="session")
    room = row.room
    place, url = "", ""
    if room is not None and room.is_virtual:
        url = room.meeting_url or ""
    elif room is not None:
        place = f"{room.name}, {room.location}" if room.location else room.name
    leads_first = sorted(row.facilitators, key=lambda f: (f.role.value != "lead", f.staff_id))
    return SessionInfo(
        row.id,
        row.group.name,
        row.starts_at.astimezone(ctx.tz),
        row.ends_at.astimezone(ctx.tz),
        place,
        url,
        ctx.staff_first_names([f.staff_id for f in leads_first]),
    )


def _next_session(session: Session, row: GroupSession) -> datetime | None:
    return session.scalar(
        select(func.min(GroupSession.starts_at)).where(
            GroupSession.group_id == row.group_id,
            GroupSession.starts_at > row.starts_at,
            GroupSession.status == SessionStatus.SCHEDULED,
        )
    )


def _handout(ctx: _Context, row: GroupSession, options: PrintOptions) -> HandoutData:
    info = _session_info(ctx, row)
    topic_id = row.topic_id or row.group.default_topic_id
    topic, language, notices = None, options.language, []
    base = ctx.topic_row(topic_id) if topic_id else None
    if base is not None:
        topic, language = ctx.content(base.slug, options.language)
        if language != options.language:
            notices.append(
                _(
                    "'{topic}' has no {wanted} version yet, so the handout for "
                    "{group} is in {language}."
                ).format(
                    topic=topic.title if topic else base.title,
                    wanted=LANGUAGES[options.language],
                    group=info.group_name,
                    language=LANGUAGES[language],
                )
            )
    rules, _rules_language = ctx.content(GROUND_RULES_SLUG, language)
    local = local_resources(settings.get(ctx.session, "handouts.local_resources"))
    crisis = shipped_library().crisis_lines.get(language, ())
    following = _next_session(ctx.session, row)
    return HandoutData(
        center=ctx.center,
        session=info,
        options=options,
        language=language,
        topic=topic,
        ground_rules=rules,
        resources=crisis + local,
        next_session=following.astimezone(ctx.tz) if following else None,
        notices=tuple(notices),
    )


def handout(session: Session, actor: Actor, session_id: int, options: PrintOptions) -> HandoutData:
    require(actor, Permission.PRINT_HANDOUTS)
    return _handout(_Context.open(session, actor), _load_session(session, session_id), options)


def _roster(session: Session, row: GroupSession, day: date) -> tuple[list[str], int, list[int]]:
    """Names that may be pre-printed, how many others are on the roster, and the ids of
    those whose names are printed (for the accounting of who appeared on paper)."""
    people = session.scalars(
        select(Participant)
        .join(Enrollment, Enrollment.participant_id == Participant.id)
        .where(
            Enrollment.group_id == row.group_id,
            Enrollment.status == EnrollmentStatus.ENROLLED,
            Enrollment.from_date <= day,
            (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day),
            Participant.status == ParticipantStatus.ACTIVE,
        )
        .order_by(func.lower(Participant.preferred_name), func.lower(Participant.last_name))
    )
    names, others, printed = [], 0, []
    for p in people:
        if p.consent_on_sign_in:
            names.append(
                participant_display_name(p.preferred_name, p.last_name, p.consent_full_last_name)
            )
            printed.append(p.id)
        else:
            others += 1
    return names, others, printed


def _sign_in(ctx: _Context, row: GroupSession, options: PrintOptions, action: str) -> SignInData:
    info = _session_info(ctx, row)
    names, others, printed = _roster(ctx.session, row, info.starts_at.date())
    values = settings.get_many(
        ctx.session, ["handouts.neutral_wording", "handouts.sign_in_blank_lines"]
    )
    audit.record(
        ctx.session,
        ctx.actor,
        action,
        "sign_in_sheet",
        row.id,
        {
            "names_printed": len(names),
            "neutral": values["handouts.neutral_wording"],
            access_log.LISTED: access_log.id_ranges(printed),
        },
    )
    return SignInData(
        center=ctx.center,
        session=info,
        options=options,
        names=tuple(names),
        blank_lines=int(values["handouts.sign_in_blank_lines"]) + others,
        neutral=bool(values["handouts.neutral_wording"]),
    )


def sign_in_sheet(
    session: Session, actor: Actor, session_id: int, options: PrintOptions, action: str = "print"
) -> SignInData:
    """``action`` is what the audit trail says happened: "print", "export" or "preview"."""
    require(actor, Permission.PRINT_SIGN_IN)
    return _sign_in(
        _Context.open(session, actor), _load_session(session, session_id), options, action
    )


def record_sign_in_use(session: Session, actor: Actor, session_ids: list[int], action: str) -> None:
    """Audit printing or saving sign-in sheets that were built (and audited) for preview."""
    require(actor, Permission.PRINT_SIGN_IN)
    tz = settings.center_timezone(session)
    for session_id in session_ids:
        row = _load_session(session, session_id)
        _names, _others, printed = _roster(session, row, row.starts_at.astimezone(tz).date())
        audit.record(
            session,
            actor,
            action,
            "sign_in_sheet",
            session_id,
            {access_log.LISTED: access_log.id_ranges(printed)},
        )


def day_sessions(session: Session, tz: ZoneInfo, start: date, days: int = 1) -> list[GroupSession]:
    lo, _ = day_bounds(start, tz)
    _, hi = day_bounds(start + timedelta(days=days - 1), tz)
    return list(
        session.scalars(
            select(GroupSession)
            .where(GroupSession.starts_at >= lo, GroupSession.starts_at < hi)
            .options(
                selectinload(GroupSession.facilitators),
                selectinload(GroupSession.group),
                selectinload(GroupSession.room),
            )
            .order_by(GroupSession.starts_at, GroupSession.id)
        )
    )


def poster(session: Session, actor: Actor, week_start: date, options: PrintOptions) -> PosterData:
    """The week's groups for the lobby; one-to-one mentoring is private and never shown."""
    require(actor, Permission.PRINT_HANDOUTS)
    day_in_calendar(week_start, "week_start")
    ctx = _Context.open(session, actor)
    by_day: dict[date, list[PosterEntry]] = {week_start + timedelta(days=i): [] for i in range(7)}
    for row in day_sessions(session, ctx.tz, week_start, 7):
        group: Group = row.group
        if group.kind == GroupKind.MENTORING:
            continue
        starts = row.starts_at.astimezone(ctx.tz)
        room = row.room
        online = room is not None and room.is_virtual
        by_day[starts.date()].append(
            PosterEntry(
                starts,
                row.ends_at.astimezone(ctx.tz),
                group.name,
                room.name if room is not None and not online else "",
                online,
                row.status == SessionStatus.CANCELLED,
            )
        )
    return PosterData(
        ctx.center, options, week_start, tuple((d, tuple(entries)) for d, entries in by_day.items())
    )


def day_packet(
    session: Session, actor: Actor, day: date, options: PrintOptions, action: str = "print"
) -> PacketData:
    """Every handout and sign-in sheet of the day, in time order. Cancelled sessions are
    left out (and said so); one-to-one mentoring gets no sign-in sheet, and a handout only
    when it has a topic."""
    require(actor, Permission.PRINT_HANDOUTS)
    require(actor, Permission.PRINT_SIGN_IN)
    ctx = _Context.open(session, actor)
    documents: list[HandoutData | SignInData] = []
    notices: list[str] = []
    for row in day_sessions(session, ctx.tz, day):
        if row.status == SessionStatus.CANCELLED:
            at = timefmt.clock(row.starts_at.astimezone(ctx.tz))
            notices.append(
                _("{group} at {time} is cancelled and left out.").format(
                    group=row.group.name, time=at
                )
            )
            continue
        mentoring = row.group.kind == GroupKind.MENTORING
        if not mentoring or row.topic_id or row.group.default_topic_id:
            data = _handout(ctx, row, options)
            notices.extend(data.notices)
            documents.append(data)
        if not mentoring:
            documents.append(_sign_in(ctx, row, options, action))
    new_sheet = bool(settings.get(session, "handouts.new_sheet_each_document"))
    return PacketData(ctx.center, options, day, tuple(documents), tuple(notices), new_sheet)
