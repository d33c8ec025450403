"""The questionnaires a center uses: the shipped files in resources/questionnaires, each
replaceable by the center's own copy (same id and language) in the data folder's
"questionnaires" folder.

A questionnaire may come in several languages, one file each (``language = "es"`` in
``pulse.es.toml``): a person is asked in their language when there is a version in it, else in
English. Answers are kept by question and answer value, so every version must score alike;
one that does not is not used (the English one is asked) and the log names its file."""

from __future__ import annotations

import logging
from pathlib import Path

from peercenter.domain.errors import NotFound
from peercenter.domain.questionnaires import Questionnaire, parse, variant_problem
from peercenter.i18n import ENGLISH, _, active_language
from peercenter.paths import data_dir, resource

log = logging.getLogger(__name__)

_cache: dict[tuple[str, float], Questionnaire] = {}


def folders() -> list[Path]:
    """Where questionnaire files are read from; later folders override earlier ones."""
    return [resource("questionnaires"), data_dir(create=False) / "questionnaires"]


def _load(path: Path) -> Questionnaire:
    key = (str(path), path.stat().st_mtime)
    if key not in _cache:
        _cache[key] = parse(path.read_text(encoding="utf-8"), path.name)
    return _cache[key]


def available(language: str | None = None) -> list[Questionnaire]:
    """Every questionnaire, the burnout inventory first, each in ``language`` (default: the
    active one) where it has a version in it that scores as the English one does; a broken
    file raises QuestionnaireFileError naming the file and the field."""
    found: dict[tuple[str, str], tuple[Questionnaire, Path]] = {}
    for folder in folders():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                questionnaire = _load(path)
                found[(questionnaire.id, questionnaire.language)] = (questionnaire, path)
    versions: dict[str, dict[str, Questionnaire]] = {}
    for (qid, lang), (questionnaire, path) in found.items():
        base = found.get((qid, ENGLISH), (questionnaire, path))[0]
        problem = variant_problem(base, questionnaire)
        if problem is not None:
            # Asked in English rather than not at all (a center's edited English copy may
            # have outgrown a shipped translation); the log says which file and why.
            log.warning("questionnaire %s not used: %s", path.name, problem)
            continue
        versions.setdefault(qid, {})[lang] = questionnaire
    wanted = language or active_language()
    chosen = [
        by_language.get(wanted) or by_language.get(ENGLISH) or next(iter(by_language.values()))
        for by_language in versions.values()
    ]
    return sorted(chosen, key=lambda q: (q.id != "cbi", q.title))


def get(questionnaire_id: str) -> Questionnaire:
    for questionnaire in available():
        if questionnaire.id == questionnaire_id:
            return questionnaire
    raise NotFound(
        _("There is no questionnaire called '{questionnaire_id}'.").format(
            questionnaire_id=questionnaire_id
        )
    )
