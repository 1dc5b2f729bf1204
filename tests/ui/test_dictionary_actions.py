"""The editor's context-menu entries: add to the dictionary, ignore one finding, ignore a word."""

from __future__ import annotations

from core.store.user_dictionary import post_key
from ui.main_window import MainWindow


def panel_mentions(window: MainWindow, word: str) -> bool:
    return any(f.actual == word for f in window.findings.findings)


def _labels(window: MainWindow, word: str) -> list[str]:
    finding = next(f for f in window.findings.findings if f.actual == word)
    return [label for label, _ in window.compose.body.finding_actions(finding)]


def _run(window: MainWindow, word: str, label_start: str) -> None:
    finding = next(f for f in window.findings.findings if f.actual == word)
    handler = next(h for label, h in window.compose.body.finding_actions(finding)
                   if label.startswith(label_start))
    handler()


def test_menu_offers_dictionary_and_ignore(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang ke kantr desa.")
    qtbot.waitUntil(lambda: panel_mentions(window, "kantr"), timeout=5000)
    labels = _labels(window, "kantr")
    assert labels[0].startswith("Ganti dengan")
    assert labels[-3:] == ["Tambahkan “kantr” ke kamus", "Abaikan", "Abaikan semua “kantr” di pos ini"]
    assert not any("kamus" in label for label in _labels(window, "dihimbau"))  # not spelling


def test_add_to_dictionary_clears_the_finding_and_persists(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Warga datang ke kantr desa.")
    qtbot.waitUntil(lambda: panel_mentions(window, "kantr"), timeout=5000)
    try:
        _run(window, "kantr", "Tambahkan")
        qtbot.waitUntil(lambda: not panel_mentions(window, "kantr"), timeout=5000)
        assert window.user_dictionary.words() == ["kantr"]
    finally:
        window.checker.set_user_words([])  # the checker is shared by the session's tests


def test_ignore_one_finding_and_ignore_all(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Kantr satu. Kantr dua.")
    qtbot.waitUntil(lambda: panel_mentions(window, "Kantr"), timeout=5000)
    assert sum(f.actual == "Kantr" for f in window.findings.findings) == 2
    _run(window, "Kantr", "Abaikan")  # "Abaikan" alone comes before "Abaikan semua"
    qtbot.waitUntil(lambda: sum(f.actual == "Kantr" for f in window.findings.findings) == 1,
                    timeout=5000)
    _run(window, "Kantr", "Abaikan semua")
    qtbot.waitUntil(lambda: not panel_mentions(window, "Kantr"), timeout=5000)
    assert window.user_dictionary.ignores(post_key(None)).words == frozenset({"kantr"})
