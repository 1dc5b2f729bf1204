"""The settings page "Kamus" over a real database, and its use from the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.app.settings import Settings
from core.store.queue import QueueStore
from core.store.user_dictionary import DRAFT_KEY, Scope, post_key
from tests.ui.modal import when_modal
from ui.dictionary_page import DictionaryPage
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner


def panel_mentions(window: MainWindow, word: str) -> bool:
    return any(f.actual == word for f in window.findings.findings)


def ignore_from_menu(window: MainWindow, word: str) -> None:
    """Choose "Abaikan" in the editor's context menu of the finding on ``word``."""
    finding = next(f for f in window.findings.findings if f.actual == word)
    next(h for label, h in window.compose.body.finding_actions(finding) if label == "Abaikan")()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def page(qtbot, store: QueueStore, tasks: TaskRunner, tmp_path: Path) -> DictionaryPage:
    widget = DictionaryPage(store.dictionary, tasks)
    qtbot.addWidget(widget)
    return widget


def texts(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_personal_words_are_added_and_removed(qtbot, page: DictionaryPage, store: QueueStore) -> None:
    page.new_word.setText(" Sukamaju ")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert texts(page.personal) == ["Sukamaju"]
    assert page.words_changed and page.new_word.text() == ""
    assert "ditambahkan ke kamus pribadi" in page.message.text()
    page.new_word.setText("dua kata")
    page.add_word()
    assert "bukan satu kata" in page.message.text() and texts(page.personal) == ["Sukamaju"]
    assert page.new_word.text() == "dua kata"  # what the admin typed is kept to correct it
    assert page.personal.currentItem().text() == "Sukamaju"  # the new word is selected
    page.personal.clearSelection()
    assert not page.remove_personal_button.isEnabled()
    page.personal.item(0).setSelected(True)
    assert page.remove_personal_button.isEnabled()
    page.remove_personal_button.click()
    assert texts(page.personal) == [] and store.dictionary.words() == []


def test_office_list_imported_in_the_worker(qtbot, page: DictionaryPage, store: QueueStore,
                                            tmp_path: Path) -> None:
    source = tmp_path / "kamus-kantor.txt"
    source.write_text("# kamus OPD\nCibening\nSukamaju\tdesa\n12 Mei\nM.Kes.\n", encoding="utf-8")
    page.import_file(str(source))  # read in the worker, stored on the UI thread
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert texts(page.office) == ["Cibening", "M.Kes.", "Sukamaju"]
    assert store.dictionary.words(scope=Scope.OFFICE) == ["Cibening", "M.Kes.", "Sukamaju"]
    message = page.message.text()
    assert "3 kata dari kamus-kantor.txt masuk ke kamus kantor" in message and "“12 Mei”" in message
    assert page.words_changed


@pytest.mark.parametrize(("content", "says"), [
    ("caf\xe9\nkata\n".encode("latin-1"), "bukan teks UTF-8"),
    (b"PK\x03\x04\x00\x00kata", "bukan daftar kata"),
    (b"12 Mei\n2024\n", "tidak berisi satu kata pun"),
])
def test_bad_files_change_nothing(qtbot, page: DictionaryPage, store: QueueStore, tmp_path: Path,
                                  content: bytes, says: str) -> None:
    store.dictionary.add("Cibening", scope=Scope.OFFICE)
    page.refresh()
    bad = tmp_path / "kamus.txt"
    bad.write_bytes(content)
    page.import_file(str(bad))
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert says in page.message.text() and "Tidak ada yang berubah" in page.message.text()
    assert texts(page.office) == ["Cibening"] and not page.words_changed
    assert page.message.palette().color(page.message.foregroundRole()).red() > 150  # error colour


def test_office_list_exported_one_word_a_line(qtbot, page: DictionaryPage, store: QueueStore,
                                              tmp_path: Path) -> None:
    words = store.dictionary
    words.add("Sukamaju", scope=Scope.OFFICE)
    words.add("Cibening", scope=Scope.OFFICE)
    words.add("pribadiku")  # personal: not in the office file
    out = tmp_path / "keluar.txt"
    page.export_file(str(out))
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1:] == ["Cibening", "Sukamaju"]
    assert "2 kata kamus kantor ditulis" in page.message.text()
    page.export_file(str(tmp_path / "tidak-ada" / "x.txt"))
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "tidak dapat menulis" in page.message.text()


def test_ignores_listed_and_undone(qtbot, page: DictionaryPage, store: QueueStore) -> None:
    assert texts(page.ignored) == ["Belum ada yang diabaikan."]
    assert not page.unignore_button.isEnabled()
    words = store.dictionary
    words.ignore_word(post_key(7), "Kominfoo")
    words.ignore_word(DRAFT_KEY, "kantr")
    page.refresh()
    assert texts(page.ignored) == ["“kantr”: semua temuan di unggahan yang sedang ditulis",
                                   "“kominfoo”: semua temuan di unggahan #7"]
    page.ignored.item(1).setSelected(True)
    page.unignore_button.click()
    assert texts(page.ignored) == ["“kantr”: semua temuan di unggahan yang sedang ditulis"]
    assert words.ignores(post_key(7)).words == frozenset() and page.ignores_changed


def test_settings_page_word_reaches_the_checker_even_after_batal(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga datang ke kantr desa.")
    qtbot.waitUntil(lambda: panel_mentions(window, "kantr"), timeout=5000)

    def add_then_cancel(dialog: SettingsDialog) -> None:
        assert dialog.tabs.currentWidget() is dialog.dictionary_page  # opened on the page
        dialog.dictionary_page.new_word.setText("kantr")
        dialog.dictionary_page.add_word()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(add_then_cancel)
    try:
        window.menu_actions["dictionary"].trigger()
        qtbot.waitUntil(lambda: not panel_mentions(window, "kantr"), timeout=5000)
        assert window.user_dictionary.words() == ["kantr"]
    finally:
        window.checker.set_user_words([])  # the checker is shared by the session's tests


def test_import_that_ends_after_the_dialog_closed_reaches_the_checker(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    import threading

    window.compose.body.setPlainText("Warga datang ke kantr desa.")
    qtbot.waitUntil(lambda: panel_mentions(window, "kantr"), timeout=5000)
    source = tmp_path / "kamus-kantor.txt"
    source.write_text("kantr\n", encoding="utf-8")
    hold = threading.Event()
    window.tasks.run(lambda: hold.wait(10), lambda _: None, lambda _: None)  # the worker is busy

    def import_then_cancel(dialog: SettingsDialog) -> None:
        dialog.dictionary_page.import_file(str(source))  # queued behind the held job
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(import_then_cancel)
    try:
        window.menu_actions["dictionary"].trigger()
        assert panel_mentions(window, "kantr")  # the dialog closed before the file was read
        hold.set()
        qtbot.waitUntil(lambda: not panel_mentions(window, "kantr"), timeout=5000)
        assert window.user_dictionary.words() == ["kantr"]
    finally:
        hold.set()
        window.checker.set_user_words([])  # the checker is shared by the session's tests


def test_undo_ignore_from_the_menu(qtbot, window: MainWindow) -> None:
    action = window.menu_actions["unignore"]
    assert not action.isEnabled()
    window.compose.body.setPlainText("Kantr satu.")
    qtbot.waitUntil(lambda: panel_mentions(window, "Kantr"), timeout=5000)
    ignore_from_menu(window, "Kantr")
    qtbot.waitUntil(lambda: not panel_mentions(window, "Kantr"), timeout=5000)
    assert action.isEnabled() and "Batalkan abaikan" in window.statusBar().currentMessage()
    action.trigger()
    qtbot.waitUntil(lambda: panel_mentions(window, "Kantr"), timeout=5000)
    assert not action.isEnabled()
    assert window.user_dictionary.ignored() == []


def test_packs_page_switch_is_kept_when_settings_are_saved(qtbot, store: QueueStore, tasks: TaskRunner,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dialog = SettingsDialog(Settings(), dictionary=store.dictionary, tasks=tasks,
                            settings_path=path, packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    dialog.show_page("packs")
    assert dialog.tabs.currentWidget() is dialog.packs
    assert not dialog.packs.use_campaign.isVisibleTo(dialog)  # the checking page has the period
    first = dialog.packs.infos[0]
    dialog.packs.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.packs_changed
    assert dialog.settings().disabled_packs == (first.id,)

