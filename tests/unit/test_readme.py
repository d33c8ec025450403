"""The README's promises that the code can check."""

from __future__ import annotations

from pathlib import Path

from peercenter.domain.permissions import matrix_markdown

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_permission_matrix_is_the_one_in_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- permission-matrix:start -->")[1].split(
        "<!-- permission-matrix:end -->"
    )[0]
    assert section.strip() == matrix_markdown()


def test_quick_start_is_the_two_make_commands() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Quick start")[1].split("```sh")[1].split("```")[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]
