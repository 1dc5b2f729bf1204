"""Answering a modal dialog from a test: the dialog's exec() blocks the test until it closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(handle: Callable[[QDialog], object]) -> None:
    """Run ``handle(dialog)`` on the next modal dialog once it is open."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)
