"""The calendar's day and month names are spelled as everywhere else in the program, whatever
region the computer is set to: Qt's own names differ by region ("Sept" in Britain, "sep" in
Mexico) where the rest of the program writes one spelling per language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from peercenter import i18n, paths
from peercenter.domain import timefmt
from peercenter.ui.screens.calendar.day_names import (
    day_header,
    month_title,
    week_title,
    weekday_names,
)


@pytest.fixture
def region() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    "language, system, header, week, month",
    [
        ("en", "en_GB", "Mon 7 Sep", "Week of 7 Sep – 13 Sep 2026", "September 2026"),
        ("es", "es_MX", "Lun 7 sept", "Semana del 7 sept al 13 sept 2026", "Septiembre de 2026"),
    ],
)
def test_a_september_week_in_another_region(
    qtbot: object, region: None, language: str, system: str, header: str, week: str, month: str
) -> None:
    from peercenter.ui.language import apply_language

    apply_language(language)
    i18n.activate(language, system, paths.resource("translations"))
    QLocale.setDefault(QLocale(system))
    monday = date(2026, 9, 7)
    assert day_header(monday, True) == header
    assert week_title(monday, date(2026, 9, 13)) == week
    assert month_title(monday) == month
    # The same spelling as a date anywhere else: the agenda, a message, a paper.
    assert header.lower().endswith(timefmt.day_month(monday).lower())
    assert weekday_names()[0] == header.split()[0]
