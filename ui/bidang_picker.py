"""A compact multi-select of the office's bidang: one button that names the choice and opens
a menu of check boxes. A name a post carries that the settings no longer list stays in the
menu (marked), so opening and saving an old post never drops it silently."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """Ticking a box keeps the menu open, so several bidang are chosen in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class BidangPicker(QToolButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)
        self._menu = _StayOpenMenu(self)
        self._menu.aboutToShow.connect(self._fill)
        self.setMenu(self._menu)
        self._known: tuple[str, ...] = ()
        self._chosen: list[str] = []
        self._update_text()

    def set_known(self, names: Sequence[str]) -> None:
        """The office's bidang, in the settings' order."""
        self._known = tuple(names)
        self._update_text()

    def set_selected(self, names: Sequence[str]) -> None:
        self._chosen = list(dict.fromkeys(names))
        self._update_text()

    def selected(self) -> tuple[str, ...]:
        """The chosen names in the order chosen (a post's stored order stays as it is)."""
        return tuple(self._chosen)

    def toggle(self, name: str, on: bool) -> None:
        if on and name not in self._chosen:
            self._chosen.append(name)
        elif not on and name in self._chosen:
            self._chosen.remove(name)
        self._update_text()
        self.changed.emit()

    def _fill(self) -> None:
        self._menu.clear()
        if not self._known and not self._chosen:
            empty = self._menu.addAction(self.tr("Belum ada bidang: isi di Pengaturan → Bidang"))
            empty.setEnabled(False)
            return
        old = [n for n in self._chosen if n not in self._known]
        for name in (*self._known, *old):
            label = (name if name in self._known
                     else self.tr("{0} (tidak ada lagi di Pengaturan)").format(name))
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name in self._chosen)
            action.toggled.connect(lambda on, n=name: self.toggle(n, on))

    def _update_text(self) -> None:
        chosen = self.selected()
        if not chosen:
            text = self.tr("Pilih bidang…") if self._known else self.tr("Belum ada bidang")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = self.tr("{0} dan {1} lainnya").format(chosen[0], len(chosen) - 1)
        self.setText(text)
        self.setToolTip("\n".join(chosen) or self.tr("Bidang yang dibahas unggahan ini; "
                                                     "bisa lebih dari satu."))
        self.setAccessibleName(self.tr("Bidang"))
        self.setAccessibleDescription(", ".join(chosen))

    def retranslate_ui(self) -> None:
        self._update_text()
