"""Standard dialog buttons speak the window's language (Qt's own would say "Close", "Yes")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ui.buttons import close_buttons


def test_close_buttons_say_tutup_and_close_the_dialog(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = close_buttons(dialog)
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button.text() == "Tutup"
    dialog.show()
    button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_yes_no_question_in_indonesian_defaults_to_no(qtbot, monkeypatch) -> None:
    from ui import buttons

    seen: list[tuple[str, str, bool]] = []

    def fake_exec(box: QMessageBox) -> int:
        yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
        seen.append((yes.text(), no.text(), box.defaultButton() is no))
        return QMessageBox.StandardButton.No.value

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert buttons.ask_yes_no(None, "Hapus", "Hapus unggahan ini?") is False
    assert seen == [("Ya", "Tidak", True)]


def test_yes_answer_is_true(qtbot, monkeypatch) -> None:
    from ui import buttons

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes.value)
    assert buttons.ask_yes_no(None, "Hapus", "Hapus unggahan ini?") is True
