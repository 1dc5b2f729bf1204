"""A save refused because the post changed elsewhere since the form loaded it (auto-schedule,
a review bundle, another window): say what changed and let the admin keep their version or take
the stored one; nothing is overwritten without that choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.store.errors import StaleEditError
from core.store.models import Post

if TYPE_CHECKING:
    from ui.main_window import MainWindow


translate = QCoreApplication.translate  # the strings keep the window's context


def choose_version(parent: QWidget, what_changed: str) -> str:
    """Ask which version to keep: "mine", "theirs", or "cancel" (the form stays as it is)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Unggahan diubah di tempat lain"),
                      what_changed, QMessageBox.StandardButton.Cancel, parent)
    mine = box.addButton(translate("MainWindow", "Simpan versi saya"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(translate("MainWindow", "Ambil versi tersimpan"),
                           QMessageBox.ButtonRole.RejectRole)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.setText(translate("MainWindow", "Batal"))
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is mine else "theirs" if clicked is theirs else "cancel"


def resolve(window: MainWindow, error: StaleEditError) -> None:
    """Ask the window's admin (``window.choose_version``), then save again knowingly over the
    stored version, or load the stored version into the form."""
    current = error.current
    assert isinstance(current, Post)
    choice = window.choose_version(str(error))
    if choice == "mine":
        window.compose.set_editing(current.id, version=current.version)
        window.save_post()
    elif choice == "theirs":
        window.compose.load(current.id, current.draft, media=window.store.media.of(current.id),
                            version=current.version)
        window.autosave.saved = current.draft
        window.autosave.now()
        loaded = translate("MainWindow", "Versi tersimpan unggahan #{0} dimuat ke editor.")
        window.statusBar().showMessage(loaded.format(current.id), 8000)
