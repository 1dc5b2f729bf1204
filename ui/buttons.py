"""Dialog buttons in the window's language.

Qt's standard buttons get their Indonesian from i18n/qtbase_id.ts (ui/translation.py); these
helpers name the buttons with Saring's own words, which also read well in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QStyle, QToolButton, QWidget


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A "Tutup" button that closes ``dialog``."""
    close = QDialogButtonBox.StandardButton.Close
    box = QDialogButtonBox(close)
    box.button(close).setText(QCoreApplication.translate("buttons", "Tutup"))
    box.rejected.connect(dialog.reject)
    return box


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes/no question whose default answer is "no"."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, question, yes | no, parent)
    box.button(yes).setText(QCoreApplication.translate("buttons", "Ya"))
    box.button(no).setText(QCoreApplication.translate("buttons", "Tidak"))
    box.setDefaultButton(no)
    return box.exec() == yes


class MenuButton(QToolButton):
    """A button that opens its menu on click. Fusion draws the menu arrow in the bottom-right
    corner without leaving room for it, so it sat on the last letter ("Ubah status"); the
    size hint here keeps the text clear of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())
