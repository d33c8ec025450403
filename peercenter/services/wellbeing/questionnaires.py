"""The questionnaires a center uses: the shipped files in resources/questionnaires, each
replaceable by the center's own copy (same id) in the data folder's "questionnaires" folder."""

from __future__ import annotations

from pathlib import Path

from peercenter.domain.errors import NotFound
from peercenter.domain.questionnaires import Questionnaire, parse
from peercenter.i18n import _
from peercenter.paths import data_dir, resource

_cache: dict[tuple[str, float], Questionnaire] = {}


def folders() -> list[Path]:
    """Where questionnaire files are read from; later folders override earlier ones."""
    return [resource("questionnaires"), data_dir(create=False) / "questionnaires"]


def _load(path: Path) -> Questionnaire:
    key = (str(path), path.stat().st_mtime)
    if key not in _cache:
        _cache[key] = parse(path.read_text(encoding="utf-8"), path.name)
    return _cache[key]


def available() -> list[Questionnaire]:
    """Every questionnaire, the burnout inventory first; a broken file raises
    QuestionnaireFileError naming the file and the field."""
    found: dict[str, Questionnaire] = {}
    for folder in folders():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                questionnaire = _load(path)
                found[questionnaire.id] = questionnaire
    return sorted(found.values(), key=lambda q: (q.id != "cbi", q.title))


def get(questionnaire_id: str) -> Questionnaire:
    for questionnaire in available():
        if questionnaire.id == questionnaire_id:
            return questionnaire
    raise NotFound(
        _("There is no questionnaire called '{questionnaire_id}'.").format(
            questionnaire_id=questionnaire_id
        )
    )
