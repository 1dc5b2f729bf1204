"""Widgets over real core objects: the shipped checker and a fresh database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.checker import Checker
from core.store.queue import QueueStore
from ui.main_window import MainWindow


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
