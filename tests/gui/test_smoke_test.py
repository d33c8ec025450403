"""`peercenter gui --smoke-test` in this process: every screen is visited and a handout made,
and a screen that breaks turns the result into a failure that names it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from peercenter.ui.navigation import SCREENS
from peercenter.ui.screens.rooms import RoomsScreen
from peercenter.ui.smoke_test import run_smoke_test


def test_every_screen_is_visited_and_a_handout_made(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_smoke_test(lambda: qapp) == 0
    out = capsys.readouterr().out
    for spec in SCREENS:  # the administrator sees every screen
        assert f"screen ok: {spec.title}\n" in out
    assert "handout ok: " in out
    assert out.rstrip().endswith("Smoke test passed.")


def test_a_screen_that_shows_a_message_fails_the_test_and_is_named(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_refresh(self: RoomsScreen) -> None:
        QMessageBox.warning(self, "PeerCenter", "The rooms could not be read.")

    monkeypatch.setattr(RoomsScreen, "refresh", broken_refresh)
    assert run_smoke_test(lambda: qapp) == 1
    out = capsys.readouterr().out
    assert "FAILED: message shown: The rooms could not be read." in out
    assert "screen ok: Rooms" not in out and "screen ok: Today" in out
    assert "Smoke test failed: 1 problem(s)." in out


def test_a_screen_that_raises_fails_the_test(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_refresh(self: RoomsScreen) -> None:
        raise RuntimeError("rooms table missing")

    monkeypatch.setattr(RoomsScreen, "refresh", broken_refresh)
    assert run_smoke_test(lambda: qapp) == 1
    assert "rooms table missing" in capsys.readouterr().out
