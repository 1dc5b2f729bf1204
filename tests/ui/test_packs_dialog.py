from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from core.app.settings import load_settings
from core.check.packs import read_office_pack
from core.check.rules import load_pack
from ui.packs_dialog import OfficeListDialog, PacksDialog

LOCAL = '''[pack]
id = "lokal-uji"
name = "Calon uji"
version = "1"
[[rule]]
id = "lokal-uji.nama"
category = "neutrality"
severity = "error"
message = "“{text}” calon setempat."
terms = ["Enos-Yudha"]
'''


def _dialog(qtbot, tmp_path: Path) -> PacksDialog:
    dialog = PacksDialog(settings_path=tmp_path / "settings.json", packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    return dialog


def test_lists_shipped_packs_and_shows_terms(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    ids = [info.id for info in dialog.infos]
    assert {"baku", "kampanye", "partai-2024", "hoaks", "penipuan", "provokasi", "sumber"} <= set(ids)
    dialog.table.selectRow(ids.index("partai-2024"))
    assert "Gerindra" in dialog.terms.toPlainText()
    assert not dialog.remove_button.isEnabled()  # shipped packs cannot be removed


def test_unchecking_disables_the_pack_in_settings(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    row = [info.id for info in dialog.infos].index("hoaks")
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert load_settings(tmp_path / "settings.json").disabled_packs == ("hoaks",)
    assert dialog.changed and not dialog.infos[row].enabled
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert load_settings(tmp_path / "settings.json").disabled_packs == ()


def test_import_and_remove(qtbot, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "lokal.toml"
    source.write_text(LOCAL, encoding="utf-8")
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.import_file(str(source))
    assert (tmp_path / "packs" / "lokal-uji.toml").exists()
    assert dialog.selected() is not None and dialog.selected().id == "lokal-uji"
    assert dialog.remove_button.isEnabled()
    asked = answer_question(qtbot, "Tidak")
    dialog.remove_selected()  # the real question box, answered "Tidak": nothing removed
    assert asked == [("Hapus paket", ["Ya", "Tidak"], "Tidak")]
    assert (tmp_path / "packs" / "lokal-uji.toml").exists()
    asked = answer_question(qtbot, "Ya")
    dialog.remove_selected()
    assert asked and asked[0][0] == "Hapus paket"
    assert not (tmp_path / "packs" / "lokal-uji.toml").exists()
    assert "lokal-uji" not in [i.id for i in dialog.infos]


def answer_question(qtbot, answer: str) -> list[tuple[str, list[str], str]]:
    """Once the next question box is open: note its title, its buttons' texts and its
    default button, then click the button that says ``answer``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[tuple[str, list[str], str]] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        texts = [b.text() for b in box.buttons()]
        seen.append((box.windowTitle(), sorted(texts, key=["Ya", "Tidak"].index), box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == answer).click()

    QTimer.singleShot(0, poll)
    return seen


def test_bad_pack_is_refused_with_a_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "rusak.toml"
    bad.write_text(LOCAL.replace('terms = ["Enos-Yudha"]', 'patterns = ["(x"]'), encoding="utf-8")
    dialog = _dialog(qtbot, tmp_path)
    assert not dialog.import_file(str(bad))
    assert shown and "lokal-uji.nama" in shown[0] and "patterns" in shown[0]
    assert not (tmp_path / "packs").exists()


def test_campaign_period_is_saved(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.campaign_start.setDate(dt.date(2029, 9, 1))
    dialog.campaign_end.setDate(dt.date(2029, 11, 30))
    dialog.use_campaign.setChecked(True)
    settings = load_settings(tmp_path / "settings.json")
    assert (settings.campaign_start, settings.campaign_end) == (dt.date(2029, 9, 1), dt.date(2029, 11, 30))
    dialog.use_campaign.setChecked(False)
    assert load_settings(tmp_path / "settings.json").campaign_start is None


def test_office_list_saves_a_pack_others_can_import(qtbot, tmp_path: Path) -> None:
    dialog = OfficeListDialog(packs_dir=tmp_path / "packs")
    qtbot.addWidget(dialog)
    dialog.pack_id.setText("okut-2024")
    dialog.name.setText("Calon Pilkada OKU Timur 2024")
    dialog.candidates.setPlainText("Lanosin\nFery Antoni\n")
    dialog.acronyms.setPlainText("Enos-Yudha\nFery-Herly")
    dialog.hashtags.setPlainText("OKUTHebat01")
    dialog.use_campaign.setChecked(True)
    dialog.start.setDate(dt.date(2024, 9, 25))
    dialog.end.setDate(dt.date(2024, 11, 23))
    target = tmp_path / "bagikan.toml"
    dialog.save_and_install(str(target))
    assert dialog.installed == "okut-2024"
    pack = load_pack(tmp_path / "packs" / "okut-2024.toml")
    assert pack.campaign is not None and pack.campaign.start == dt.date(2024, 9, 25)
    office = read_office_pack(target)
    assert office.candidates == ("Lanosin", "Fery Antoni")
    assert office.hashtags == ("#OKUTHebat01",)
    again = OfficeListDialog()
    qtbot.addWidget(again)
    again.open_file(str(target))
    assert again.acronyms.toPlainText() == "Enos-Yudha\nFery-Herly"


def test_pattern_re2_cannot_run_is_refused_with_file_line_and_rule(qtbot, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """A look-around (which could backtrack for hours) is refused in the packs manager with the
    file, the line and the rule, in Indonesian; nothing is installed."""
    from PySide6.QtWidgets import QMessageBox
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "lambat.toml"
    bad.write_text(LOCAL.replace('terms = ["Enos-Yudha"]', "patterns = ['(?<![\\w@])(a+)+$']"),
                   encoding="utf-8")
    line = next(i for i, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1)
                if "patterns" in text)
    dialog = _dialog(qtbot, tmp_path)
    assert not dialog.import_file(str(bad))
    assert shown and f"lambat.toml:{line}:" in shown[0] and "aturan 'lokal-uji.nama'" in shown[0]
    assert "look-around" in shown[0] and "ditolak" in shown[0]
    assert not (tmp_path / "packs").exists()
