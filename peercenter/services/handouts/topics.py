"""The topic editor's use cases: list, open, save, restore the shipped text, delete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import Topic
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.handout_content import (
    GROUND_RULES_SLUG,
    LANGUAGES,
    TopicContent,
    from_sections,
    lines,
    parse_topic,
)
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.handouts.library import shipped_topic


@dataclass(frozen=True)
class TopicForm:
    """What the editor shows; lists are one item per line."""

    slug: str
    language: str
    title: str
    introduction: str = ""
    key_points: str = ""
    exercise_title: str = ""
    exercise_steps: str = ""
    discussion_questions: str = ""


@dataclass(frozen=True)
class TopicRow:
    id: int
    slug: str
    language: str
    title: str
    is_builtin: bool  # follows the shipped file
    has_shipped_text: bool
    problem: str  # why it cannot be printed, or ""
    version: int


@dataclass(frozen=True)
class TopicDetail:
    row: TopicRow
    form: TopicForm


# The editor's field names for the content checker's.
_FIELDS = {"exercise.title": "exercise_title", "exercise.steps": "exercise_steps"}


def _problem(t: Topic) -> str:
    try:
        from_sections(t.slug, t.language, t.title, t.sections)
    except ValidationError as exc:
        return exc.message
    return ""


def _row(t: Topic) -> TopicRow:
    return TopicRow(
        t.id,
        t.slug,
        t.language,
        t.title,
        t.is_builtin,
        shipped_topic(t.slug, t.language) is not None,
        _problem(t),
        t.version,
    )


def _form(t: Topic) -> TopicForm:
    s = t.sections or {}
    exercise = s.get("exercise") or {}
    return TopicForm(
        slug=t.slug,
        language=t.language,
        title=t.title,
        introduction=str(s.get("introduction") or ""),
        key_points="\n".join(s.get("key_points") or []),
        exercise_title=str(exercise.get("title") or ""),
        exercise_steps="\n".join(exercise.get("steps") or []),
        discussion_questions="\n".join(s.get("discussion_questions") or []),
    )


def list_topics(session: Session, actor: Actor) -> list[TopicRow]:
    require(actor, Permission.PRINT_HANDOUTS)
    rows = session.scalars(
        select(Topic).order_by(
            Topic.slug == GROUND_RULES_SLUG, func.lower(Topic.title), Topic.language
        )
    )
    return [_row(t) for t in rows]


def _load(session: Session, topic_id: int) -> Topic:
    topic = session.get(Topic, topic_id)
    if topic is None:
        raise NotFound(_("That topic no longer exists."))
    return topic


def get_topic(session: Session, actor: Actor, topic_id: int) -> TopicDetail:
    require(actor, Permission.PRINT_HANDOUTS)
    t = _load(session, topic_id)
    return TopicDetail(_row(t), _form(t))


def _clean(form: TopicForm) -> TopicContent:
    raw = {
        "slug": form.slug.strip(),
        "language": form.language,
        "title": form.title,
        "introduction": form.introduction,
        "key_points": lines(form.key_points),
        "exercise": {"title": form.exercise_title, "steps": lines(form.exercise_steps)},
        "discussion_questions": lines(form.discussion_questions),
    }
    try:
        return parse_topic(raw)
    except ValidationError as exc:
        field = next(iter(exc.field_errors), None)
        field = _FIELDS.get(field or "", field)
        message = (
            exc.message.replace("exercise.title", "exercise title")
            .replace("exercise.steps", "exercise steps")
            .replace("key_points", "key points")
            .replace("discussion_questions", "discussion questions")
        )
        raise ValidationError(message, field=field) from None


def save_topic(
    session: Session,
    actor: Actor,
    topic_id: int | None,
    form: TopicForm,
    expected_version: int | None = None,
) -> TopicDetail:
    """Create a topic (``topic_id`` None) or save the center's own text over one. A saved
    shipped topic stops following its file."""
    require(actor, Permission.EDIT_HANDOUT_CONTENT)
    content = _clean(form)
    clash = session.scalar(
        select(Topic).where(Topic.slug == content.slug, Topic.language == content.language)
    )
    if clash is not None and clash.id != topic_id:
        raise ValidationError(
            _(
                "There is already a topic called '{slug}' in {language}. Open that one instead."
            ).format(slug=content.slug, language=LANGUAGES[content.language]),
            field="slug",
        )
    if topic_id is None:
        t = Topic(
            slug=content.slug,
            language=content.language,
            title=content.title,
            sections=content.sections(),
            is_builtin=False,
        )
        session.add(t)
        session.flush()
        audit.record(
            session, actor, "create", "topic", t.id, {"slug": t.slug, "language": t.language}
        )
        return TopicDetail(_row(t), _form(t))
    t = _load(session, topic_id)
    check_version(t, expected_version)
    before = {"slug": t.slug, "language": t.language, "title": t.title, "sections": t.sections}
    after = {
        "slug": content.slug,
        "language": content.language,
        "title": content.title,
        "sections": content.sections(),
    }
    if before != after:
        t.slug, t.language, t.title = content.slug, content.language, content.title
        t.sections = content.sections()
        t.is_builtin = False
        changed = sorted(k for k in after if before[k] != after[k])
        audit.record(session, actor, "update", "topic", t.id, {"changed": changed})
        session.flush()
    return TopicDetail(_row(t), _form(t))


def restore_shipped(
    session: Session, actor: Actor, topic_id: int, expected_version: int | None = None
) -> TopicDetail:
    """Put the shipped wording back; the topic follows its file again."""
    require(actor, Permission.EDIT_HANDOUT_CONTENT)
    t = _load(session, topic_id)
    check_version(t, expected_version)
    shipped = shipped_topic(t.slug, t.language)
    if shipped is None:
        raise ValidationError(
            _("This topic was written at the center; there is no shipped text to restore.")
        )
    t.title, t.sections, t.is_builtin = shipped.title, shipped.sections(), True
    audit.record(session, actor, "restore", "topic", t.id)
    session.flush()
    return TopicDetail(_row(t), _form(t))


def delete_topic(
    session: Session, actor: Actor, topic_id: int, expected_version: int | None = None
) -> None:
    """Only the center's own topics can go; sessions that used it print without a topic."""
    require(actor, Permission.EDIT_HANDOUT_CONTENT)
    t = _load(session, topic_id)
    check_version(t, expected_version)
    if shipped_topic(t.slug, t.language) is not None:
        raise ValidationError(
            _(
                "Topics that come with PeerCenter cannot be deleted; edit them "
                "or restore the shipped text instead."
            )
        )
    audit.record(session, actor, "delete", "topic", t.id, {"slug": t.slug})
    session.delete(t)
    session.flush()
