"""The shared table model and sort proxy, tested without a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from peercenter.ui.tables import (
    RIGHT,
    ROW_ROLE,
    Column,
    RowStyle,
    RowTableModel,
    SortProxy,
)
from tests.gui.helpers import column_texts


@dataclass(frozen=True)
class Person:
    name: str
    hours: float
    hired: date | None
    gone: bool = False


COLUMNS: list[Column[Person]] = [
    Column("Name", lambda p: p.name),
    Column("Hours", lambda p: f"{p.hours:g} h", sort=lambda p: p.hours, align=RIGHT),
    Column("Hired", lambda p: f"{p.hired:%d %b %Y}" if p.hired else "", sort=lambda p: p.hired),
]
PEOPLE = [
    Person("bea", 9, date(2024, 3, 9)),
    Person("Al", 10, date(2023, 12, 1)),
    Person("Cy", 100, None, gone=True),
]


def _proxy() -> tuple[RowTableModel[Person], SortProxy]:
    model: RowTableModel[Person] = RowTableModel(
        COLUMNS, lambda p: RowStyle(muted=True, tooltip="Left") if p.gone else None
    )
    model.set_rows(PEOPLE)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_numbers_sort_as_numbers_not_text() -> None:
    _model, proxy = _proxy()
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, "Hours") == ["9 h", "10 h", "100 h"]


def test_dates_sort_as_dates_and_empty_ones_come_last() -> None:
    _model, proxy = _proxy()
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, "Hired") == ["01 Dec 2023", "09 Mar 2024", ""]


def test_text_sorts_ignoring_case() -> None:
    _model, proxy = _proxy()
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, "Name") == ["Al", "bea", "Cy"]


def test_filter_matches_any_column_ignoring_case() -> None:
    _model, proxy = _proxy()
    proxy.setFilterFixedString("MAR 2024")
    assert column_texts(proxy, "Name") == ["bea"]


def test_rows_carry_their_object_style_and_alignment() -> None:
    model, proxy = _proxy()
    assert proxy.row_at(2) is PEOPLE[2]
    assert model.index(0, 0).data(ROW_ROLE) is PEOPLE[0]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert isinstance(model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "Left"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_replacing_rows_resets_the_model() -> None:
    model, proxy = _proxy()
    model.set_rows(PEOPLE[:1])
    assert proxy.rowCount() == 1
    assert model.rows == PEOPLE[:1]
