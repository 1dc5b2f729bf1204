"""A post beyond the post limit (core/app/post_size.py) in the window: the editor says so
instead of checking it, and it cannot be saved to the queue; back within the limit, checking
and saving work again."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from core.app.post_size import MAX_POST_CHARS
from tests.ui.modal import when_modal
from ui.main_window import MainWindow

LONG = "Warga dihimbau datang. " * (MAX_POST_CHARS // 23 + 1)


def _checks_counted(window: MainWindow) -> list[int]:
    """How many texts the window's checker was given (the real checker still checks)."""
    checker, sizes = window.checker, []
    real = checker.check

    def counted(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
        sizes.append(len(text))
        return real(text, **kwargs)  # type: ignore[arg-type]

    checker.check = counted  # type: ignore[method-assign]
    return sizes


def test_a_post_beyond_the_limit_is_not_checked_and_the_editor_says_why(qtbot, window: MainWindow) -> None:
    assert len(LONG) > MAX_POST_CHARS
    window.compose.body.setPlainText("Warga dihimbau datang.")
    window.checks.request_check()
    qtbot.waitUntil(lambda: bool(window.findings.findings), timeout=10_000)
    sizes = _checks_counted(window)
    try:
        window.compose.body.setPlainText(LONG)
        window.checks.request_check()
        qtbot.waitUntil(lambda: "terlalu panjang" in window.findings.summary.text(), timeout=10_000)
        summary = window.findings.summary.text()
        assert f"{len(LONG):,}".replace(",", ".") in summary and "100.000" in summary
        assert sizes == []  # not given to the checker at all
        assert window.findings.findings == ()  # nor the short text's findings left listed
        highlighter = window.compose.body._highlighter
        qtbot.waitUntil(highlighter.is_idle, timeout=20_000)
        assert highlighter.finding_at(7) is None  # the short text's underline on "dihimbau" is gone
        assert window.verdict.text() == ""
        window.compose.body.setPlainText("Warga dihimbau datang.")  # within the limit again
        window.checks.request_check()
        qtbot.waitUntil(lambda: bool(sizes) and bool(window.findings.findings), timeout=10_000)
        assert "terlalu panjang" not in window.findings.summary.text()
        assert max(sizes) <= MAX_POST_CHARS
    finally:
        del window.checker.check  # the session's checker back as it was


def test_a_post_beyond_the_limit_cannot_be_saved(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText(LONG)
    said: list[str] = []

    def answer(box: object) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_modal(answer)
    window.save_post()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "tidak dapat disimpan" in said[0] and "100.000" in said[0]
    assert window.store.posts.count() == 0
    assert window.compose.body.toPlainText() == LONG  # nothing lost: the text stays in the editor
    window.compose.body.setPlainText("Warga diimbau datang.")
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=10_000)
