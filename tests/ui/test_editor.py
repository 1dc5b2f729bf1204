"""Typing into the real editor: findings appear, are underlined and can be selected."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from core.app.post_size import MAX_POST_CHARS
from core.check.findings import CheckReport, Finding
from ui.main_window import MainWindow


def panel_mentions(window: MainWindow, word: str) -> bool:
    return any(f.actual == word for f in window.findings.findings)


def test_typing_shows_finding_in_panel(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.compose.body, "Warga dihimbau datang ke kantor pemerintahh ")
    qtbot.waitUntil(lambda: panel_mentions(window, "pemerintahh"), timeout=5000)
    assert panel_mentions(window, "dihimbau")
    assert "perlu diperiksa" in window.findings.summary.text()
    assert "pemerintahh" in window.findings.view.toPlainText()


def test_findings_are_underlined(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: panel_mentions(window, "dihimbau"), timeout=5000)
    block = window.compose.body.document().firstBlock()
    styles = {r.start: r.format.underlineStyle() for r in block.layout().formats()}
    assert styles.get(6) == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_clicking_finding_selects_its_text_after_emoji(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("😀🙏 Layanan dibuka. Kantor pemerintahh buka.")
    qtbot.waitUntil(lambda: panel_mentions(window, "pemerintahh"), timeout=5000)
    index = next(i for i, f in enumerate(window.findings.findings) if f.actual == "pemerintahh")
    window.findings.activate(index)
    assert window.compose.body.textCursor().selectedText() == "pemerintahh"


def test_suggestion_replaces_the_word(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: panel_mentions(window, "dihimbau"), timeout=5000)
    finding = next(f for f in window.findings.findings if f.actual == "dihimbau")
    window.compose.body.replace_span(finding.start, finding.end, finding.suggestions[0])
    assert window.compose.body.toPlainText() == "Warga diimbau datang."
    qtbot.waitUntil(lambda: not panel_mentions(window, "dihimbau"), timeout=5000)
    assert "Tidak ada masalah" in window.findings.summary.text()


def test_stale_results_never_shown(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    original = window.findings.show_report

    def record(report: CheckReport, **kwargs) -> None:
        shown.append((report.text, window.compose.body.toPlainText()))
        original(report, **kwargs)

    monkeypatch.setattr(window.findings, "show_report", record)
    body = window.compose.body
    for text in ("Warga dihimbau.", "Warga dihimbau datang.", "Silahkan datang ke kantor."):
        body.setPlainText(text)
        window.request_check()  # force checks while the text keeps changing
        qtbot.wait(5)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1][0] == "Silahkan datang ke kantor.", timeout=5000)
    assert all(report_text == editor_text for report_text, editor_text in shown)


def test_channel_choice_adds_platform_finding(qtbot, window: MainWindow) -> None:
    from core.publish.channels import Channel

    window.compose.body.setPlainText("Warga datang ke kantor. " * 15)
    qtbot.waitUntil(lambda: "Tidak ada masalah" in window.findings.summary.text(), timeout=5000)
    window.compose.channel_boxes[Channel.X].setChecked(True)
    qtbot.waitUntil(lambda: any(f.category == "platform" for f in window.findings.findings), timeout=5000)
    assert "harus diperbaiki" in window.findings.summary.text()


def test_large_paste_is_checked_off_the_ui_thread(qtbot, window: MainWindow) -> None:
    # the longest post there may be (core/app/post_size.py): ~100,000 characters, ~2,000 findings
    text = ("Pemkab menghimbau warga agar waspada banjir di desa. " * 20 + "\n") * 94
    assert len(text) <= MAX_POST_CHARS
    window.compose.body.setPlainText(text)
    qtbot.waitUntil(lambda: len(window.findings.findings) > 1000, timeout=60_000)
    assert all(isinstance(f, Finding) for f in window.findings.findings)
    assert "temuan lain" in window.findings.view.toPlainText()  # the list is capped, not the check
