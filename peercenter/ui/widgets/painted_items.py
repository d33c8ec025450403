"""Painted views (the calendar's week and month) tell assistive technology about what they
draw: each item (a session) is a small QObject with a name, a description and where it is,
and the view's accessible interface lists them as its children. Qt's accessibility cache owns
the interfaces and drops them with their objects, so the items are reused, not recreated,
as the view is refilled."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class PaintedItem(QObject):
    """One thing a view draws, as a screen reader hears it."""

    def __init__(self, view: ItemsView, index: int) -> None:
        super().__init__(view)
        self.view = view
        self.index = index

    @property
    def name(self) -> str:
        return self.view.item_name(self.index)

    @property
    def description(self) -> str:
        return self.view.item_description(self.index)

    def rect(self) -> QRect:
        """Where it is drawn, in the view's coordinates; empty when it is not drawn."""
        return self.view.item_rect(self.index)


class ItemsView(QWidget):
    """A focusable widget that paints items. Subclasses call ``set_item_count`` when they
    are refilled and ``focus_item`` when the keyboard moves to an item, and say what each
    item is and where it is drawn (``item_name``, ``item_description``, ``item_rect``); these
    are asked only when assistive technology looks."""

    item_role = QAccessible.Role.ListItem
    view_role = QAccessible.Role.List

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _install_factory()
        self._pool: list[PaintedItem] = []
        self._count = 0
        self._focused = -1

    def accessible_items(self) -> list[PaintedItem]:
        return self._pool[: self._count]

    def focused_item(self) -> PaintedItem | None:
        return self._pool[self._focused] if 0 <= self._focused < self._count else None

    def set_item_count(self, count: int) -> None:
        """The view now draws ``count`` items, numbered in reading order."""
        while len(self._pool) < count:
            self._pool.append(PaintedItem(self, len(self._pool)))
        self._count = count
        self._focused = -1

    def item_name(self, index: int) -> str:
        return ""

    def item_description(self, index: int) -> str:
        return ""

    def item_rect(self, index: int) -> QRect:
        """Where item ``index`` is drawn, in the view's coordinates."""
        return QRect()

    def focus_item(self, index: int | None) -> None:
        """The keyboard is on item ``index`` (None: on no item): tell assistive technology."""
        self._focused = -1 if index is None or not 0 <= index < self._count else index
        item = self.focused_item()
        if item is None or not self.hasFocus() or not QAccessible.isActive():
            return
        interface = QAccessible.queryAccessibleInterface(item)
        if interface is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(interface, QAccessible.Event.Focus))


# Qt answers nullptr where there is no parent, child or focus; the stubs leave that out,
# hence the ignored overrides below.
class _ItemInterface(QAccessibleObject):
    def __init__(self, item: PaintedItem) -> None:
        super().__init__(item)
        self.item = item

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self.item.view)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def role(self) -> QAccessible.Role:
        return self.item.view.item_role

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.item.name
        if kind == QAccessible.Text.Description:
            return self.item.description
        return ""

    def rect(self) -> QRect:
        rect = self.item.rect()
        if rect.isEmpty():
            return QRect()
        return QRect(self.item.view.mapToGlobal(rect.topLeft()), rect.size())

    def state(self) -> QAccessible.State:
        view = self.item.view
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        chosen = view.focused_item() is self.item
        state.selected = chosen
        state.focused = chosen and view.hasFocus()
        state.invisible = self.item.rect().isEmpty()
        return state


class _ViewInterface(QAccessibleWidget):
    def __init__(self, view: ItemsView) -> None:
        super().__init__(view, view.view_role)
        self.view = view

    def childCount(self) -> int:
        return len(self.view.accessible_items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self.view.accessible_items()
        return (
            QAccessible.queryAccessibleInterface(items[index]) if 0 <= index < len(items) else None
        )

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object() if child is not None else None
        for index, item in enumerate(self.view.accessible_items()):
            if item is target:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        item = self.view.focused_item()
        if item is None or not self.view.hasFocus():
            return None
        return QAccessible.queryAccessibleInterface(item)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        point = self.view.mapFromGlobal(QPoint(x, y))
        for item in self.view.accessible_items():
            if item.rect().contains(point):
                return QAccessible.queryAccessibleInterface(item)
        return None


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, ItemsView):
        return _ViewInterface(obj)
    if isinstance(obj, PaintedItem):
        return _ItemInterface(obj)
    return None


_installed = False


def _install_factory() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
