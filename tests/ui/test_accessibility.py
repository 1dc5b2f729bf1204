"""Keyboard-only use and accessible names for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from core.app.bidang import Bidang
from core.app.settings import Settings
from core.publish.channels import Channel
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QListWidget)


def unnamed(root: QWidget) -> list[str]:
    """Inputs without an accessible name and buttons without text, below ``root``."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget.parent(), INPUTS):
            continue  # not reachable by keyboard, or a part of a named input
        if isinstance(widget, INPUTS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
        if isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} without text")
    return missing


def test_window_parts_are_named(qtbot, window: MainWindow) -> None:
    window.compose.channel_boxes[Channel.X].setChecked(True)
    window.side.setCurrentWidget(window.preview)
    window.compose.body.setPlainText("Halo")
    qtbot.waitUntil(lambda: Channel.X in window.preview.cards, timeout=2000)
    for part in (window.compose, window.findings, window.preview):
        assert unnamed(part) == []


def test_dialogs_are_named(qtbot) -> None:
    for dialog in (SettingsDialog(Settings()), WelcomeDialog(Settings())):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == []


def test_dictionary_and_packs_pages_are_named(qtbot, store, tmp_path) -> None:
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = SettingsDialog(Settings(), dictionary=store.dictionary, tasks=tasks,
                            settings_path=tmp_path / "settings.json", packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    try:
        assert dialog.dictionary_page is not None and dialog.packs is not None
        assert unnamed(dialog) == []
    finally:
        tasks.shutdown()


def test_tabs_and_findings_by_keyboard(qtbot, window: MainWindow) -> None:
    window.menu_actions["queue"].trigger()
    assert window.tabs.currentIndex() == 1
    window.menu_actions["write"].trigger()
    assert window.tabs.currentIndex() == 0 and window.compose.body.hasFocus()
    window.menu_actions["findings"].trigger()
    assert window.findings.view.hasFocus()


def test_findings_links_reachable_by_tab(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: bool(window.findings.findings), timeout=5000)
    view = window.findings.view
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    window.focus_findings()
    assert view.focusNextPrevChild(True)  # Tab moves to the first link inside the list
    assert view.textCursor().selectedText()  # a link is selected: Enter would follow it


def test_calendar_days_and_posting_cards_are_named(qtbot, store, checker) -> None:
    """The calendar's day lists and the Siap diunggah captions take the focus: a screen reader
    says which day, and which post and channel, rather than "list" or "text"."""
    import datetime as dt

    from core.store.models import PostDraft, Status

    draft = PostDraft(body="Posyandu balita.", title="Posyandu", channels=(Channel.FACEBOOK,),
                      scheduled_at=dt.datetime.now().replace(hour=9, minute=0, second=0, microsecond=0))
    post_id = store.posts.add(draft, checker.check(draft.body), status=Status.READY).id
    window = MainWindow(store, lambda: checker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10_000)
    window.show_tab(2)
    assert unnamed(window.calendar) == []
    window.show_tab(3)
    qtbot.waitUntil(lambda: bool(window.manual.cards), timeout=3000)
    assert unnamed(window.manual) == []
    assert window.manual.cards[0].caption.accessibleName() == f"Teks #{post_id} untuk Facebook"


def test_tab_leaves_the_queue_table_and_each_calendar_day(qtbot, window: MainWindow, store, checker) -> None:
    """Tab walked the queue table's cells, and the calendar's grid kept the focus in one day:
    keyboard users could not get past them."""
    import datetime as dt

    from core.store.models import PostDraft

    for title in ("Satu", "Dua", "Tiga"):
        store.posts.add(PostDraft(body=title, title=title, channels=(Channel.FACEBOOK,),
                                  scheduled_at=dt.datetime.now() + dt.timedelta(hours=1)),
                        checker.check(title))
    window.show_tab(1)
    window.queue.refresh()
    window.queue.table.setFocus()
    window.queue.table.selectRow(0)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Tab)
    assert not window.queue.table.hasFocus()
    window.show_tab(2)
    days = [cell.posts for cell in window.calendar.cells.values()]
    days[0].setFocus()
    qtbot.waitUntil(days[0].hasFocus, timeout=2000)
    qtbot.keyClick(days[0], Qt.Key.Key_Tab)
    assert days[1].hasFocus()


def test_tab_goes_through_the_settings_tables(qtbot, store, tmp_path) -> None:
    """The bidang table and the packs table kept Tab going round their cells; the packs table
    had no name, and every bidang's target was called the same."""
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    settings = Settings(bidang=(Bidang("Sekretariat", 1), Bidang("Bidang Aptika", 2)))
    dialog = SettingsDialog(settings, dictionary=store.dictionary, tasks=tasks,
                            settings_path=tmp_path / "settings.json", packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.show_page("bidang")
        page = dialog.bidang_page
        spins = [page.table.cellWidget(r, 1) for r in range(page.table.rowCount())]
        assert [s.accessibleName() for s in spins] == ["Target per minggu: Sekretariat",
                                                       "Target per minggu: Bidang Aptika"]
        page.table.item(1, 0).setText("Bidang Aplikasi Informatika")  # renamed in place
        assert spins[1].accessibleName() == "Target per minggu: Bidang Aplikasi Informatika"
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus, timeout=2000)
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        assert spins[0].hasFocus()
        dialog.show_page("packs")
        table = dialog.packs.table
        assert table.accessibleName() == "Daftar paket aturan"
        table.setFocus()
        qtbot.waitUntil(table.hasFocus, timeout=2000)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()
    finally:
        tasks.shutdown()
