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
