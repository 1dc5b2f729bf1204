"""The main flow by keyboard: type → see the finding in its group → F7 → fix it → save."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from core.publish.channels import Channel
from ui.findings_panel import ALL
from ui.main_window import MainWindow


def checked(window: MainWindow) -> bool:
    """The findings shown belong to the text in the editor."""
    return window.findings.report.text == window.compose.body.toPlainText()


def wait_checked(qtbot, window: MainWindow, predicate=lambda: True) -> None:
    qtbot.waitUntil(lambda: checked(window) and predicate(), timeout=5000)


def press(qtbot, window: MainWindow, keys: str) -> None:
    """Press a shortcut as the admin would, with the window active."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window.focusWidget() or window, sequence.key(), sequence.keyboardModifiers())


def test_findings_are_grouped_by_category_with_counts(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang. Silahkan hubungi kantor pemerintahh.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 3)
    assert window.findings.counts()["standard"] == 2
    assert window.findings.counts()["spelling"] == 1
    text = window.findings.view.toPlainText()
    assert "Kata baku (2)" in text and "Ejaan (1)" in text
    assert text.index("Ejaan (1)") < text.index("Kata baku (2)")  # the order of the groups
    assert window.findings.filter.itemText(0).endswith("(3)")


def test_filter_shows_one_group(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang ke kantor pemerintahh.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 2)
    window.findings.set_filter("spelling")
    text = window.findings.view.toPlainText()
    assert "pemerintahh" in text and "dihimbau" not in text
    assert [window.findings.findings[i].actual for i in window.findings.shown()] == ["pemerintahh"]
    window.findings.set_filter(ALL)
    assert "dihimbau" in window.findings.view.toPlainText()


def test_each_finding_says_why_with_its_reference(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    finding = window.findings.findings[0]
    text = window.findings.view.toPlainText()
    assert finding.message in text
    assert finding.reference and f"Dasar: {finding.reference}" in text
    assert f"Perbaiki → “{finding.suggestions[0]}”" in text


def test_perbaiki_link_applies_first_suggestion(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    window.findings.view.anchorClicked.emit(QUrl("fix:0"))
    assert window.compose.body.toPlainText() == "Warga diimbau datang."
    wait_checked(qtbot, window)
    assert window.findings.summary.text().startswith("Tidak ada masalah")
    window.compose.body.undo()  # one undoable edit
    assert window.compose.body.toPlainText() == "Warga dihimbau datang."


def test_type_f7_fix_save_by_keyboard(qtbot, window: MainWindow) -> None:
    body = window.compose.body
    body.setFocus()
    qtbot.keyClicks(body, "Warga dihimbau datang. Silahkan hubungi kantor.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 2)
    assert "2 hal perlu diperiksa" in window.findings.summary.text()
    body.moveCursor(body.textCursor().MoveOperation.Start)
    press(qtbot, window, "F7")
    assert body.textCursor().selectedText() == "dihimbau"
    press(qtbot, window, "Ctrl+.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 1)
    press(qtbot, window, "F7")
    assert body.textCursor().selectedText() == "Silahkan"
    press(qtbot, window, "Ctrl+.")
    wait_checked(qtbot, window, lambda: not window.findings.findings)
    assert body.toPlainText() == "Warga diimbau datang. Silakan hubungi kantor."
    assert window.findings.summary.text().startswith("Tidak ada masalah")
    assert window.verdict.text().startswith("Tidak ada masalah")
    press(qtbot, window, "Ctrl+S")
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=5000)
    post = window.store.posts.list()[0]
    assert post.body == "Warga diimbau datang. Silakan hubungi kantor." and post.n_warnings == 0


def test_f7_walks_in_text_order_and_wraps(qtbot, window: MainWindow) -> None:
    body = window.compose.body
    body.setPlainText("Silahkan datang ke kantor pemerintahh. Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 3)
    body.moveCursor(body.textCursor().MoveOperation.Start)
    seen = []
    for _ in range(4):
        window.next_finding()
        seen.append(body.textCursor().selectedText())
    assert seen == ["Silahkan", "pemerintahh", "dihimbau", "Silahkan"]
    window.previous_finding()
    assert body.textCursor().selectedText() == "dihimbau"
    assert window.findings.findings[window.findings.current].actual == "dihimbau"


def test_shift_f7_and_ctrl_enter_shortcuts(qtbot, window: MainWindow) -> None:
    body = window.compose.body
    body.setPlainText("Warga dihimbau datang ke kantor pemerintahh.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 2)
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.setFocus()
    press(qtbot, window, "Shift+F7")
    assert body.textCursor().selectedText() == "pemerintahh"
    window.compose.channel_boxes[Channel.X].blockSignals(True)  # no automatic check
    window.compose.channel_boxes[Channel.X].setChecked(True)
    window.compose.channel_boxes[Channel.X].blockSignals(False)
    body.setPlainText("Warga datang ke kantor. " * 15)
    press(qtbot, window, "Ctrl+Return")
    wait_checked(qtbot, window, lambda: window.findings.counts()["platform"] == 1)
    assert window.findings.summary.text().endswith("1 hal harus diperbaiki")


def test_perbaiki_button_by_keyboard(qtbot, window: MainWindow) -> None:
    """A real push button under the list acts on the finding the admin is on: reached with
    Tab, named for screen readers, pressed with Space."""
    from PySide6.QtCore import Qt

    button = window.findings.fix_button
    window.compose.body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    assert not button.isEnabled() and button.text() == "Perbaiki"  # no finding chosen yet
    window.menu_actions["next"].trigger()  # F7
    assert button.isEnabled() and button.text() == "Perbaiki: “dihimbau” → “diimbau”"
    assert button.accessibleName() == button.text() and "Ctrl+Z" in button.accessibleDescription()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.compose.body.toPlainText() == "Warga diimbau datang."
    wait_checked(qtbot, window)
    assert not button.isEnabled()


def test_perbaiki_in_the_list_is_drawn_as_a_button(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    window.compose.body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    button_colour = window.findings.palette().color(QPalette.ColorRole.Button).name()
    assert f"background-color:{button_colour}" in window.findings.view.toHtml()


def test_fix_waits_for_a_fresh_check(qtbot, window: MainWindow) -> None:
    body = window.compose.body
    body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    finding = window.findings.findings[0]
    body.setPlainText("Ya. Warga dihimbau datang.")  # offsets of the shown finding are stale now
    window.apply_fix(finding)
    assert body.toPlainText() == "Ya. Warga dihimbau datang."
    assert "tunggu" in window.statusBar().currentMessage()


def test_every_menu_action_has_a_unique_shortcut(window: MainWindow) -> None:
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()
               if not a.isSeparator()]
    shortcuts = [a.shortcut().toString() for a in actions]
    assert all(shortcuts), [a.text() for a in actions if not a.shortcut().toString()]
    assert len(set(shortcuts)) == len(shortcuts)
    wanted = {"new": "Ctrl+N", "save": "Ctrl+S", "check": "Ctrl+Return", "export": "Ctrl+E",
              "next": "F7", "previous": "Shift+F7"}
    for key, shortcut in wanted.items():
        assert window.menu_actions[key].shortcut() == QKeySequence(shortcut)


def test_hover_explains_the_underlined_word(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    body = window.compose.body
    body.setPlainText("Warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: bool(window.findings.findings))
    cursor = body.textCursor()
    cursor.setPosition(8)  # inside "dihimbau"
    local = body.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, local, body.viewport().mapToGlobal(local))
    QApplication.sendEvent(body, event)
    finding = window.findings.findings[0]
    tip = QToolTip.text()
    assert html.escape(finding.message) in tip
    assert "Kata baku" in tip and finding.reference in tip and "Ctrl+." in tip
    QToolTip.hideText()


def test_fix_save_schedule_export(qtbot, window: MainWindow, tmp_path) -> None:
    import csv

    from PySide6.QtCore import QDateTime

    body = window.compose.body
    body.setPlainText("Silahkan datang ke kantor kecamatan.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) == 1)
    window.findings.fix(0)
    wait_checked(qtbot, window, lambda: not window.findings.findings)
    window.compose.scheduled.setChecked(True)
    window.compose.when.setDateTime(QDateTime.fromString("2030-01-07 08:00", "yyyy-MM-dd HH:mm"))
    window.menu_actions["save"].trigger()
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=5000)
    target = tmp_path / "antrean.csv"
    window.run_export(target, "generic", None)
    qtbot.waitUntil(target.exists, timeout=5000)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [r["body"] for r in rows] == ["Silakan datang ke kantor kecamatan."]
    assert rows[0]["scheduled_at"].startswith("2030-01-07")


def test_worker_made_models_equal_what_the_ui_thread_would_compute(qtbot, window: MainWindow) -> None:
    """The check job also builds the underlines' index and the panel's counts (off the UI
    thread); they must say what the panel and the highlighter computed themselves."""
    from core.check.findings import Severity
    from ui.findings_panel import PanelModel, _group_members
    from ui.highlighter import HighlightIndex

    window.compose.body.setPlainText("Warga dihimbau datang. Silahkan hubungi 😀 kantor desa !")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) >= 2)
    report = window.findings.report
    model = PanelModel.of(report)
    assert model.members == _group_members(report.findings, model.cards)
    cards = [report.findings[c.lead] for c in model.cards]
    assert model.errors == sum(1 for f in cards if f.severity is Severity.ERROR)
    assert model.warnings == sum(1 for f in cards if f.severity is Severity.WARNING)
    index = HighlightIndex.build(report.text, report.findings)
    assert list(index.findings) == sorted((f for f in report.findings if not f.is_post_level),
                                          key=lambda f: f.start)
    assert index.starts == tuple(f.start for f in index.findings)
    emoji = report.text.index("😀")
    assert index.offsets.to_utf16(emoji + 1) == emoji + 2


def test_one_card_per_span_and_the_counts_agree(qtbot, window: MainWindow) -> None:
    """"Rp. 500.000" is flagged by the rupiah rule and as an amount without a source: one
    card that lists both, and the verdict, the filter and the group count that card once."""
    window.compose.body.setPlainText("Bantuan sebesar Rp. 500.000 dibagikan besok, "
                                     "warga dihimbau datang.")
    wait_checked(qtbot, window, lambda: len(window.findings.findings) >= 3)
    panel = window.findings
    on_amount = [i for i, f in enumerate(panel.findings) if f.actual == "Rp. 500.000"]
    assert len(on_amount) == 2
    text = panel.view.toPlainText()
    assert "2 hal di sini — “Rp. 500.000”" in text
    for index in on_amount:  # both messages, each with its own fix where it has one
        assert panel.findings[index].message in text
    assert sorted(c.members for c in panel.cards if set(on_amount) & set(c.members)) == [
        tuple(sorted(on_amount, key=lambda i: -panel.findings[i].severity.rank))]
    cards = len(panel.cards)
    assert cards < len(panel.findings)
    assert panel.filter.itemText(0).endswith(f"({cards})")
    assert sum(panel.counts().values()) == cards
    assert panel.summary.text().startswith(f"{cards} hal")
