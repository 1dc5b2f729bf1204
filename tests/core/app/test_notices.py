from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.app.notices import (
    LICENSE_NAME,
    NOTICES_NAME,
    Component,
    components,
    distributions_for_modules,
    licence_texts,
    render,
    runtime_distributions,
)

ROOT = Path(__file__).resolve().parents[3]


def by_name(parts: list[Component]) -> dict[str, Component]:
    return {p.name.lower().replace("_", "-").replace(" ", "-"): p for p in parts}


def test_runtime_distributions_follow_the_requirements() -> None:
    names = {n.lower().replace("_", "-") for n in runtime_distributions()}
    assert {"pyside6-essentials", "shiboken6", "spylls", "sqlite-utils", "platformdirs"} <= names
    assert "saring" not in names
    assert "pytest" not in names and "pyinstaller" not in names  # extras are not shipped


def test_modules_map_to_their_distributions() -> None:
    names = distributions_for_modules(["PySide6.QtCore", "sqlite_utils.db", "json", "core"])
    assert [n.lower().replace("_", "-") for n in names] == ["pyside6-essentials", "sqlite-utils"]


def test_each_component_carries_its_licence_and_text() -> None:
    parts = by_name(components(["spylls", "PySide6-Essentials", "sqlite-utils", "not-installed-x"]))
    assert "not-installed-x" not in parts
    spylls = parts["spylls"]
    assert spylls.licence == "MPL-2.0"  # its metadata says MIT; its LICENSE file is the MPL 2.0
    assert any("Mozilla Public License" in text for _, text in spylls.texts)
    qt = parts["pyside6-essentials"]
    assert "LGPL-3.0" in qt.licence and "replace" in qt.note
    assert any("GNU LESSER GENERAL PUBLIC LICENSE" in text for _, text in qt.texts)
    assert parts["sqlite-utils"].licence == "Apache-2.0" and parts["sqlite-utils"].texts
    assert parts["python"].licence == "PSF-2.0"
    assert parts["hunspell-id-id"].licence == "LGPL-3.0"


def test_render_lists_every_component_then_the_texts() -> None:
    parts = components(["spylls"])
    text = render(parts)
    summary = text.split("=" * 78, 1)[0]
    for part in parts:
        assert part.name in summary and part.licence in summary
    assert "GNU General Public License, version 3 or (at your" in text
    assert text.index("--- LICENSE ---") > text.index("spylls 0.")


def test_a_licence_text_is_printed_once() -> None:
    text = render(components(["PySide6-Essentials", "shiboken6"]))
    assert text.count("GNU LESSER GENERAL PUBLIC LICENSE") == 1
    assert "--- LICENSE-LGPL-3.txt: the same text as under PySide6" in text


def test_the_script_writes_both_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "third_party_notices.py"), "--out",
                    str(tmp_path), "PySide6", "spylls", "sqlite_utils"], check=True, capture_output=True)
    notices = (tmp_path / NOTICES_NAME).read_text(encoding="utf-8")
    summary = notices.split("=" * 78, 1)[0]
    for name in ("Python", "PySide6", "spylls", "sqlite-utils", "hunspell id_ID"):
        assert name in summary, name
    assert "platformdirs" not in summary  # only what provides the named modules
    licence = (tmp_path / LICENSE_NAME).read_text(encoding="utf-8")
    assert licence == (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_licence_texts_from_the_source_tree() -> None:
    saring, notices = licence_texts()
    assert "GNU GENERAL PUBLIC LICENSE" in saring[:200] and "Version 3" in saring[:300]
    assert "spylls" in notices and "PySide6" in notices
