"""Handout topics as the paper shows them: a title, a short introduction, key points, one
exercise and discussion questions, in one language. Parsed from the library's TOML files and
from the ``topics`` table's JSON sections, with messages that name what is missing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peercenter.domain.errors import ValidationError
from peercenter.i18n import _

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

# Slugs the library reserves for the group's agreements; they have items and no exercise.
GROUND_RULES_SLUG = "ground-rules"

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TITLE = 160
MAX_ITEM = 600
MAX_ITEMS = 12


@dataclass(frozen=True)
class TopicContent:
    slug: str
    language: str
    title: str
    introduction: str = ""
    key_points: tuple[str, ...] = ()
    exercise_title: str = ""
    exercise_steps: tuple[str, ...] = ()
    discussion_questions: tuple[str, ...] = ()

    def sections(self) -> dict[str, Any]:
        """The JSON the ``topics`` table keeps."""
        return {
            "introduction": self.introduction,
            "key_points": list(self.key_points),
            "exercise": {"title": self.exercise_title, "steps": list(self.exercise_steps)},
            "discussion_questions": list(self.discussion_questions),
        }


def _text(value: Any, field: str, *, required: bool, max_length: int) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(_("'{field}' must be text.").format(field=field), field=field)
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError(
            _("'{field}' is empty: write some text for it.").format(field=field), field=field
        )
    if len(cleaned) > max_length:
        raise ValidationError(
            _("'{field}' is too long (at most {max_length} characters).").format(
                field=field, max_length=max_length
            ),
            field=field,
        )
    return cleaned


def _items(value: Any, field: str, *, required: bool) -> tuple[str, ...]:
    if value is None:
        value = []
    if not isinstance(value, list | tuple):
        raise ValidationError(
            _("'{field}' must be a list of lines.").format(field=field), field=field
        )
    items = tuple(_text(v, field, required=False, max_length=MAX_ITEM) for v in value)
    items = tuple(i for i in items if i)
    if required and not items:
        raise ValidationError(
            _("'{field}' has no lines: add at least one.").format(field=field), field=field
        )
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            _("'{field}' has {count} lines; keep it to {most} so the handout stays short.").format(
                field=field, count=len(items), most=MAX_ITEMS
            ),
            field=field,
        )
    return items


def check_slug(slug: Any) -> str:
    if not isinstance(slug, str) or not _SLUG.match(slug) or len(slug) > 80:
        raise ValidationError(
            _("'slug' must be lowercase letters, digits and dashes (like coping-with-cravings)."),
            field="slug",
        )
    return slug


def check_language(language: Any) -> str:
    if language not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValidationError(
            _("'language' must be one of {known}, not '{language}'.").format(
                known=known, language=language
            ),
            field="language",
        )
    return str(language)


def parse_topic(raw: Mapping[str, Any], *, complete: bool = True) -> TopicContent:
    """A topic from a mapping shaped like the library files:

    ``slug``, ``language``, ``title``, ``introduction``, ``key_points`` (list),
    ``[exercise]`` with ``title`` and ``steps`` (list), ``discussion_questions`` (list).

    ``complete`` asks for every part a handout prints; the ground rules need only items
    (their ``key_points``). Raises ValidationError naming the first bad field."""
    known = {
        "slug",
        "language",
        "title",
        "introduction",
        "key_points",
        "exercise",
        "discussion_questions",
    }
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValidationError(
            _("unknown field '{field}' (expected one of {known}).").format(
                field=unknown[0], known=", ".join(sorted(known))
            ),
            field=unknown[0],
        )
    slug = check_slug(raw.get("slug"))
    needs_all = complete and slug != GROUND_RULES_SLUG
    exercise = raw.get("exercise") or {}
    if not isinstance(exercise, Mapping):
        raise ValidationError(
            _("'exercise' must be a table with 'title' and 'steps'."), field="exercise"
        )
    extra = sorted(set(exercise) - {"title", "steps"})
    if extra:
        raise ValidationError(
            _("unknown field '{field}' (expected title, steps).").format(
                field=f"exercise.{extra[0]}"
            ),
            field=f"exercise.{extra[0]}",
        )
    return TopicContent(
        slug=slug,
        language=check_language(raw.get("language")),
        title=_text(raw.get("title"), "title", required=True, max_length=MAX_TITLE),
        introduction=_text(
            raw.get("introduction"), "introduction", required=False, max_length=MAX_ITEM
        ),
        key_points=_items(raw.get("key_points"), "key_points", required=True),
        exercise_title=_text(
            exercise.get("title"), "exercise.title", required=needs_all, max_length=MAX_TITLE
        ),
        exercise_steps=_items(exercise.get("steps"), "exercise.steps", required=needs_all),
        discussion_questions=_items(
            raw.get("discussion_questions"), "discussion_questions", required=needs_all
        ),
    )


def from_sections(
    slug: str, language: str, title: str, sections: Mapping[str, Any]
) -> TopicContent:
    """A topic from a ``topics`` row; raises ValidationError when a part is missing."""
    return parse_topic({"slug": slug, "language": language, "title": title, **sections})


def lines(text: str) -> list[str]:
    """One item per non-blank line, as the topic editor shows lists."""
    return [line.strip() for line in text.splitlines() if line.strip()]
