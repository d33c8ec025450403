"""Credential programs as TOML files: the shipped ones load, and a malformed file is refused
with a message that names the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from peercenter.domain.credentials.program import ProgramDefinitionError, parse_program, to_mapping
from peercenter.domain.enums import RequirementKind
from peercenter.services.credentials.shipped import load_program_file, shipped_programs

GOOD = """
code = "center-peer"
name = "Center peer track"
source = "Our own policy, 2026"
renewal_months = 12

[[requirement]]
name = "Training"
kind = "training_hours"
hours = 20
"""


def test_the_four_shipped_programs_load_and_name_their_source() -> None:
    programs = {p.spec.code: p for p in shipped_programs()}
    assert set(programs) == {"icrc-pr", "naadac-ncprss", "texas-hhsc-ps", "pennsylvania-crs"}
    for shipped in programs.values():
        assert shipped.spec.source.strip()
        assert len(shipped.sha256) == 64
    icrc = programs["icrc-pr"].spec
    domains = {
        r.name: r.hours for r in icrc.requirements if r.kind is RequirementKind.TRAINING_HOURS
    }
    assert domains == {
        "Training, all domains": 46,
        "Training: Advocacy": 10,
        "Training: Mentoring/Education": 10,
        "Training: Recovery/Wellness Support": 10,
        "Training: Ethical Responsibility": 16,
    }
    assert icrc.renewal_months == 24
    assert programs["pennsylvania-crs"].spec.requirements[0].hours == 78
    texas = programs["texas-hhsc-ps"].spec
    assert texas.initial_period_months == 6 and texas.requirements[0].within_months == 6


def test_no_shipped_training_total_counts_training_outside_its_domains() -> None:
    """A total of training hours names the domains it adds up; training in anything else
    (first aid, forklift safety) never counts toward a board's training requirement."""
    for shipped in shipped_programs():
        for r in shipped.spec.requirements:
            if r.kind is RequirementKind.TRAINING_HOURS:
                assert r.domains, f"{shipped.file_name}: {r.name} counts any training"
                assert not r.accepts_domain("First Aid")
                assert not r.accepts_domain(None)


def test_across_domains_adds_up_the_other_requirements_domains(tmp_path: Path) -> None:
    path = tmp_path / "center-peer.toml"
    path.write_text(
        GOOD.replace("hours = 20", 'hours = 20\nacross_domains = true\ndomains = ["Peer Recovery"]')
        + '\n[[requirement]]\nname = "Ethics"\nkind = "training_hours"\nhours = 6\n'
        'domains = ["Ethics", "ethical responsibility"]\n'
        '\n[[requirement]]\nname = "Advocacy"\nkind = "training_hours"\nhours = 4\n'
        'domains = ["Advocacy", "ETHICS"]\n'
        '\n[[requirement]]\nname = "CE ethics"\nkind = "continuing_education"\nhours = 2\n'
        'domains = ["CE only"]\n',
        encoding="utf-8",
    )
    spec = load_program_file(path).spec
    # Its own domains first, then the others' in file order, each once; CE is another kind.
    assert spec.requirements[0].domains == (
        "Peer Recovery",
        "Ethics",
        "ethical responsibility",
        "Advocacy",
    )
    assert parse_program(to_mapping(spec), "copy") == spec
    alone = tmp_path / "alone.toml"
    alone.write_text(GOOD.replace("hours = 20", "hours = 20\nacross_domains = true"), "utf-8")
    with pytest.raises(ProgramDefinitionError) as exc:
        load_program_file(alone)
    assert exc.value.message == (
        "alone.toml: requirement[1].across_domains: no other training_hours requirement of "
        "this phase names a domain to add up"
    )
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(
        GOOD.replace(
            'kind = "training_hours"', 'kind = "supervision_hours"\nacross_domains = true'
        ),
        "utf-8",
    )
    with pytest.raises(ProgramDefinitionError, match=r"requirement\[1\].across_domains: only"):
        load_program_file(wrong)


def test_a_definition_survives_a_round_trip() -> None:
    for shipped in shipped_programs():
        assert parse_program(to_mapping(shipped.spec), "copy") == shipped.spec


@pytest.mark.parametrize(
    "change, field, words",
    [
        (("hours = 20", "hours = -3"), "requirement[1].hours", "more than 0"),
        (("hours = 20", "hours = 0"), "requirement[1].hours", "more than 0"),
        (("hours = 20", 'hours = "twenty"'), "requirement[1].hours", "not text"),
        (("hours = 20\n", ""), "requirement[1].hours", "is required"),
        (('kind = "training_hours"', 'kind = "hours"'), "requirement[1].kind", "not one of"),
        (('name = "Training"', 'nmae = "Training"'), "requirement[1].nmae", "unknown field"),
        (('name = "Center peer track"\n', ""), "name", "is required"),
        (('code = "center-peer"', 'code = "Center Peer!"'), "code", "lower-case"),
        (("renewal_months = 12", "renewal_months = 0"), "renewal_months", "between 1"),
        (
            ('kind = "training_hours"', 'kind = "continuing_education"\nphase = "initial"'),
            "requirement[1].phase",
            "renewal cycle",
        ),
        (
            ('kind = "training_hours"\nhours = 20', 'kind = "supervision_frequency"'),
            "requirement[1].period",
            "week or month",
        ),
        (
            ('kind = "training_hours"', 'kind = "experience_hours"\ndomains = ["Ethics"]'),
            "requirement[1].domains",
            "only training",
        ),
        (("renewal_months = 12\n", ""), "", None),  # no renewal requirement: fine without it
    ],
)
def test_malformed_file_names_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], field: str, words: str | None
) -> None:
    path = tmp_path / "center-peer.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    if words is None:
        assert load_program_file(path).spec.renewal_months is None
        return
    with pytest.raises(ProgramDefinitionError) as exc:
        load_program_file(path)
    assert exc.value.message.startswith(f"center-peer.toml: {field}: ")
    assert words in exc.value.message
    assert exc.value.field_errors == {field: exc.value.message}


def test_file_problems_before_the_fields(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "unclosed\n', encoding="utf-8")
    with pytest.raises(ProgramDefinitionError, match=r"^broken.toml: \(file\): is not valid TOML"):
        load_program_file(broken)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(GOOD.replace("Our own", "Caf\xe9").encode("latin-1"))
    with pytest.raises(ProgramDefinitionError, match=r"latin.toml.*not UTF-8"):
        load_program_file(latin)
    nameless = tmp_path / "nameless.toml"
    nameless.write_text(GOOD.replace('source = "Our own policy, 2026"\n', ""), encoding="utf-8")
    with pytest.raises(ProgramDefinitionError, match=r"nameless.toml: source: .*name its source"):
        load_program_file(nameless)
    empty = tmp_path / "empty.toml"
    empty.write_text(GOOD.split("[[requirement]]")[0], encoding="utf-8")
    with pytest.raises(ProgramDefinitionError, match=r"empty.toml: requirement: .*at least one"):
        load_program_file(empty)


def test_two_files_with_one_code_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD.replace("Center peer track", "Other"), encoding="utf-8")
    with pytest.raises(
        ProgramDefinitionError,
        match=r"b.toml: code: .center-peer. is also "
        r"the code in a.toml",
    ):
        shipped_programs(tmp_path)


def test_requirement_names_are_unique_within_a_program(tmp_path: Path) -> None:
    path = tmp_path / "twice.toml"
    path.write_text(
        GOOD + '\n[[requirement]]\nname = "training"\nkind = "training_hours"\nhours = 5\n',
        encoding="utf-8",
    )
    with pytest.raises(ProgramDefinitionError, match=r"requirement\[2\].name: .*used twice"):
        load_program_file(path)
