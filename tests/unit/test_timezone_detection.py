"""The first-start window suggests the computer's own time zone, on Windows too (whose zones
have names of their own), and UTC only when the computer says nothing readable."""

from __future__ import annotations

import pytest
import tzlocal

from peercenter.services import clock


@pytest.mark.parametrize(
    ("windows_name", "iana"),
    [
        ("Central Standard Time", "America/Chicago"),
        ("Eastern Standard Time", "America/New_York"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("US Mountain Standard Time", "America/Phoenix"),
        ("Hawaiian Standard Time", "Pacific/Honolulu"),
        ("SA Pacific Standard Time", "America/Bogota"),
        ("Romance Standard Time", "Europe/Paris"),
    ],
)
def test_a_windows_computer_gets_its_own_zone(
    monkeypatch: pytest.MonkeyPatch, windows_name: str, iana: str
) -> None:
    monkeypatch.setattr(clock.sys, "platform", "win32")
    monkeypatch.setattr(clock, "_windows_zone_key", lambda: windows_name)
    assert clock.detect_local_timezone() == iana


def test_a_windows_zone_nobody_knows_is_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock.sys, "platform", "win32")
    monkeypatch.setattr(clock, "_windows_zone_key", lambda: None)
    assert clock.detect_local_timezone() == "UTC"
    monkeypatch.setattr(clock, "_windows_zone_key", lambda: "Nowhere Standard Time")
    assert clock.detect_local_timezone() == "UTC"


def test_linux_reads_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock.sys, "platform", "linux")
    monkeypatch.setenv("TZ", "America/Denver")
    # tzlocal keeps the first answer of the process; an earlier test may have asked first.
    tzlocal.reload_localzone()
    try:
        assert clock.detect_local_timezone() == "America/Denver"
    finally:
        monkeypatch.undo()
        tzlocal.reload_localzone()
