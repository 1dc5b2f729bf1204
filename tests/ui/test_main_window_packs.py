"""The packs manager is reachable from the window's menu, and the Sumber field covers claims."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def test_menu_opens_packs_manager_and_reloads_checker(window, qtbot, monkeypatch) -> None:
    import ui.packs_dialog as packs_dialog

    opened: list[bool] = []

    class FakeExec(packs_dialog.PacksDialog):  # the real dialog, without the modal loop
        def exec(self) -> int:
            opened.append(True)
            self.changed = True
            return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(packs_dialog, "PacksDialog", FakeExec)
    action = window.menu_actions["packs"]
    assert action.text().replace("&", "") == "Kelola paket aturan…"
    old = window.checker
    window.checker = None
    action.trigger()
    assert opened
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10_000)
    assert window.checker is old  # the factory ran again


def test_sources_field_covers_a_claim(window, qtbot) -> None:
    window.compose.body.setPlainText("Angka stunting turun menjadi 14,2% tahun ini.")
    window.request_check()

    def rules() -> set[str]:
        return {f.rule_id for f in getattr(window.findings, "findings", ())}

    qtbot.waitUntil(lambda: "sumber.klaim-tanpa-sumber" in rules(), timeout=10_000)
    window.compose.sources.setPlainText("Dinas Kesehatan Kabupaten, laporan Oktober 2025")
    qtbot.waitUntil(lambda: "sumber.klaim-tanpa-sumber" not in rules(), timeout=10_000)


def test_packs_switched_off_in_the_manager_survive_saving_settings(qtbot, store, checker, tmp_path) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from core.app.settings import Settings, load_settings
    from ui.main_window import MainWindow
    from ui.packs_dialog import PacksDialog

    path = tmp_path / "settings.json"
    window = MainWindow(store, lambda: checker, settings=Settings(), settings_path=path)
    qtbot.addWidget(window)
    switched: list[str] = []

    def switch_first_off() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PacksDialog):
            QTimer.singleShot(20, switch_first_off)
            return
        switched.append(dialog.infos[0].id)
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        dialog.reject()

    QTimer.singleShot(0, switch_first_off)
    window.manage_packs()
    assert switched and window.settings.disabled_packs == (switched[0],)
    assert window.apply_settings(window.settings.replace(opd_name="Diskominfo"))
    assert load_settings(path).disabled_packs == (switched[0],)  # not put back on
