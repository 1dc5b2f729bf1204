"""The about dialog, the guide and the screenshot script behind it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ui.about_dialog import AboutDialog, saring_version
from ui.guide_dialog import GuideDialog, guide_path
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_about_names_version_and_licences(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert saring_version() == "0.1.0"
    for needle in ("PySide6", "LGPL-3.0", "hunspell id_ID", "GPL-3.0-or-later", "spylls"):
        assert needle in text


def test_guide_opens_with_every_screenshot(qtbot) -> None:
    assert guide_path() == ROOT / "docs" / "PANDUAN.md"
    images = re.findall(r"!\[[^\]]*\]\((img/[^)]+)\)", guide_path().read_text(encoding="utf-8"))
    assert len(images) >= 8
    assert all((ROOT / "docs" / image).is_file() for image in images)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.view.toPlainText().startswith("Panduan Saring")


def test_missing_guide_says_where_it_looked(qtbot, tmp_path: Path) -> None:
    dialog = GuideDialog(path=tmp_path / "PANDUAN.md")
    qtbot.addWidget(dialog)
    assert str(tmp_path) in dialog.view.toPlainText()


def test_help_menu_entries(window: MainWindow) -> None:
    assert window.menu_actions["guide"].shortcut().toString() == "F1"
    assert window.menu_actions["about"].shortcut().toString()


def test_screenshot_script_renders_every_png_of_the_guide(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = ROOT / "scripts" / "screenshots.py"
    result = subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], capture_output=True,
                            text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    committed = sorted(p.name for p in (ROOT / "docs" / "img").glob("*.png"))
    assert sorted(p.name for p in tmp_path.glob("*.png")) == committed
    assert all(p.stat().st_size > 10_000 for p in tmp_path.glob("*.png"))  # real pictures, not blanks
