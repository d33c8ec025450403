"""The command line teaches itself: each --help ends with an example that runs as written, and
a mistyped command gets the nearest real one suggested."""

from __future__ import annotations

import argparse
import shlex

import pytest

from peercenter.cli import build_parser, main
from peercenter.commands.help import EXAMPLES, example_lines, subcommands

GLOBAL_OPTIONS = {"--db", "--user"}


def all_commands(
    parser: argparse.ArgumentParser, command: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(command, parser)]
    for name, sub in subcommands(parser).items():
        found += all_commands(sub, f"{command} {name}".strip())
    return found


COMMANDS = all_commands(build_parser())


def without_global_options(argv: list[str]) -> list[str]:
    rest, skip = [], False
    for word in argv:
        if skip:
            skip = False
        elif word in GLOBAL_OPTIONS:
            skip = True
        else:
            rest.append(word)
    return rest


@pytest.mark.parametrize(
    ("command", "parser"), COMMANDS, ids=[c or "peercenter" for c, _ in COMMANDS]
)
def test_every_help_ends_with_an_example(command: str, parser: argparse.ArgumentParser) -> None:
    lines = example_lines(command)
    assert lines, f"'peercenter {command} --help' has no example: add one to EXAMPLES"
    text = parser.format_help()
    assert "example" in text.split("options:")[-1]
    for line in lines:
        assert f"\n  {line}\n" in text  # on a line of its own, never wrapped


def test_no_example_is_for_a_command_that_does_not_exist() -> None:
    assert set(EXAMPLES) == {command for command, _ in COMMANDS}


@pytest.mark.parametrize("command", sorted(EXAMPLES), ids=lambda c: c or "peercenter")
def test_every_example_is_a_valid_command_line(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for line in example_lines(command):
        argv = shlex.split(line)
        assert argv[0] == "peercenter"
        words = without_global_options(argv[1:])
        assert words[: len(command.split())] == command.split(), line
        if "--help" in argv:
            with pytest.raises(SystemExit) as leaving:
                build_parser().parse_args(argv[1:])
            assert leaving.value.code == 0
            assert "example" in capsys.readouterr().out
        else:
            build_parser().parse_args(argv[1:])  # a usage error would exit 2 here


@pytest.mark.parametrize(
    ("argv", "typed", "nearest"),
    [
        (["sesions"], "sesions", "peercenter sessions"),
        (["--user", "admin", "Backup"], "Backup", "peercenter backup"),
        (["demos"], "demos", "peercenter demo"),
        (["db", "upgarde"], "upgarde", "peercenter db upgrade"),
        (["report", "hour", "x", "-o", "x.pdf"], "hour", "peercenter report hours"),
    ],
)
def test_a_mistyped_command_gets_the_nearest_one(
    argv: list[str], typed: str, nearest: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(argv)
    assert leaving.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.endswith(f"error: there is no command '{typed}'; did you mean '{nearest}'?")


def test_a_command_like_nothing_lists_them_all(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["xyzzy"])
    assert leaving.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("peercenter: error: there is no command 'xyzzy'; choose from gui, ")
    for command, _parser in COMMANDS:
        if command and " " not in command:
            assert command in error
