from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.store.queue import QueueStore


@pytest.fixture
def store() -> Iterator[QueueStore]:
    """An empty store in memory."""
    s = QueueStore(":memory:")
    yield s
    s.close()
