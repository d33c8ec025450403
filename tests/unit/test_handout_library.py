"""The shipped content library: every file loads, every topic speaks both languages, and a
broken file is reported by name and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peercenter.domain.handout_content import GROUND_RULES_SLUG, LANGUAGES
from peercenter.services.handouts.library import LibraryError, library_dir, load_library


def test_the_library_has_eight_topics_in_english_and_spanish() -> None:
    library = load_library()
    by_language: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for topic in library.topics:
        by_language[topic.language].add(topic.slug)
    assert by_language["en"] == by_language["es"]
    topics = by_language["en"] - {GROUND_RULES_SLUG}
    assert len(topics) >= 8
    assert {
        "coping-with-cravings",
        "triggers-and-halt",
        "building-a-support-network",
        "self-care",
        "relapse-prevention-plan",
        "gratitude",
        "mindfulness-basics",
    } <= topics
    assert GROUND_RULES_SLUG in by_language["en"]
    for topic in library.topics:
        if topic.slug != GROUND_RULES_SLUG:
            assert topic.key_points and topic.exercise_steps and topic.discussion_questions


def test_spanish_topics_are_written_in_spanish() -> None:
    spanish = [t for t in load_library().topics if t.language == "es"]
    english = {t.slug: t for t in load_library().topics if t.language == "en"}
    for topic in spanish:
        assert topic.title != english[topic.slug].title
        assert any(
            ch in "áéíóúñ¿¡"
            for ch in " ".join(topic.key_points)
            + topic.title
            + " ".join(topic.discussion_questions)
        ), topic.slug


def test_crisis_lines_in_both_languages() -> None:
    lines = load_library().crisis_lines
    for lang in LANGUAGES:
        text = " ".join(f"{r.name} {r.contact}" for r in lines[lang])
        assert "988" in text
        assert "1-800-662-4357" in text
        assert "SAMHSA" in text


@pytest.fixture
def library_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "handouts"
    shutil.copytree(library_dir(), folder)
    return folder


@pytest.mark.parametrize(
    "edit, expected",
    [
        (
            lambda s: s.replace('title = "Gratitude"', 'title = ""'),
            "gratitude.en.toml: 'title' is empty",
        ),
        (
            lambda s: s.replace("discussion_questions = [", "questions = ["),
            "gratitude.en.toml: unknown field 'questions'",
        ),
        (
            lambda s: s.replace('language = "en"', 'language = "fr"'),
            "gratitude.en.toml: 'language' must be one of en, es",
        ),
        (
            lambda s: s.replace("key_points = [", "key_points = [] \nold = ["),
            "gratitude.en.toml: unknown field 'old'",
        ),
        (lambda s: s + "\n[exercise\n", "gratitude.en.toml: not valid TOML"),
        (
            lambda s: s.replace('slug = "gratitude"', 'slug = "thanks"'),
            "gratitude.en.toml: its slug and language say it should be called thanks.en.toml",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_field(
    library_copy: Path, edit: object, expected: str
) -> None:
    path = library_copy / "topics" / "gratitude.en.toml"
    path.write_text(edit(path.read_text()))  # type: ignore[operator]
    with pytest.raises(LibraryError) as caught:
        load_library(library_copy)
    assert caught.value.message.startswith(expected)


def test_empty_key_points_are_reported(library_copy: Path) -> None:
    path = library_copy / "topics" / "self-care.es.toml"
    text = path.read_text()
    start = text.index("key_points = [")
    end = text.index("]", start)
    path.write_text(text[:start] + "key_points = [" + text[end:])
    with pytest.raises(LibraryError, match=r"self-care.es.toml: 'key_points' has no lines"):
        load_library(library_copy)


def test_a_crisis_line_without_a_number_is_reported(library_copy: Path) -> None:
    path = library_copy / "crisis-lines.toml"
    path.write_text('[[line]]\nname = { en = "Somewhere", es = "Algún lugar" }\n')
    with pytest.raises(LibraryError, match=r"crisis-lines.toml: line 1: 'contact.en' is empty"):
        load_library(library_copy)
