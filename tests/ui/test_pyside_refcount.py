"""PySide6 6.12.0 decremented ``None`` on every call of a void method. On Python 3.11, where
``None`` is not immortal, the editor's underlining of a large paste crashed the app with
"Fatal Python error: none_dealloc". pyproject.toml excludes that release; this test refuses
any installed PySide6 with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat


def test_void_methods_keep_none_alive(qapp) -> None:
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    assert sys.getrefcount(None) - before > -100
