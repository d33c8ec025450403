"""The shipped content library (resources/handouts) and how it lives alongside the center's
own edits in the ``topics`` table.

Each shipped file becomes a row marked ``is_builtin``. While a row is builtin it follows its
file, so improved wording in a new release reaches the center. Editing a topic in the app
clears the mark: from then on the center's text wins and the file no longer touches it, until
someone chooses "Restore the shipped text"."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Topic
from peercenter.domain.errors import PeerCenterError, ValidationError
from peercenter.domain.handout_content import LANGUAGES, TopicContent, parse_topic
from peercenter.domain.printing import Resource
from peercenter.i18n import _
from peercenter.paths import resource
from peercenter.services import audit


class LibraryError(PeerCenterError):
    """A library file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Library:
    topics: tuple[TopicContent, ...]
    crisis_lines: dict[str, tuple[Resource, ...]]


def library_dir() -> Path:
    return resource("handouts")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise LibraryError(
            _("{path}: not valid TOML ({problem}).").format(path=path.name, problem=exc)
        ) from None
    except OSError as exc:
        raise LibraryError(
            _("{path}: cannot be read ({reason}).").format(path=path.name, reason=exc.strerror)
        ) from None


def load_topic_file(path: Path) -> TopicContent:
    raw = _read_toml(path)
    try:
        topic = parse_topic(raw)
    except ValidationError as exc:
        raise LibraryError(
            _("{path}: {message}").format(path=path.name, message=exc.message)
        ) from None
    expected = f"{topic.slug}.{topic.language}.toml"
    if path.name != expected:
        raise LibraryError(
            _("{path}: its slug and language say it should be called {expected}.").format(
                path=path.name, expected=expected
            )
        )
    return topic


def load_crisis_lines(path: Path) -> dict[str, tuple[Resource, ...]]:
    raw = _read_toml(path)
    entries = raw.get("line")
    if not isinstance(entries, list) or not entries:
        raise LibraryError(
            _("{path}: 'line' is missing; add at least one [[line]].").format(path=path.name)
        )
    found: dict[str, list[Resource]] = {lang: [] for lang in LANGUAGES}
    for number, entry in enumerate(entries, start=1):
        for lang in LANGUAGES:
            values = {}
            for key in ("name", "contact", "note"):
                texts = entry.get(key, {})
                value = texts.get(lang) or texts.get("en") if isinstance(texts, dict) else None
                if key != "note" and not (isinstance(value, str) and value.strip()):
                    raise LibraryError(
                        _("{path}: line {number}: '{key}.{lang}' is empty.").format(
                            path=path.name, number=number, key=key, lang=lang
                        )
                    )
                values[key] = (value or "").strip()
            found[lang].append(Resource(**values))
    return {lang: tuple(items) for lang, items in found.items()}


def load_library(folder: Path | None = None) -> Library:
    """Every topic and crisis line in the folder, checked; the first problem stops it."""
    folder = folder or library_dir()
    topics_dir = folder / "topics"
    if not topics_dir.is_dir():
        raise LibraryError(
            _("The handout library folder {folder} is missing.").format(folder=topics_dir)
        )
    topics = tuple(load_topic_file(p) for p in sorted(topics_dir.glob("*.toml")))
    return Library(topics, load_crisis_lines(folder / "crisis-lines.toml"))


_CACHE: dict[Path, Library] = {}


def shipped_library() -> Library:
    """The library of this installation, read once per process."""
    folder = library_dir()
    if folder not in _CACHE:
        _CACHE[folder] = load_library(folder)
    return _CACHE[folder]


def sync_builtin(session: Session, library: Library | None = None) -> int:
    """Bring builtin rows up to date with the shipped files and add new ones; rows the
    center edited are left alone. Returns how many rows changed."""
    library = library or shipped_library()
    rows = {(t.slug, t.language): t for t in session.scalars(select(Topic))}
    changed = 0
    for content in library.topics:
        row = rows.get((content.slug, content.language))
        if row is None:
            session.add(
                Topic(
                    slug=content.slug,
                    language=content.language,
                    title=content.title,
                    sections=content.sections(),
                    is_builtin=True,
                )
            )
            changed += 1
        elif row.is_builtin and (row.title, row.sections) != (content.title, content.sections()):
            row.title, row.sections = content.title, content.sections()
            changed += 1
    if changed:
        session.flush()
        audit.record(session, None, "sync", "topic", None, {"rows": changed})
    return changed


def shipped_topic(slug: str, language: str) -> TopicContent | None:
    for topic in shipped_library().topics:
        if (topic.slug, topic.language) == (slug, language):
            return topic
    return None
