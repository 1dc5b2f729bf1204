"""English through Qt's translation system; Indonesian is the source language."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.findings import Category
from core.settings import Settings
from ui.app import install_translator, translation_path
from ui.labels import category_label
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    script = ROOT / "scripts" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert translation_path("en") in module.build()


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
    assert window.findings.summary.text().endswith("1 things to review before posting")


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
