"""The one table model behind every figure table on screen: `core.rows.Row`
specs over a list of items (scenarios, relief options, expiries).

Two shapes: each Row a line and each item a column (the comparison, the
financing plan, the relief options), or `transposed`, each item a line and
each Row a column (the expiry lists). The model only renders what the Row
gives (text, mark, state, bold); it never computes a figure.

An update of the small tables (`set_items`) computes every cell, compares it
with what is shown and emits one dataChanged per block of consecutive rows that
changed: no reset and no widget per cell, so an edit repaints only the figures
that moved (issue 23's 16 ms budget). The long lists (transposed) compute a
cell when the view asks for it and reset on a new list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.i18n import tr
from ..core.rows import STATE_WORDS, Cell, Row, blank, text_columns
from . import qtvalues as qv

# roles as the ints a view passes to data(): comparing Qt enums in Python on every call is
# slow, and importing Qt's namespace before the first frame costs ~25 ms (ui/qtvalues.py)
DISPLAY, ALIGN, FONT, EDIT = qv.DISPLAY_ROLE, qv.ALIGNMENT_ROLE, qv.FONT_ROLE, qv.EDIT_ROLE
BACKGROUND, FOREGROUND = qv.BACKGROUND_ROLE, qv.FOREGROUND_ROLE
TOOLTIP, ACCESSIBLE = qv.TOOLTIP_ROLE, qv.ACCESSIBLE_TEXT_ROLE
SORT_ROLE = qv.USER_ROLE + 1  # the figure's own value, for a sort proxy
PAINTED = frozenset((DISPLAY, ALIGN, FONT, BACKGROUND, FOREGROUND))
LAZY = frozenset((TOOLTIP, ACCESSIBLE, SORT_ROLE))  # asked for seldom: worked out when asked
HEADER_ROLES = frozenset((DISPLAY, TOOLTIP, FONT))
STATE_COLOURS = {"ok": "#d5efd9", "tight": "#fbe7b0", "not_sustainable": "#f6cccc"}
RIGHT = qv.ALIGN_RIGHT | qv.ALIGN_VCENTER
LEFT = qv.ALIGN_LEFT | qv.ALIGN_VCENTER


class RowTableModel(QAbstractTableModel):
    """Row specs × items, read-only.

    `shade`: a marked cell (✔ ! ✖) is also shaded and set in bold (the
    comparison); without it the mark alone says it. `row_tips`: a tooltip per
    Row key for the row titles, shown through `tip_text` (default `tr`)."""

    def __init__(self, rows: Sequence[Row], *, transposed: bool = False, shade: bool = False,
                 row_tips: Mapping[str, str] | None = None, tip_text: Callable[[str], str] = tr, parent=None):
        super().__init__(parent)
        self.rows: tuple[Row, ...] = tuple(rows)
        self.transposed = transposed
        self.shade = shade
        self.row_tips = dict(row_tips or {})
        self.tip_text = tip_text
        self.items: list[Any] = []
        self.titles: list[str] = []  # the items' titles (the column headers; line headers when transposed)
        self.title_tips: list[str] = []
        self.item_names: list[str] = []  # each item's name in the accessible text of its cells
        self.selected = -1  # the item marked ▶ in bold in its header (the comparison's chosen scenario)
        self._cells: list[list[Cell]] = []  # [row][item], the small tables only
        self._roles: list[list[dict[int, Any]]] = []  # [row][item]: the painted roles of each cell
        self._blank: list[bool] = []  # per Row: "–" for every item, hidden
        self._last: tuple = (None, None, None)  # a long list's last cell asked for: (line, column), Cell, roles
        self._mirror: tuple[QStandardItemModel, QStandardItemModel] | None = None  # see mirror_headers
        self._bold = QFont()
        self._bold.setBold(True)
        # colours, not brushes: a view paints a colour as its solid brush, and QBrush's setters and
        # constructors would build Qt's enums (Qt.GlobalColor, Qt.BrushStyle) before the first frame
        self._brushes = {state: QColor(colour) for state, colour in STATE_COLOURS.items()}
        self._black = QColor("#000000")

    # --- shape -----------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's name)
        if parent is not None and parent.isValid():
            return 0
        return len(self.items) if self.transposed else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        if parent is not None and parent.isValid():
            return 0
        return len(self.rows) if self.transposed else len(self.items)

    def cell(self, row: int, item: int) -> Cell:
        if self.transposed:
            return self.rows[row].cell(self.items[item])
        return self._cells[row][item]

    def column_texts(self, item: int) -> list[tuple[str, bool]]:
        """A small table's shown texts in one item's column, with whether each
        is bold, leaving out the hidden (blank) rows: what the column must fit."""
        return [(roles[r][item][DISPLAY], FONT in roles[r][item]) for r in range(len(roles)) if not self._blank[r]] \
            if (roles := self._roles) else []

    def bold_font(self, base: QFont) -> QFont:
        f = QFont(base)
        f.setBold(True)
        return f

    # --- updates ---------------------------------------------------------------------------------
    def set_items(self, items: Sequence[Any], titles: Sequence[str] = (), tips: Sequence[str] | None = None,
                  names: Sequence[str] | None = None, rows: Sequence[Row] | None = None) -> None:
        """Show `items` under `titles`. Small tables: only the changed cells are
        announced (one dataChanged over their block); a change in the number
        of items resets. Transposed lists always reset; without `titles` their
        lines are numbered. New `rows` (other lines or columns) reset too."""
        titles, tips = list(titles), list(tips) if tips is not None else [""] * len(titles)
        names = list(names) if names is not None else titles
        if self.transposed:
            self.beginResetModel()
            self.items, self.titles, self.title_tips, self.item_names = list(items), titles, tips, names
            if rows is not None:
                self.rows = tuple(rows)
            self._last = (None, None, None)
            self.endResetModel()
            return
        new_rows = rows is not None and tuple(rows) != self.rows
        cells = [[row.cell(item) for item in items] for row in (self.rows if rows is None else rows)]
        self._blank = [blank(c.text for c in row_cells) for row_cells in cells]
        if new_rows or len(items) != len(self.items):
            self.beginResetModel()
            if rows is not None:
                self.rows = tuple(rows)
            self.items, self._cells, self.titles, self.title_tips, self.item_names = (
                list(items), cells, titles, tips, names)
            self._roles = [[self._painted(row, cell) for cell in row_cells] for row, row_cells in zip(self.rows, cells)]
            self.endResetModel()
            self._sync_headers(True)
            self._sync_headers(False)
            return
        old = self._cells
        self.items, self._cells, self.item_names = list(items), cells, names
        changed = [(r, c) for r, (new_row, old_row) in enumerate(zip(cells, old))
                   for c, (a, b) in enumerate(zip(new_row, old_row)) if a != b]
        for r, c in changed:
            self._roles[r][c] = self._painted(self.rows[r], cells[r][c])
        for top, left, bottom, right in _blocks(changed):
            self.dataChanged.emit(self.index(top, left), self.index(bottom, right))
        if titles != self.titles or tips != self.title_tips:
            self.titles, self.title_tips = titles, tips
            self._header_changed(0, len(titles) - 1)

    def set_selected(self, item: int) -> None:
        if item != self.selected:
            before, self.selected = self.selected, item
            for i in (before, item):
                if 0 <= i < len(self.items):
                    self._header_changed(i, i)

    def refresh_column(self, key: str) -> None:
        """A transposed list's column whose figures changed outside its items
        (the expiry list's last contact, read from the log)."""
        col = [r.key for r in self.rows].index(key)
        self._last = (None, None, None)
        if self.items:
            self.dataChanged.emit(self.index(0, col), self.index(len(self.items) - 1, col))

    def _header_changed(self, first: int, last: int) -> None:
        if self._mirror is not None:
            self._sync_headers(not self.transposed, first, last)
            return
        from PySide6.QtCore import Qt  # a long list's header: shown after the first frame

        orientation = Qt.Orientation.Vertical if self.transposed else Qt.Orientation.Horizontal
        self.headerDataChanged.emit(orientation, first, last)

    def blank_rows(self) -> list[bool]:
        """Per Row: does it say "–" for every item (core.rows.blank)?"""
        return self._blank

    # --- data ------------------------------------------------------------------------------------
    def _painted(self, row: Row, cell: Cell) -> dict[int, Any]:
        """The roles a view asks for on every paint, worked out once per cell
        and kept until the cell changes: a paint then costs one dict look-up
        per role instead of Python logic (issue 23)."""
        roles: dict[int, Any] = {DISPLAY: cell.shown, ALIGN: RIGHT if row.numeric else LEFT}
        shaded = self.shade and cell.state in STATE_COLOURS
        if shaded or (row.bold and not self.shade):
            roles[FONT] = self._bold
        if shaded:
            roles[BACKGROUND] = self._brushes[cell.state]
            roles[FOREGROUND] = self._black  # legible on the shade in a dark theme too
        return roles

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        r, c = index.row(), index.column()
        if r < 0:
            return None
        if not self.transposed:
            value = self._roles[r][c].get(role)
            if value is not None or role not in LAZY:
                return value
            row, item, cell = self.rows[r], c, self._cells[r][c]
        else:
            row, item = self.rows[c], r
            if role == SORT_ROLE:  # a sort asks this of every line, many times: no text needed
                return row.sort_key(self.items[item])
            if self._last[0] != (r, c):  # a view asks for a cell's roles one after another: work it out once
                cell = row.cell(self.items[item])
                self._last = ((r, c), cell, self._painted(row, cell))
            cell = self._last[1]
            if role in PAINTED:
                return self._last[2].get(role)
        if role == ACCESSIBLE:
            name = self.item_names[item] if item < len(self.item_names) else ""
            if not name:
                return f"{row.label}: {cell.text}"
            # read as the table reads: the line's title, then the column's
            text = f"{name}, {row.label}: {cell.text}" if self.transposed else f"{row.label}, {name}: {cell.text}"
            if cell.state in STATE_WORDS:
                return text + ", " + tr(STATE_WORDS[cell.state])
            tip = row.tip(self.items[item]) if row.tip is not None else ""
            return text + ", " + tip if tip and tip != cell.text else text  # what the tooltip tells, said too
        if role == TOOLTIP:
            tip = row.tip(self.items[item]) if row.tip is not None else ""
            return tip or (tr(STATE_WORDS[cell.state]) if cell.state in STATE_WORDS else None)
        if role == SORT_ROLE:
            return row.sort_key(self.items[item])
        return None

    def headerData(self, section: int, orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        return self.header(section, orientation.value == qv.HORIZONTAL, role)

    def header(self, section: int, horizontal: bool, role: int = DISPLAY) -> Any:
        """What a header says at `section` (headerData, for an orientation given as a
        bool): what the header views show, through `mirror_headers` or headerData."""
        if horizontal == self.transposed:  # the Row titles
            if role not in HEADER_ROLES or not 0 <= section < len(self.rows):
                return None  # asked on every paint of every title: answered first
            row = self.rows[section]
            if role == DISPLAY:
                return row.label
            if role == TOOLTIP:
                return self.tip_text(self.row_tips[row.key]) if row.key in self.row_tips else row.label
            if role == FONT and row.bold and self.shade:
                return self._bold
            return None
        if not 0 <= section < len(self.titles):  # the line numbers of a list, as Qt's own headerData
            return section + 1 if role == DISPLAY else None
        if role not in HEADER_ROLES:
            return None
        if role == DISPLAY:
            return f"▶ {self.titles[section]}" if section == self.selected else self.titles[section]
        if role == TOOLTIP:
            return self.title_tips[section] or None
        if role == FONT and section == self.selected:
            return self._bold
        return None

    # --- the headers' own models -----------------------------------------------------------------
    def mirror_headers(self, view: QTableView) -> None:
        """Give `view`'s two headers models of their own that hold what `header`
        says (QStandardItemModel, in C++). The header views then never call
        this model's headerData, which PySide would hand a Qt.Orientation,
        building all of Qt's namespace enums (~25 ms) before the first frame
        (ui/qtvalues.py). This model stays the one source: `_sync_headers`
        copies it into the items whenever a title, a row or the shape changes.
        After `view.setModel(self)`, which gives the headers this model."""
        self._mirror = (QStandardItemModel(view), QStandardItemModel(view))
        view.horizontalHeader().setModel(self._mirror[0])
        view.verticalHeader().setModel(self._mirror[1])
        self._sync_headers(True)
        self._sync_headers(False)

    def _sync_headers(self, horizontal: bool, first: int = 0, last: int | None = None) -> None:
        if self._mirror is None:
            return
        model = self._mirror[0 if horizontal else 1]
        n = self.columnCount() if horizontal else self.rowCount()
        if horizontal and model.columnCount() != n:
            model.setColumnCount(n)
        elif not horizontal and model.rowCount() != n:
            model.setRowCount(n)
        item_at = model.horizontalHeaderItem if horizontal else model.verticalHeaderItem
        for section in range(first, n if last is None else min(last + 1, n)):
            item = item_at(section)
            if item is None:
                item = QStandardItem()
                (model.setHorizontalHeaderItem if horizontal else model.setVerticalHeaderItem)(section, item)
            for role in HEADER_ROLES:
                value = self.header(section, horizontal, role)
                if item.data(role) != value:
                    item.setData(value, role)


def _blocks(changed: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The changed cells as blocks of consecutive rows, each over the columns
    that changed in it: a view repaints a block's rectangle, so the rows an
    edit left alone (the loan amount, the term …) are not painted again."""
    by_row: dict[int, list[int]] = {}
    for r, c in changed:
        by_row.setdefault(r, []).append(c)
    blocks: list[list[int]] = []
    for r in sorted(by_row):
        cols = by_row[r]
        if blocks and blocks[-1][2] == r - 1:
            b = blocks[-1]
            b[1], b[2], b[3] = min(b[1], *cols), r, max(b[3], *cols)
        else:
            blocks.append([r, min(cols), r, max(cols)])
    return [(top, left, bottom, right) for top, left, bottom, right in blocks]


class FigureTable(QTableView):
    """A read-only table of figures over a RowTableModel: one column per item.
    Tab leaves it (the arrow keys move inside); no selection colour, which
    would paint over the verdict shading."""

    cellDoubleClicked = Signal(int, int)  # noqa: N815 (QTableWidget's name, which the window connects)

    def __init__(self, model: RowTableModel, name: str, row_height: int = 20):
        super().__init__()
        self.setModel(model)
        if not model.transposed:
            model.mirror_headers(self)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.doubleClicked.connect(lambda index: self.cellDoubleClicked.emit(index.row(), index.column()))
        self._hidden: list[bool] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Ctrl+Tab and Ctrl+Shift+Tab leave the table as Tab does: it never traps the focus."""
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(not back)
            return
        super().keyPressEvent(event)

    def hide_blank_rows(self) -> None:
        """A row that says "–" for every item is noise (core.rows.blank)."""
        blank_rows = self.model().blank_rows()
        if blank_rows == self._hidden:
            return
        for i, hide in enumerate(blank_rows):
            if self.isRowHidden(i) != hide:
                self.setRowHidden(i, hide)
        self._hidden = list(blank_rows)


def text_at(view, row: int, column: int, role: int = DISPLAY) -> Any:
    """What a table view shows in one cell (tests and the copy of a cell read this)."""
    model = view.model()
    return model.index(row, column).data(role)


def header_at(view, section: int, orientation=None, role: int = DISPLAY) -> Any:
    """A table view's header text (or another role) at `section`, as the header
    shows it (a figure table's headers have models of their own: `RowTableModel.mirror_headers`)."""
    from PySide6.QtCore import Qt

    orientation = Qt.Orientation.Horizontal if orientation is None else orientation
    header = view.horizontalHeader() if orientation == Qt.Orientation.Horizontal else view.verticalHeader()
    return header.model().headerData(section, orientation, role)


def show_text(view: QTableView, header: Sequence[str], lines: Sequence[Sequence[str]], **columns) -> None:
    """Show a table the core wrote as text in `view` (a text_table): a line per
    list of strings, the first string naming the line in the accessible text.
    `columns` go to core.rows.text_columns (numeric=, tip=)."""
    view.model().set_items(lines, names=[line[0] if line else "" for line in lines],
                           rows=text_columns(header, **columns))


def text_table(name: str, row_height: int | None = 19, selectable: bool = False) -> QTableView:
    """A read-only view for show_text: no line numbers, Tab leaves it; no
    selection colour unless `selectable` (a list one picks a line from)."""
    view = QTableView()
    view.setModel(RowTableModel((), transposed=True, parent=view))
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if not selectable:
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    return view


class EditTableModel(QAbstractTableModel):
    """A small editable table of text cells: a list of strings per row under
    `header`. What was typed is kept as typed; core (core/dataedit.py) reads and
    checks it. `editable`: the columns one may type in (default all); `right`:
    the columns aligned right (figures). A refused cell is shaded (`mark`)."""

    def __init__(self, header: Sequence[str], *, editable: Sequence[int] | None = None,
                 right: Sequence[int] = (), parent=None):
        super().__init__(parent)
        self.header = list(header)
        self.editable = frozenset(range(len(self.header)) if editable is None else editable)
        self.right = frozenset(right)
        self.cells: list[list[str]] = []
        self.bad: tuple[int, int] | None = None
        self._bad_brush = QBrush(QColor("#f8d7da"))

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent is not None and parent.isValid() else len(self.cells)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.header)

    def flags(self, index: QModelIndex):
        from PySide6.QtCore import Qt

        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.editable else base

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        if role in (DISPLAY, EDIT, ACCESSIBLE):
            return self.cells[index.row()][index.column()]
        if role == ALIGN:
            return RIGHT if index.column() in self.right else LEFT
        if role == BACKGROUND and self.bad == (index.row(), index.column()):
            return self._bad_brush
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or int(role) != EDIT or index.column() not in self.editable:
            return False
        self.cells[index.row()][index.column()] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        return True

    def headerData(self, section: int, orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if int(role) != DISPLAY:
            return None
        if orientation.value == qv.HORIZONTAL:
            return self.header[section] if 0 <= section < len(self.header) else None
        return str(section + 1)  # the row number a message names ("Rad 2")

    # --- rows --------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show these rows (a new item): one reset."""
        self.beginResetModel()
        self.cells = [list(r) for r in rows]
        self.bad = None
        self.endResetModel()

    def insertRows(self, row: int, count: int, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        if count < 1 or not 0 <= row <= len(self.cells):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self.cells[row:row] = [[""] * len(self.header) for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        if count < 1 or row < 0 or row + count > len(self.cells):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.cells[row:row + count]
        self.bad = None
        self.endRemoveRows()
        return True

    def append(self, cells: Sequence[str] | None = None) -> int:
        """Add a row at the end (blank unless `cells`); its index."""
        r = len(self.cells)
        self.insertRows(r, 1)
        if cells is not None:
            self.cells[r] = list(cells)
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.header) - 1))
        return r

    def text(self, row: int, column: int) -> str:
        return self.cells[row][column]

    def set_text(self, row: int, column: int, text: str) -> bool:
        """Type `text` into a cell: the same path as the keyboard's editor (setData)."""
        return self.setData(self.index(row, column), text)

    def mark(self, cell: tuple[int, int] | None) -> None:
        """Shade the refused cell (None: none)."""
        old, self.bad = self.bad, cell
        for rc in (old, cell):
            if rc is not None:
                self.dataChanged.emit(self.index(*rc), self.index(*rc), [BACKGROUND])


def edit_table(model: EditTableModel, name: str) -> QTableView:
    """An editable view over an EditTableModel: typing starts an edit, Tab
    moves between the cells as in a spreadsheet."""
    view = QTableView()
    model.setParent(view)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view
