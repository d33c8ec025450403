"""Plain data the printed documents are built from. The services gather it from the database
(consent already applied); the reports only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from peercenter.domain.handout_content import TopicContent
from peercenter.i18n import _


class Paper(StrEnum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def label(self) -> str:
        return _("US Letter") if self is Paper.LETTER else "A4"


@dataclass(frozen=True)
class PrintOptions:
    paper: Paper = Paper.LETTER
    language: str = "en"
    large_print: bool = False


@dataclass(frozen=True)
class CenterInfo:
    name: str
    logo_path: str | None = None  # checked to exist by the service


@dataclass(frozen=True)
class Resource:
    name: str
    contact: str
    note: str = ""


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    group_name: str
    starts_at: datetime  # in the center's time zone
    ends_at: datetime
    room: str  # room name (and where it is), or "" for a virtual meeting
    meeting_url: str  # the link of a virtual room, else ""
    facilitators: tuple[str, ...]  # first names only


@dataclass(frozen=True)
class HandoutData:
    center: CenterInfo
    session: SessionInfo
    options: PrintOptions
    # The language the paper is actually in (English when the topic has no translation).
    language: str
    topic: TopicContent | None
    ground_rules: TopicContent | None
    resources: tuple[Resource, ...]
    next_session: datetime | None
    notices: tuple[str, ...] = ()  # for the person printing, never on paper


@dataclass(frozen=True)
class SignInData:
    center: CenterInfo
    session: SessionInfo
    options: PrintOptions
    names: tuple[str, ...]  # as consent allows; others sign on a blank line
    blank_lines: int
    neutral: bool  # no program-identifying wording at all


@dataclass(frozen=True)
class PosterEntry:
    starts_at: datetime
    ends_at: datetime
    group_name: str
    room: str
    online: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class PosterData:
    center: CenterInfo
    options: PrintOptions
    week_start: date
    days: tuple[tuple[date, tuple[PosterEntry, ...]], ...]


@dataclass(frozen=True)
class PacketData:
    center: CenterInfo
    options: PrintOptions
    day: date
    documents: tuple[HandoutData | SignInData, ...] = field(default=())
    notices: tuple[str, ...] = ()
    # Printed on both sides: each document starts on the front of a new sheet.
    new_sheet_each: bool = True
