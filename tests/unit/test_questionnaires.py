"""The shipped questionnaires load, and the CBI scores as published (hand-computed sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from peercenter.domain import questionnaires as q
from peercenter.paths import resource
from peercenter.services.wellbeing import questionnaires

FILES = Path(resource("questionnaires"))


def load(name: str) -> q.Questionnaire:
    return q.parse((FILES / f"{name}.toml").read_text(encoding="utf-8"), f"{name}.toml")


CBI = load("cbi")
ALWAYS, OFTEN, SOMETIMES, SELDOM, NEVER = 5, 4, 3, 2, 1


def test_the_cbi_has_19_items_in_three_scales_with_the_published_wording() -> None:
    assert [(s.id, len(s.items), s.min_answered) for s in CBI.scales] == [
        ("personal", 6, 3),
        ("work", 7, 4),
        ("client", 6, 3),
    ]
    texts = {i.id: i.text for i in CBI.items}
    assert texts["personal_1"] == "How often do you feel tired?"
    energy = CBI.item("work_7")
    assert energy is not None and energy.reverse
    assert energy.text == "Do you have enough energy for family and friends during leisure time?"
    assert [i.id for i in CBI.items if i.reverse] == ["work_7"]
    assert all("clients" in texts[f"client_{n}"] for n in range(1, 7))
    assert "Work & Stress, 19(3), 192-207" in CBI.source
    assert "free use" in CBI.terms
    assert [o.score for o in CBI.items[0].options] == [100, 75, 50, 25, 0]


def test_a_full_answer_set_scores_each_scale_as_the_mean() -> None:
    answers = {f"personal_{i}": OFTEN for i in range(1, 6)} | {"personal_6": SELDOM}
    answers |= {
        "work_1": 4,
        "work_2": 3,
        "work_3": 5,  # degree: 75, 50, 100
        "work_4": ALWAYS,
        "work_5": OFTEN,
        "work_6": SOMETIMES,  # 100, 75, 50
        "work_7": ALWAYS,
    }  # reversed: 0
    answers |= {
        "client_1": 1,
        "client_2": 2,
        "client_3": 3,
        "client_4": 4,
        "client_5": 5,
        "client_6": 1,
    }  # 0, 25, 50, 75, 100, 0
    result = q.score(CBI, answers)
    assert result.scores["personal"] == pytest.approx(400 / 6)  # 66.7
    assert result.scores["work"] == pytest.approx(450 / 7)  # 64.3
    assert result.scores["client"] == pytest.approx(250 / 6)  # 41.7
    assert result.unscored(CBI) == []


@pytest.mark.parametrize(
    ("energy", "expected"), [(ALWAYS, 0), (OFTEN, 25), (SOMETIMES, 50), (SELDOM, 75), (NEVER, 100)]
)
def test_energy_for_family_and_friends_is_reverse_scored(energy: int, expected: float) -> None:
    answers = {"work_4": NEVER, "work_5": NEVER, "work_6": NEVER, "work_7": energy}
    assert q.score(CBI, answers).scores["work"] == pytest.approx(expected / 4)


def test_missing_answers_leave_a_scale_unscored_below_its_minimum() -> None:
    # Personal: 2 of 6 answered is too few, 3 is enough (the mean of those three).
    two = {"personal_1": ALWAYS, "personal_2": OFTEN}
    assert q.score(CBI, two).scores["personal"] is None
    three = two | {"personal_3": NEVER, "personal_4": None}
    assert q.score(CBI, three).scores["personal"] == pytest.approx(175 / 3)
    # Work-related: 3 of 7 is too few, 4 is enough.
    work3 = {"work_1": 5, "work_2": 5, "work_7": NEVER}
    assert q.score(CBI, work3).scores["work"] is None
    assert q.score(CBI, work3 | {"work_3": 1}).scores["work"] == pytest.approx(300 / 4)
    # Client-related: 2 of 6 is too few, 3 is enough.
    client2 = {"client_5": OFTEN, "client_6": SELDOM}
    result = q.score(CBI, client2)
    assert result.scores["client"] is None
    assert result.answered["client"] == 2
    assert [s.id for s in result.unscored(CBI)] == ["personal", "work", "client"]
    assert q.score(CBI, client2 | {"client_1": 3}).scores["client"] == pytest.approx(50)


def test_answers_that_are_not_answers_are_named() -> None:
    problems = q.answer_problems(
        CBI, {"work_1": 9, "nonsense": 1, "work_2": "often", "work_3": None}
    )
    assert set(problems) == {"work_1", "nonsense", "work_2"}
    assert problems["work_1"].startswith("Choose one of: To a very high degree")


def test_the_pulse_matches_what_check_ins_store() -> None:
    pulse = load("pulse")
    assert (pulse.id, [i.id for i in pulse.items], [s.id for s in pulse.scales]) == (
        "pulse",
        ["mood"],
        ["pulse"],
    )
    assert not pulse.higher_is_worse and pulse.cutoffs == "pulse"
    assert q.score(pulse, {"mood": 2}).scores == {"pulse": 2}
    assert q.score(pulse, {}).scores == {"pulse": None}


GOOD = (FILES / "pulse.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('id = "pulse"\n', ""), "mine.toml: id: is missing"),
        (('worse = "lower"', 'worse = "sideways"'), "mine.toml: worse: should be"),
        (('cutoffs = "pulse"', 'cutoffs = "cbi"'), "mine.toml: cutoffs: 'cbi' does not match"),
        (('scale = "pulse"', 'scale = "mood"'), "mine.toml: scales[0].id: no question belongs"),
        (
            ('responses = "week"', 'responses = "weak"'),
            "mine.toml: items[0].responses: 'weak' is not one of the response sets (week)",
        ),
        (
            ("min_answered = 1", "min_answered = 2"),
            "mine.toml: scales[0].min_answered: should be between 1 and 1",
        ),
        (
            ("score = 3 }", 'score = "three" }'),
            "mine.toml: responses.week.options[2].score: should be a number, not 'three'",
        ),
        (("[[items]]", "[[items]"), "mine.toml: not valid TOML"),
    ],
)
def test_a_broken_file_names_the_file_and_the_field(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(q.QuestionnaireFileError) as exc:
        q.parse(GOOD.replace(old, new, 1), "mine.toml")
    assert exc.value.message.startswith(message)


def test_the_spanish_pulse_asks_the_same_question_scored_the_same_way() -> None:
    spanish = load("pulse.es")
    assert spanish.language == "es" and spanish.items[0].text.startswith("Considerando todo")
    assert q.variant_problem(load("pulse"), spanish) is None
    assert q.score(spanish, {"mood": 2}).scores == q.score(load("pulse"), {"mood": 2}).scores


def test_a_person_is_asked_in_their_language_where_there_is_a_version_in_it() -> None:
    spanish = {x.id: x.language for x in questionnaires.available("es")}
    english = {x.id: x.language for x in questionnaires.available("en")}
    # The burnout inventory is asked in its published English wording.
    assert spanish == {"cbi": "en", "pulse": "es"}
    assert english == {"cbi": "en", "pulse": "en"}


def test_a_translation_that_does_not_score_alike_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    own = tmp_path / "questionnaires"
    own.mkdir()
    spanish = (FILES / "pulse.es.toml").read_text(encoding="utf-8")
    (own / "pulse.es.toml").write_text(spanish.replace("score = 5 }", "score = 50 }"), "utf-8")
    monkeypatch.setattr(questionnaires, "folders", lambda: [FILES, own])
    with caplog.at_level("WARNING"):
        chosen = {x.id: x for x in questionnaires.available("es")}
    assert chosen["pulse"].language == "en"  # asked in English rather than scored wrongly
    assert "pulse.es.toml not used" in caplog.text
    with pytest.raises(q.QuestionnaireFileError, match="language: should be one of"):
        q.parse(GOOD.replace('id = "pulse"', 'id = "pulse"\nlanguage = "fr"'), "mine.toml")
