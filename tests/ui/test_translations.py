"""English through Qt's translation system; Indonesian is the source language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.app.settings import Settings, load_settings
from core.check.findings import Category
from core.publish.channels import Channel
from ui.app import install_translator, translation_path
from ui.channel_preview import Count
from ui.labels import category_label, counted
from ui.main_window import MainWindow
from ui.translation import current_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled(built_translations: list[Path]) -> None:
    assert translation_path("en") in built_translations


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "en")
    yield
    install_translator(qapp, "id")


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def open_window(qtbot, store, checker) -> MainWindow:
    win = MainWindow(store, lambda: checker, settings=Settings(language="en"))
    win.confirm = lambda title, question: True  # no modal question when the test closes it
    qtbot.addWidget(win)
    return win


def test_english_window(qtbot, store, checker, english) -> None:
    window = open_window(qtbot, store, checker)
    assert menu_titles(window) == ["&File", "&Check", "&View", "&Tools", "&Help"]
    assert window.menu_actions["next"].text() == "&Next finding"
    assert window.compose.save_button.text() == "Save to queue"
    assert category_label(Category.STANDARD) == "Standard words"
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10_000)
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: window.findings.report.text == "Warga dihimbau datang.", timeout=5000)
    assert window.findings.summary.text().endswith("1 thing to review before posting")


def test_switching_back_gives_indonesian(qtbot, qapp, store, checker) -> None:
    assert install_translator(qapp, "en")
    assert install_translator(qapp, "id")  # the source language needs no catalogue
    window = open_window(qtbot, store, checker)
    assert menu_titles(window) == ["&Berkas", "&Periksa", "&Tampilan", "&Alat", "Ba&ntuan"]


def test_missing_catalogue_keeps_indonesian(qapp) -> None:
    assert not install_translator(qapp, "xx")
    assert category_label(Category.STANDARD) == "Kata baku"


def test_every_string_in_the_catalogue_is_translated() -> None:
    tree = ET.parse(ROOT / "i18n" / "saring_en.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_language_switches_live_and_back(qtbot, qapp, store, checker, tmp_path: Path) -> None:
    """Saving the settings with another language retranslates the open window at once: menus,
    tabs, form, findings panel, queue headers and filters, calendar, status bar. The findings'
    messages are rule data in Indonesian and stay so (as in a window started in English)."""
    settings = Settings(channels=(Channel.WEBSITE, Channel.X))
    window = MainWindow(store, lambda: checker, settings=settings, settings_path=tmp_path / "s.json")
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10_000)
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: window.findings.report.text == "Warga dihimbau datang.", timeout=5000)
    assert window.findings.summary.text().endswith("1 hal perlu diperiksa sebelum diunggah")
    message = window.findings.findings[0].message
    try:
        assert window.apply_settings(settings.replace(language="en"))
        assert load_settings(tmp_path / "s.json").language == "en"
        assert current_language() == "en"
        qtbot.waitUntil(lambda: menu_titles(window) == ["&File", "&Check", "&View", "&Tools", "&Help"],
                        timeout=2000)
        assert window.menu_actions["next"].text() == "&Next finding"
        assert window.windowTitle() != "Saring — saring sebelum sharing"
        assert [window.tabs.tabText(i) for i in range(3)] == ["Write", "Queue", "Calendar"]
        assert window.side.tabText(0) == "Findings"
        assert window.compose.save_button.text() == "Save to queue"
        assert window.compose.channel_boxes[Channel.WEBSITE].text() == "Website"
        assert window.compose.images.add_button.text() == "Add image…"
        assert window.compose.images.summary.text() == "No images yet."
        assert window.findings.summary.text().endswith("1 thing to review before posting")
        assert window.verdict.text() == "1 thing to review before posting"
        assert "Standard words" in window.findings.view.toPlainText()
        assert message in window.findings.view.toPlainText()  # rule data: as written
        assert window.findings.filter.itemText(0).startswith("All")
        model = window.queue.model
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Status"
        assert model.headerData(4, Qt.Orientation.Horizontal) == "Title"
        assert window.queue.channel.itemText(0) == "All channels"
        assert window.queue.dates.itemText(1) == "Today"
        assert window.calendar.grid.horizontalHeaderItem(0).text() == "Monday"
        window.show_tab(1)  # the queue reads its rows and count again when it is shown
        qtbot.waitUntil(lambda: window.queue.count.text() == "0 posts", timeout=2000)
        window.show_tab(0)
        assert "saved" in window.statusBar().currentMessage().lower()
        assert Count(Channel.X, 10, 280, 1).text() == "X: 10/280 characters, 1 hashtag"
        assert Count(Channel.WEBSITE, 10, None, 2).text() == "Website: 10 characters, 2 hashtags"
        assert (counted().images(1), counted().images(2)) == ("1 image", "2 images")
        assert (counted().files(1), counted().posts(1)) == ("1 file", "1 post")
    finally:
        assert window.apply_settings(settings.replace(language="id"))
    qtbot.waitUntil(lambda: menu_titles(window) == ["&Berkas", "&Periksa", "&Tampilan", "&Alat", "Ba&ntuan"],
                    timeout=2000)
    assert current_language() == "id"
    assert window.compose.channel_boxes[Channel.WEBSITE].text() == "Situs web"
    assert window.compose.images.add_button.text() == "Tambah gambar…"
    assert window.findings.summary.text().endswith("1 hal perlu diperiksa sebelum diunggah")
    assert window.queue.model.headerData(4, Qt.Orientation.Horizontal) == "Judul"
    assert window.calendar.grid.horizontalHeaderItem(0).text() == "Senin"
    assert Count(Channel.X, 10, 280, 1).text() == "X: 10/280 karakter, 1 tagar"


def test_missing_catalogue_on_switch_says_so(qtbot, store, checker, tmp_path: Path) -> None:
    window = MainWindow(store, lambda: checker, settings=Settings(), settings_path=tmp_path / "s.json")
    qtbot.addWidget(window)
    assert window.apply_settings(Settings(language="xx"))
    assert "tidak ditemukan" in window.statusBar().currentMessage()
    assert current_language() == "id"
    assert menu_titles(window)[0] == "&Berkas"


def test_packs_panel_in_english(qtbot, english, tmp_path: Path) -> None:
    from ui.packs_dialog import PacksPanel

    panel = PacksPanel(settings_path=tmp_path / "s.json", packs_dir=tmp_path / "packs")
    qtbot.addWidget(panel)
    headers = [panel.table.horizontalHeaderItem(i).text() for i in range(panel.table.columnCount())]
    assert headers[:3] == ["On", "Name", "Id"]
    panel.table.selectRow(0)
    assert "version" in panel.terms.toPlainText().splitlines()[0]


def test_export_formats_are_named_in_the_windows_language(qtbot, english) -> None:
    """The export dialog's format names, their hints and the date orders were passed to tr()
    from core strings, which the translation tools never saw: English showed Indonesian."""
    from core.publish.presets import PRESETS, DateOrder
    from ui.export_dialog import ExportDialog
    from ui.labels import date_order_label, preset_text

    dialog = ExportDialog(Path.home())
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("review"))
    assert dialog.format.currentText() == "Head of office's review copy (Excel)"
    assert dialog.hint.text().startswith("An Excel workbook (.xlsx) for the head of office")
    assert dialog.date_order.itemText(0) == "month/day/year (mm/dd/yyyy)"
    for preset_id in PRESETS:
        _label, hint = preset_text(preset_id)
        assert hint and "kolom" not in hint.lower() and "berkas" not in hint, preset_id
    assert "/" in date_order_label(DateOrder.DMY) and "tanggal" not in date_order_label(DateOrder.DMY)


def test_indonesian_export_format_texts_are_the_cores() -> None:
    """The window's Indonesian for each format is the core's own text, word for word."""
    from core.publish.presets import PRESETS, DateOrder
    from ui.labels import date_order_label, preset_text

    for preset_id, preset in PRESETS.items():
        assert preset_text(preset_id) == (preset.label, preset.hint)
    assert [date_order_label(o) for o in DateOrder] == [o.label for o in DateOrder]
    assert preset_text("unknown-old-format") == ("unknown-old-format", "")


def test_office_list_inputs_are_named_in_english(qtbot, english, tmp_path: Path) -> None:
    """The names a screen reader says for the office list's three boxes were tr(variable)."""
    from ui.packs_dialog import OfficeListDialog

    dialog = OfficeListDialog(packs_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert [e.accessibleName() for e in (dialog.candidates, dialog.acronyms, dialog.hashtags)] == [
        "Candidate names", "Candidate pair abbreviations", "Campaign hashtags"]


def test_pack_campaign_period_reads_to_in_english(qtbot, english, tmp_path: Path) -> None:
    """The packs table wrote "s.d." between the dates whatever the language."""
    from ui.packs_dialog import PacksDialog

    dialog = PacksDialog(settings_path=tmp_path / "settings.json", packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    row = [info.id for info in dialog.infos].index("partai-2024")
    period = dialog.table.item(row, dialog.table.columnCount() - 1).text()
    assert " to " in period and "s.d." not in period
