"""Questionnaires as data (resources/questionnaires/*.toml): their items, answer options and
scales, checked on load with messages that name the file and the field, and scored here.

A scale's score is the mean of the scores of its answered items; a reverse-scored item counts
(lowest + highest - score) of its option. A scale with fewer answered items than its
``min_answered`` is left unscored (None)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import ENGLISH, LANGUAGES, _

# Which guardrail settings give a questionnaire's cut-offs, and which way is worse for them.
CUTOFF_GROUPS = {"cbi": "higher", "pulse": "lower"}


class QuestionnaireFileError(PeerCenterError):
    """A questionnaire file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Option:
    value: int
    label: str
    score: float


@dataclass(frozen=True)
class Item:
    id: str
    scale: str
    text: str
    options: tuple[Option, ...]
    reverse: bool = False

    def option(self, value: int) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def score(self, value: int) -> float:
        option = self.option(value)
        if option is None:
            raise ValueError(f"{value} is not an answer to {self.id}")
        if not self.reverse:
            return option.score
        scores = [o.score for o in self.options]
        return min(scores) + max(scores) - option.score


@dataclass(frozen=True)
class Scale:
    id: str
    label: str
    items: tuple[str, ...]
    min_answered: int
    definition: str = ""


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    short_title: str
    instructions: str
    source: str
    terms: str
    higher_is_worse: bool
    cutoffs: str | None
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    language: str = ENGLISH  # the words' language; a file in another language is a variant

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def scale(self, scale_id: str) -> Scale | None:
        return next((s for s in self.scales if s.id == scale_id), None)

    @property
    def score_range(self) -> tuple[float, float]:
        scores = [o.score for i in self.items for o in i.options]
        return min(scores), max(scores)


@dataclass(frozen=True)
class Scoring:
    scores: dict[str, float | None]
    answered: dict[str, int]

    def unscored(self, questionnaire: Questionnaire) -> list[Scale]:
        return [s for s in questionnaire.scales if self.scores[s.id] is None]


def score(questionnaire: Questionnaire, answers: Mapping[str, int | None]) -> Scoring:
    """Scale scores for ``answers`` (item id -> option value; None or absent is unanswered).
    Answers must have been checked with ``answer_problems`` first."""
    scores: dict[str, float | None] = {}
    answered: dict[str, int] = {}
    for scale in questionnaire.scales:
        values = []
        for item_id in scale.items:
            value = answers.get(item_id)
            item = questionnaire.item(item_id)
            if value is not None and item is not None:
                values.append(item.score(value))
        answered[scale.id] = len(values)
        scores[scale.id] = (
            sum(values) / len(values) if values and len(values) >= scale.min_answered else None
        )
    return Scoring(scores, answered)


def answer_problems(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, str]:
    """Answers that are not answers: unknown questions, values not among the options."""
    found: dict[str, str] = {}
    for item_id, value in answers.items():
        item = questionnaire.item(item_id)
        if item is None:
            found[item_id] = _("'{item}' is not a question of {questionnaire}.").format(
                item=item_id, questionnaire=questionnaire.title
            )
        elif value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or item.option(value) is None
        ):
            choices = ", ".join(o.label for o in item.options)
            found[item_id] = _("Choose one of: {choices}.").format(choices=choices)
    return found


# Loading -----------------------------------------------------------------------------------


class _Reader:
    """Reads typed fields out of parsed TOML, failing with the file and field named."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> QuestionnaireFileError:
        return QuestionnaireFileError(f"{self.source}: {where}: {problem}")

    def get(
        self, table: Mapping[str, Any], key: str, kind: type, where: str, default: Any = ...
    ) -> Any:
        field = f"{where}.{key}" if where else key
        if key not in table:
            if default is ...:
                raise self.fail(field, "is missing")
            return default
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"should be {_KIND_WORDS[kind]}, not {value!r}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(field, "is empty")
        return value


_KIND_WORDS = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}


def parse(text: str, source: str) -> Questionnaire:
    """A questionnaire from TOML text; ``source`` (the file name) goes into every error."""
    r = _Reader(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise QuestionnaireFileError(f"{source}: not valid TOML ({exc})") from None
    qid = r.get(data, "id", str, "")
    worse = r.get(data, "worse", str, "")
    if worse not in ("higher", "lower"):
        raise r.fail("worse", f'should be "higher" or "lower", not {worse!r}')
    cutoffs = r.get(data, "cutoffs", str, "", None)
    if cutoffs is not None and CUTOFF_GROUPS.get(cutoffs) != worse:
        known = ", ".join(f"{k} ({v} is worse)" for k, v in CUTOFF_GROUPS.items())
        raise r.fail("cutoffs", f"{cutoffs!r} does not match; known cut-offs are {known}")
    responses = _responses(r, r.get(data, "responses", dict, ""))
    scales_raw = r.get(data, "scales", list, "")
    items = _items(r, r.get(data, "items", list, ""), responses)
    scales = _scales(r, scales_raw, items)
    for i, item in enumerate(items):
        if not any(s.id == item.scale for s in scales):
            raise r.fail(f"items[{i}].scale", f"{item.scale!r} is not one of the scales")
    language = r.get(data, "language", str, "", ENGLISH)
    if language not in LANGUAGES:
        raise r.fail("language", f"should be one of {', '.join(LANGUAGES)}, not {language!r}")
    return Questionnaire(
        id=qid,
        title=r.get(data, "title", str, ""),
        short_title=r.get(data, "short_title", str, "", None) or r.get(data, "title", str, ""),
        instructions=r.get(data, "instructions", str, ""),
        source=r.get(data, "source", str, ""),
        terms=r.get(data, "terms", str, ""),
        higher_is_worse=worse == "higher",
        cutoffs=cutoffs,
        items=tuple(items),
        scales=tuple(scales),
        language=language,
    )


def _measure(q: Questionnaire) -> tuple[object, ...]:
    """What scoring depends on, without the words."""
    return (
        q.higher_is_worse,
        q.cutoffs,
        tuple(
            (i.id, i.scale, i.reverse, tuple((o.value, o.score) for o in i.options))
            for i in q.items
        ),
        tuple((s.id, s.items, s.min_answered) for s in q.scales),
    )


def variant_problem(base: Questionnaire, variant: Questionnaire) -> str | None:
    """Why ``variant`` (the same questionnaire in another language) cannot stand in for
    ``base``: answers are kept by question and answer value, so a translation must ask the
    same questions, with the same answers scored the same way, in the same scales."""
    if _measure(base) == _measure(variant):
        return None
    return (
        f"its questions, answers, scores or scales differ from the {base.language} version; "
        "a translation must keep every id, value and score and change only the words"
    )


def _responses(r: _Reader, table: Mapping[str, Any]) -> dict[str, tuple[Option, ...]]:
    sets: dict[str, tuple[Option, ...]] = {}
    for name, raw in table.items():
        where = f"responses.{name}"
        if not isinstance(raw, dict):
            raise r.fail(where, "should be a table with a list of options")
        options_raw = r.get(raw, "options", list, where)
        if len(options_raw) < 2:
            raise r.fail(f"{where}.options", "needs at least two answers")
        options = []
        for j, opt in enumerate(options_raw):
            at = f"{where}.options[{j}]"
            if not isinstance(opt, dict):
                raise r.fail(at, "should be a table with value, label and score")
            options.append(
                Option(
                    r.get(opt, "value", int, at),
                    r.get(opt, "label", str, at),
                    r.get(opt, "score", float, at),
                )
            )
        if len({o.value for o in options}) != len(options):
            raise r.fail(f"{where}.options", "two answers have the same value")
        sets[name] = tuple(options)
    return sets


def _items(r: _Reader, raw: list[Any], responses: Mapping[str, tuple[Option, ...]]) -> list[Item]:
    items: list[Item] = []
    for i, entry in enumerate(raw):
        at = f"items[{i}]"
        if not isinstance(entry, dict):
            raise r.fail(at, "should be a table")
        item_id = r.get(entry, "id", str, at)
        if any(x.id == item_id for x in items):
            raise r.fail(f"{at}.id", f"{item_id!r} is used twice")
        set_name = r.get(entry, "responses", str, at)
        if set_name not in responses:
            raise r.fail(
                f"{at}.responses",
                f"{set_name!r} is not one of the response sets ({', '.join(responses)})",
            )
        items.append(
            Item(
                item_id,
                r.get(entry, "scale", str, at),
                r.get(entry, "text", str, at),
                responses[set_name],
                r.get(entry, "reverse", bool, at, False),
            )
        )
    if not items:
        raise r.fail("items", "there are no questions")
    return items


def _scales(r: _Reader, raw: list[Any], items: list[Item]) -> list[Scale]:
    scales: list[Scale] = []
    for i, entry in enumerate(raw):
        at = f"scales[{i}]"
        if not isinstance(entry, dict):
            raise r.fail(at, "should be a table")
        scale_id = r.get(entry, "id", str, at)
        members = tuple(item.id for item in items if item.scale == scale_id)
        if not members:
            raise r.fail(f"{at}.id", f"no question belongs to the scale {scale_id!r}")
        minimum = r.get(entry, "min_answered", int, at)
        if not 1 <= minimum <= len(members):
            raise r.fail(
                f"{at}.min_answered",
                f"should be between 1 and {len(members)} (the number of questions in the scale)",
            )
        scales.append(
            Scale(
                scale_id,
                r.get(entry, "label", str, at),
                members,
                minimum,
                r.get(entry, "definition", str, at, ""),
            )
        )
    if not scales:
        raise r.fail("scales", "there are no scales")
    return scales
