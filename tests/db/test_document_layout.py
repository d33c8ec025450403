"""Layout promises a person would notice: the poster stays on one page however busy the week,
and sign-in sheets use their pages to the end."""

from __future__ import annotations

from datetime import date, time

from peercenter.db.engine import Database
from peercenter.reports import poster, signin
from peercenter.services.handouts import gather
from tests import factories
from tests.pdf_helpers import pdf_text, reader


def test_a_busy_week_still_fits_one_poster(sqlite_database: Database) -> None:
    admin = factories.center(sqlite_database)
    for i in range(9):
        factories.handout_group(
            sqlite_database,
            admin,
            name=f"Daily group number {i + 1}",
            start=time(8 + i, 0),
            room=f"Room {i}",
            facilitators=(),
            rrule="FREQ=DAILY;COUNT=7",
        )
    with sqlite_database.session() as s:
        pdf = poster.build(gather.poster(s, admin, date(2026, 3, 2), gather.print_options(s)))
    assert len(reader(pdf).pages) == 1
    text = pdf_text(pdf)
    assert text.count("Daily group number 9") == 7


def test_sign_in_rows_fill_the_page_and_continue_with_headings(sqlite_database: Database) -> None:
    admin = factories.center(sqlite_database)
    few = factories.handout_group(sqlite_database, admin, people=(("Ana", "Ruiz", True, False),))
    many = factories.handout_group(
        sqlite_database,
        admin,
        name="Big circle",
        people=tuple((f"Person{i:02d}", "Lee", True, False) for i in range(40)),
    )
    with sqlite_database.session() as s:
        small = signin.build(gather.sign_in_sheet(s, admin, few[0], gather.print_options(s)))
        large = signin.build(gather.sign_in_sheet(s, admin, many[0], gather.print_options(s, "a4")))
    assert len(reader(small).pages) == 1
    rows = [int(n) for n in pdf_text(small).split() if n.isdigit() and int(n) < 100]
    assert max(rows) > 9  # more blank lines than the minimum: the page is filled
    pages = reader(large).pages
    assert len(pages) == 2
    second = pages[1].extract_text()
    assert "Time in" in second and "Initials" in second  # the heading row repeats
    assert "Person39 L." in second
    last_row = max(int(n) for n in second.split() if n.isdigit() and int(n) < 100)
    assert last_row > 40 + 8  # more blank lines than asked for: the page is used to its end
