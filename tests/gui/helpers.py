"""Small helpers the window tests share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import auth
from peercenter.services.context import Actor
from tests import factories


def header_titles(model: QAbstractItemModel) -> list[str]:
    """The column titles, left to right."""
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def column_texts(model: QAbstractItemModel, title: str) -> list[str]:
    """The visible text of one column, top to bottom, as the user sees it."""
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_texts(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def sign_in_as(
    db: Database,
    admin: Actor,
    role: Role,
    username: str = "sam",
    first: str = "Sam",
    last: str = "Rivera",
) -> Actor:
    factories.staff_with_login(db, admin, username, role, first, last)
    return auth.login(db, username, factories.PASSWORD)


def cell(model: QAbstractItemModel, row: int, title: str, role: Any = None) -> Any:
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    index = model.index(row, column)
    return index.data() if role is None else index.data(role)
