"""Widgets over real core objects: the shipped checker and a fresh database per test."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.check.checker import Checker
from core.store.queue import QueueStore
from ui.main_window import MainWindow


@pytest.fixture(scope="session")
def built_translations() -> list[Path]:
    """The .qm files compiled from i18n/*.ts by scripts/build_translations.py (not in git)."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.build()


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.from_resources()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QueueStore]:
    store = QueueStore(tmp_path / "saring.db")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store: QueueStore, checker: Checker) -> MainWindow:
    win = MainWindow(store, lambda: checker)
    win.confirm = lambda title, question: True  # no modal questions in tests
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()  # each test starts with its own window active, whatever ran before
    qtbot.waitUntil(lambda: win.checker is not None and win.isActiveWindow(), timeout=10_000)
    return win
