"""Settings dialog and first-start welcome over the real settings file (in a temporary folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from core.app.settings import Settings, TimeSlot, load_settings
from core.publish.channels import Channel
from tests.ui.modal import when_modal
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog, sample_post


@pytest.fixture
def configured(qtbot, store, checker, tmp_path: Path) -> MainWindow:
    settings = Settings(opd_name="Diskominfo", channels=(Channel.INSTAGRAM, Channel.X))
    win = MainWindow(store, lambda: checker, settings=settings, settings_path=tmp_path / "settings.json")
    win.confirm = lambda title, question: True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.checker is not None, timeout=10_000)
    return win


def test_dialog_edits_every_field(qtbot) -> None:
    dialog = SettingsDialog(Settings(daily_targets={}, time_slots=()))
    qtbot.addWidget(dialog)
    dialog.user_name.setText(" Rina ")
    dialog.opd_name.setText("Dinas Kesehatan")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.channel_boxes[Channel.FACEBOOK].setChecked(False)
    dialog.channel_boxes[Channel.X].setChecked(True)
    dialog.target_spins[Channel.X].setValue(3)
    dialog.slot_day.setCurrentIndex(dialog.slot_day.findData(2))  # Rabu
    dialog.slot_time.setTime(QTime(13, 30))
    dialog.add_slot()
    dialog.campaign.setChecked(True)
    dialog.campaign_start.setDate(QDate(2029, 1, 10))
    dialog.campaign_end.setDate(QDate(2029, 2, 10))
    dialog.languagetool_server.setText("http://localhost:8081")
    dialog.backup_keep.setValue(14)
    assert dialog.problem() == ""
    result = dialog.settings()
    assert result == Settings(
        user_name="Rina", opd_name="Dinas Kesehatan", language="en",
        channels=(Channel.INSTAGRAM, Channel.X), daily_targets={Channel.X: 3},
        time_slots=(TimeSlot(2, "13:30"),), campaign_start=dt.date(2029, 1, 10),
        campaign_end=dt.date(2029, 2, 10), languagetool_server="http://localhost:8081", backup_keep=14)


def test_every_day_slot_adds_seven_sorted_by_day(qtbot) -> None:
    dialog = SettingsDialog(Settings(time_slots=(TimeSlot(4, "15:00"),)))
    qtbot.addWidget(dialog)
    dialog.slot_day.setCurrentIndex(0)  # Setiap hari
    dialog.slot_time.setTime(QTime(8, 0))
    dialog.add_slot()
    slots = dialog.time_slots()
    assert len(slots) == 8 and slots[0] == TimeSlot(0, "08:00")
    assert dialog.slots.item(0).text().startswith("Senin")


@pytest.mark.parametrize(("change", "says"), [
    (lambda d: [b.setChecked(False) for b in d.channel_boxes.values()], "kanal"),
    (lambda d: (d.campaign.setChecked(True), d.campaign_start.setDate(QDate(2029, 3, 1)),
                d.campaign_end.setDate(QDate(2029, 2, 1))), "kampanye"),
    (lambda d: d.languagetool_server.setText("localhost 8081"), "http://"),
    (lambda d: d.media_base_url.setText("diskominfo.go.id/media"), "folder media"),
])
def test_bad_input_is_refused_with_a_reason(qtbot, change, says: str) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    change(dialog)
    dialog.accept()
    assert says in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted


def test_settings_from_menu_are_saved_and_used_for_new_posts(qtbot, configured: MainWindow,
                                                            tmp_path: Path) -> None:
    configured.new_post()
    assert configured.compose.channels() == (Channel.INSTAGRAM, Channel.X)

    def edit(dialog: SettingsDialog) -> None:
        dialog.channel_boxes[Channel.X].setChecked(False)
        dialog.channel_boxes[Channel.FACEBOOK].setChecked(True)
        dialog.accept()

    when_modal(edit)
    configured.menu_actions["settings"].trigger()
    saved = load_settings(tmp_path / "settings.json")
    assert saved.channels == (Channel.FACEBOOK, Channel.INSTAGRAM) and saved.opd_name == "Diskominfo"
    configured.new_post()
    assert configured.compose.channels() == (Channel.FACEBOOK, Channel.INSTAGRAM)


def test_first_start_asks_opd_then_shows_sample_with_findings(qtbot, configured: MainWindow,
                                                             tmp_path: Path) -> None:
    configured.settings = Settings()  # as on a fresh PC

    def answer(dialog: WelcomeDialog) -> None:
        dialog.accept()  # refused: no OPD name yet
        assert dialog.isVisible() and "OPD" in dialog.error.text()
        dialog.opd_name.setText("Dinas Pendidikan")
        dialog.channel_boxes[Channel.TIKTOK].setChecked(True)
        dialog.accept()

    when_modal(answer)
    configured.show_welcome()
    saved = load_settings(tmp_path / "settings.json")
    assert saved.first_start_done and saved.opd_name == "Dinas Pendidikan"
    assert Channel.TIKTOK in saved.channels
    assert configured.compose.body.toPlainText() == sample_post()
    qtbot.waitUntil(lambda: configured.findings.report.text == sample_post()
                    and len(configured.findings.findings) >= 3, timeout=5000)
    assert configured.compose.channels() == saved.channels
    assert configured.compose.draft() == configured.autosave.saved  # the sample is no unsaved change


def test_public_media_address_is_kept(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.media_base_url.setText(" https://diskominfo.okutimurkab.go.id/media/ ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.settings().media_base_url == "https://diskominfo.okutimurkab.go.id/media/"


def test_without_dictionary_pages_their_button_is_off(qtbot) -> None:
    """A read-only window opens the settings without the Kamus and Paket aturan pages (they
    write at once); the checking page's button to them is then off instead of doing nothing."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.dictionary_page is None and not dialog.packs_button.isEnabled()
    assert "hanya-baca" in dialog.packs_button.toolTip()


def test_register_advice_is_off_until_ticked(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.language_advice.isChecked()
    dialog.language_advice.setChecked(True)
    assert dialog.settings().language_advice
    again = SettingsDialog(Settings(language_advice=True))
    qtbot.addWidget(again)
    assert again.language_advice.isChecked()


def test_time_zones_are_chosen_on_the_slots_page(qtbot) -> None:
    """Issue 18: the office's zone (default: this PC's) and the posting tool's zone."""
    from core.app.zones import Zone, pc_zone

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentData() == "" and pc_zone().label in dialog.time_zone.currentText()
    assert dialog.settings().zone is pc_zone()
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("WITA"))
    dialog.tool_time_zone.setCurrentIndex(dialog.tool_time_zone.findData("WIB"))
    chosen = dialog.settings()
    assert (chosen.zone, chosen.export_zones.tool) == (Zone.WITA, Zone.WIB)
    again = SettingsDialog(chosen)
    qtbot.addWidget(again)
    assert again.time_zone.currentData() == "WITA" and again.tool_time_zone.currentData() == "WIB"
